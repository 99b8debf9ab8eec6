import { describe, it, expect } from 'vitest';
import {
  REQUIREMENTS,
  TERMINAL_STATES,
  TRANSITIONS,
  TRANSITION_NAMES,
  can,
  checkRequirements,
  isTerminal,
  noAnswerTransition,
  objectionWindowClosedReason,
  transitionLabel,
  transitionNameSchema,
  transitionsFrom,
  unmetRequirements,
  type Requirement,
  type TransitionName,
} from '../../shared/lifecycle/machine';
import { ACTORS, ROLES, actorSchema, roleLabel, roleSchema, type Actor } from '../../shared/lifecycle/roles';
import { STATUS_CODES, type StatusCode } from '../../shared/domain/statuses';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';

// The expected machine, written out by hand from DESIGN.md §2 and DOMAIN.md, not read from
// TRANSITIONS: a change to the table has to be made twice to pass.
const STATES = [
  'received',
  'under_review',
  'awaiting_ruling',
  'compliant',
  'objected',
  'enforceable',
  'enforceable_by_lapse',
  'with_council',
  'withdrawn',
  'referred',
  'upheld',
  'annulled',
] as const;
const ALL_ACTORS = ['admin', 'secretary', 'expert', 'member', 'viewer', 'system'] as const;
const ALL_BUT_ENDED = STATES.filter((s) => s !== 'withdrawn' && s !== 'annulled');

const EXPECTED: Record<string, { from: readonly string[]; to: string; actors: readonly string[] }> = {
  assign_expert: { from: ['received'], to: 'under_review', actors: ['secretary'] },
  record_opinion: { from: ['under_review'], to: 'awaiting_ruling', actors: ['expert'] },
  send_to_panel: { from: ['received', 'under_review'], to: 'awaiting_ruling', actors: ['secretary'] },
  rule_compliant: { from: ['awaiting_ruling'], to: 'compliant', actors: ['secretary', 'system'] },
  rule_objected: { from: ['awaiting_ruling'], to: 'objected', actors: ['secretary', 'system'] },
  correct_to_objected: { from: ['compliant'], to: 'objected', actors: ['secretary'] },
  correct_to_compliant: { from: ['objected'], to: 'compliant', actors: ['secretary'] },
  mark_enforceable: { from: ['compliant'], to: 'enforceable', actors: ['secretary', 'system'] },
  lapse: { from: ['received', 'under_review', 'awaiting_ruling'], to: 'enforceable_by_lapse', actors: ['system'] },
  send_objection_letter: { from: ['objected'], to: 'with_council', actors: ['secretary'] },
  council_amends: { from: ['with_council'], to: 'withdrawn', actors: ['secretary'] },
  council_repeals: { from: ['with_council'], to: 'withdrawn', actors: ['secretary'] },
  council_insists: { from: ['with_council'], to: 'referred', actors: ['secretary'] },
  council_no_answer: { from: ['with_council'], to: 'referred', actors: ['secretary'] },
  council_no_answer_withdrawn: { from: ['with_council'], to: 'withdrawn', actors: ['system'] },
  board_upholds: { from: ['referred'], to: 'upheld', actors: ['secretary'] },
  board_annuls: { from: ['referred'], to: 'annulled', actors: ['secretary'] },
  reopen_after_correction: { from: ['enforceable_by_lapse'], to: 'received', actors: ['secretary'] },
  court_annuls: { from: ALL_BUT_ENDED, to: 'annulled', actors: ['secretary'] },
};
const NAMES = Object.keys(EXPECTED) as TransitionName[];
const persian = /[\u0600-\u06FF]/;

const expectPersianReason = (reason: string, where: string) => {
  expect(reason.length, where).toBeGreaterThan(10);
  expect(reason, where).toMatch(persian);
  expect(reason, where).not.toMatch(/[A-Za-z_]/);
};

describe('the vocabulary', () => {
  it('has the twelve states, the nineteen transitions and the six actors the test expects', () => {
    expect([...STATUS_CODES].sort()).toEqual([...STATES].sort());
    expect([...TRANSITION_NAMES].sort()).toEqual([...NAMES].sort());
    expect([...ACTORS].sort()).toEqual([...ALL_ACTORS].sort());
    expect(ROLES).not.toContain('system');
  });

  it('validates names, roles and actors with zod, in Persian', () => {
    expect(transitionNameSchema.parse('lapse')).toBe('lapse');
    const bad = transitionNameSchema.safeParse('delete_everything');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.message).toMatch(persian);
    expect(roleSchema.safeParse('system').success).toBe(false);
    expect(roleSchema.safeParse('secretary').success).toBe(true);
    expect(actorSchema.safeParse('system').success).toBe(true);
    expect(actorSchema.safeParse('chair').success).toBe(false);
  });

  it('labels every transition and actor in Persian', () => {
    for (const t of TRANSITION_NAMES) expect(transitionLabel(t)).toMatch(persian);
    for (const a of ALL_ACTORS) expect(roleLabel(a)).toMatch(persian);
    expect(roleLabel('member', true)).toBe('رئیس هیأت');
    expect(roleLabel('member')).toBe('عضو هیأت');
  });
});

