// Which records evidence each lifecycle step (shared/sync/statusEvidence.ts): the server accepts a
// pushed status change only along a chain whose every step has its record (issue 16 item 11).
import { describe, expect, it } from 'vitest';
import { TRANSITIONS, TRANSITION_NAMES } from '../../shared/lifecycle/machine';
import {
  EVIDENCE_ENTITIES,
  TRANSITION_EVIDENCE,
  checkStatusEvidence,
  evidencedResolution,
  marksOf,
  type Mark,
} from '../../shared/sync/statusEvidence';

// every mark, from a record the office pushes
const RECORDS: [string, Record<string, unknown>][] = [
  ['resolution', { assignedExpertId: 'e1' }],
  ['expert_opinion', {}],
  ['ruling', { outcome: 'compliant', correctsId: null }],
  ['ruling', { outcome: 'objected', correctsId: null }],
  ['ruling', { outcome: 'compliant', correctsId: 'x' }],
  ['ruling', { outcome: 'objected', correctsId: 'x' }],
  ['council_letter', { kind: 'compliance' }],
  ['council_letter', { kind: 'objection', councilReceivedDate: '2026-11-24' }],
  ['council_answer', { answer: 'amend' }],
  ['council_answer', { answer: 'repeal' }],
  ['council_answer', { answer: 'insist' }],
  ['board_referral', { cause: 'no_answer', decision: 'upheld' }],
  ['board_referral', { cause: 'insist', decision: 'annulled' }],
  ['court_ruling', {}],
  ['registration_correction', { effect: 'window_reopened' }],
];
const ALL = new Set<string>(RECORDS.flatMap(([e, d]) => marksOf(e, d)));

describe('the evidence of each lifecycle step', () => {
  it('every step is evidenced by records the office pushes, and refused without them', () => {
    for (const name of TRANSITION_NAMES) {
      const needs = TRANSITION_EVIDENCE[name];
      for (const m of needs) expect(ALL.has(m), `${name}: ${m}`).toBe(true);
      for (const from of TRANSITIONS[name].from) {
        const to = TRANSITIONS[name].to;
        expect(checkStatusEvidence(from, to, new Set(needs)).ok, `${from} → ${to}`).toBe(true);
        // without its records no step is taken (an opinion is not needed to go to the panel: send_to_panel)
        if (needs.length && name !== 'record_opinion')
          expect(checkStatusEvidence(from, to, new Set()), `${from} → ${to}`).toMatchObject({ ok: false });
      }
    }
  });

  it('received → upheld needs the ruling, the letter, the answer and the decision', () => {
    const path: Mark[] = ['ruling:objected', 'letter:objection', 'answer:insist', 'decision:upheld'];
    expect(checkStatusEvidence('received', 'upheld', new Set(path))).toEqual({
      ok: true,
      path: ['send_to_panel', 'rule_objected', 'send_objection_letter', 'council_insists', 'board_upholds'],
    });
    const none = checkStatusEvidence('received', 'upheld', new Set());
    expect(none).toMatchObject({ ok: false, missing: 'rule_objected' });
    const noAnswer = checkStatusEvidence('received', 'upheld', new Set(path.filter((m) => m !== 'answer:insist')));
    expect(noAnswer).toMatchObject({ ok: false, missing: 'council_insists' });
    if (!noAnswer.ok) expect(noAnswer.reason).toContain('اصرار شورا');
  });

  it('a refusal names what the way the evidence shows lacks', () => {
    const referred = checkStatusEvidence('with_council', 'annulled', new Set(['answer:insist']));
    expect(referred).toMatchObject({ ok: false, missing: 'board_annuls' });
    expect(checkStatusEvidence('with_council', 'annulled', new Set())).toMatchObject({ missing: 'court_annuls' });
  });

  it('a new resolution starts in received: there it needs nothing, elsewhere the way from it', () => {
    expect(checkStatusEvidence(null, 'received', new Set())).toEqual({ ok: true, path: [] });
    const late = checkStatusEvidence(null, 'compliant', new Set());
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.reason).toContain('مصوبهٔ تازه');
    expect(checkStatusEvidence(null, 'compliant', new Set(['ruling:compliant'])).ok).toBe(true);
  });

  it('what the table forbids stays forbidden whatever the evidence; untyped input is refused', () => {
    expect(checkStatusEvidence('enforceable', 'received', ALL).ok).toBe(false);
    expect(checkStatusEvidence('withdrawn', 'annulled', ALL).ok).toBe(false);
    expect(checkStatusEvidence('nonsense', 'received', ALL).ok).toBe(false);
    expect(checkStatusEvidence('received', 42, ALL).ok).toBe(false);
  });

  it('only the children of a resolution evidence its steps', () => {
    for (const e of EVIDENCE_ENTITIES) expect(evidencedResolution(e, { resolutionId: 'r1' })).toBe('r1');
    expect(evidencedResolution('session_item', { resolutionId: 'r1' })).toBeNull();
    expect(evidencedResolution('ruling', { resolutionId: 7 })).toBeNull();
    expect(marksOf('council_letter', { kind: 'objection', councilReceivedDate: null })).toEqual(['letter:objection']);
  });
});