describe('can: every (state × transition × actor)', () => {
  it('matches the expected table on all 1,368 triples, refusing in Persian', () => {
    let allowed = 0;
    let refused = 0;
    for (const from of STATES) {
      for (const t of NAMES) {
        for (const actor of ALL_ACTORS) {
          const where = `${from} × ${t} × ${actor}`;
          const e = EXPECTED[t]!;
          const stateOk = e.from.includes(from);
          const actorOk = e.actors.includes(actor);
          const r = can(from, t, actor);
          expect(r.ok, where).toBe(stateOk && actorOk);
          if (r.ok) {
            allowed++;
          } else {
            refused++;
            expect(r.code, where).toBe(stateOk ? 'forbidden_role' : 'wrong_state');
            expectPersianReason(r.reason, where);
          }
        }
      }
    }
    expect(allowed + refused).toBe(12 * 19 * 6);
    // 1+1+2 (expert, panel) + 2+2 (rulings) + 1+1 (corrections) + 2 (enforceable) + 3 (lapse)
    // + 1 (letter) + 5 (council) + 2 (board) + 10 (court) + 1 (reopened by a receipt-date correction)
    // allowed (state, transition, actor) triples.
    expect(allowed).toBe(34);
  });

  it('moves each transition to the expected state', () => {
    for (const t of NAMES) expect(TRANSITIONS[t].to, t).toBe(EXPECTED[t]!.to);
  });

  it('offers each actor exactly the allowed transitions of a state', () => {
    for (const from of STATES) {
      for (const actor of ALL_ACTORS) {
        const want = NAMES.filter((t) => EXPECTED[t]!.from.includes(from) && EXPECTED[t]!.actors.includes(actor));
        expect(new Set(transitionsFrom(from, actor)), `${from} / ${actor}`).toEqual(new Set(want));
      }
    }
  });

  it('gives reasons that say what went wrong', () => {
    const reason = (from: StatusCode, t: TransitionName, a: Actor) => {
      const r = can(from, t, a);
      return r.ok ? '' : r.reason;
    };
    expect(reason('awaiting_ruling', 'rule_objected', 'viewer')).toContain('ناظر');
    expect(reason('awaiting_ruling', 'rule_objected', 'viewer')).toContain('رأی اعتراض');
    expect(reason('received', 'lapse', 'secretary')).toContain('فقط سامانه');
    expect(reason('referred', 'board_upholds', 'system')).toContain('خودکار انجام نمی‌شود');
    expect(reason('referred', 'board_upholds', 'system')).toContain('دبیرخانه');
    expect(reason('enforceable_by_lapse', 'rule_objected', 'secretary')).toContain('پایان یافته');
    expect(reason('received', 'rule_objected', 'secretary')).toContain('وصول‌شده');
  });

  it('answers garbage from a push with a refusal, never an exception', () => {
    const anyState = 'deleted' as unknown as StatusCode;
    const anyName = 'drop_table' as unknown as TransitionName;
    const anyActor = 'root' as unknown as Actor;
    const noProto = '__proto__' as unknown as TransitionName;
    expect(can('received', anyName, 'secretary')).toMatchObject({ ok: false, code: 'unknown_transition' });
    expect(can('received', noProto, 'secretary')).toMatchObject({ ok: false, code: 'unknown_transition' });
    expect(can(anyState, 'lapse', 'system')).toMatchObject({ ok: false, code: 'unknown_state' });
    expect(can('received', 'lapse', anyActor)).toMatchObject({ ok: false, code: 'unknown_actor' });
    for (const r of [can(anyState, anyName, anyActor), can('received', 'lapse', anyActor)]) {
      if (!r.ok) expectPersianReason(r.reason, r.code);
    }
  });
});

describe('terminal states', () => {
  it('are the five ends of the process', () => {
    const ends = ['enforceable', 'enforceable_by_lapse', 'withdrawn', 'upheld', 'annulled'];
    expect([...TERMINAL_STATES].sort()).toEqual([...ends].sort());
    for (const s of STATES) expect(isTerminal(s), s).toBe(ends.includes(s));
  });

  it('have no way out except a court annulment of a resolution still in force, or a corrected receipt', () => {
    for (const s of TERMINAL_STATES) {
      const out = new Set(ALL_ACTORS.flatMap((a) => transitionsFrom(s, a)));
      const inForce = s === 'enforceable' || s === 'enforceable_by_lapse' || s === 'upheld';
      // a lapse the receipt date caused is undone when a correction shows the window still open
      const reopens = s === 'enforceable_by_lapse' ? ['reopen_after_correction'] : [];
      expect([...out].sort(), s).toEqual(inForce ? ['court_annuls', ...reopens].sort() : []);
    }
  });

  it('are reachable from receipt, and every state can reach one (no dead ends)', () => {
    const next = (s: string) => NAMES.filter((t) => EXPECTED[t]!.from.includes(s)).map((t) => EXPECTED[t]!.to);
    const reached = new Set<string>(['received']);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of [...reached]) {
        for (const n of next(s)) {
          if (reached.has(n)) continue;
          reached.add(n);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATES].sort());
    for (const s of STATES) {
      if (isTerminal(s)) continue;
      const seen = new Set<string>([s]);
      const queue = [s as string];
      while (queue.length) {
        for (const n of next(queue.shift()!)) {
          if (seen.has(n)) continue;
          seen.add(n);
          queue.push(n);
        }
      }
      expect(
        [...seen].some((x) => isTerminal(x as StatusCode)),
        s,
      ).toBe(true);
    }
  });
});

describe('requirements', () => {
  it('are declared with a Persian refusal message each', () => {
    for (const t of TRANSITION_NAMES) {
      for (const r of TRANSITIONS[t].requires) {
        expect(REQUIREMENTS[r], `${t}: ${r}`).toBeDefined();
        expectPersianReason(REQUIREMENTS[r], r);
      }
    }
  });

  it('need the objection window open for every step of the panel review, and passed for lapse', () => {
    const review: TransitionName[] = [
      'assign_expert',
      'record_opinion',
      'send_to_panel',
      'rule_compliant',
      'rule_objected',
      'correct_to_objected',
      'correct_to_compliant',
    ];
    for (const t of review) expect(TRANSITIONS[t].requires, t).toContain('withinObjectionWindow');
    expect(TRANSITIONS.lapse.requires).toEqual(['objectionWindowPassed']);
    expect(TRANSITIONS.send_objection_letter.requires).toContain('objectionLetterIssued');
    expect(TRANSITIONS.council_amends.requires).toContain('amendedVersionRegistered');
    expect(TRANSITIONS.council_no_answer.requires).toContain('councilWindowPassed');
    expect(TRANSITIONS.board_upholds.requires).toEqual(['boardDecision']);
    expect(TRANSITIONS.court_annuls.requires).toEqual(['courtRuling']);
  });

  it('reports what is missing, first one first', () => {
    expect(unmetRequirements('rule_objected', {})).toEqual([
      'sessionRuling',
      'objectionGrounds',
      'withinObjectionWindow',
    ]);
    expect(unmetRequirements('rule_objected', { sessionRuling: true, objectionGrounds: false })).toEqual([
      'objectionGrounds',
      'withinObjectionWindow',
    ]);
    const all = Object.fromEntries(Object.keys(REQUIREMENTS).map((k) => [k, true])) as Record<Requirement, boolean>;
    for (const t of TRANSITION_NAMES) expect(checkRequirements(t, all), t).toEqual({ ok: true });
    expect(checkRequirements('board_annuls', {})).toEqual({
      ok: false,
      code: 'requirement_unmet',
      reason: REQUIREMENTS.boardDecision,
    });
  });

  it('names the passed deadline when an objection comes too late', () => {
    const facts = { sessionRuling: true, objectionGrounds: true, withinObjectionWindow: false };
    const r = checkRequirements('rule_objected', facts, { objectionDeadline: '2026-04-04' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('۱۴۰۵/۰۱/۱۵');
    expect(objectionWindowClosedReason('2026-04-04')).toContain('انقضای مهلت');
    const plain = checkRequirements('rule_objected', facts);
    expect(plain.ok ? '' : plain.reason).toBe(REQUIREMENTS.withinObjectionWindow);
  });

  it('picks the no-answer transition from the policy', () => {
    expect(noAnswerTransition(DEFAULT_POLICY)).toBe('council_no_answer');
    expect(noAnswerTransition({ councilNoAnswerOutcome: 'withdrawn' })).toBe('council_no_answer_withdrawn');
    expect(TRANSITIONS.council_no_answer.requires).toContain('noAnswerObjectionStands');
    expect(TRANSITIONS.council_no_answer_withdrawn.requires).toContain('noAnswerWithdraws');
  });
});

describe('the table is data nobody can change at run time', () => {
  it('is frozen all the way down', () => {
    expect(Object.isFrozen(TRANSITIONS)).toBe(true);
    expect(() => {
      (TRANSITIONS.lapse.actors as unknown as string[]).push('viewer');
    }).toThrow(TypeError);
    expect(() => {
      (TRANSITIONS.lapse as unknown as { to: string }).to = 'annulled';
    }).toThrow(TypeError);
    expect(can('received', 'lapse', 'viewer').ok).toBe(false);
  });
});
