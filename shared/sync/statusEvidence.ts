// The records that evidence each step of the lifecycle (shared/lifecycle/machine.ts), so the
// ministry server can check a pushed status change step by step (issue 16 item 11): an office that
// worked offline pushes the state a resolution reached, and the child records each step wrote on
// the way (the ruling, the letter to the council, the council's answer, the board's decision) go in
// the same push (the office sends a resolution with its children) or are already on the server.
// A change is accepted when some chain of transitions from the held state (or the starting state,
// for a resolution the server does not hold yet) reaches the pushed one with every step evidenced.
//
// A step the office takes on the resolution row alone (sending it to the panel, a lapse the
// system records when the window has passed) needs no child record; assigning an expert is
// evidenced by the resolution naming one.
import { transitionLabel, type TransitionName } from '../lifecycle/machine';
import { STATUS_CODES, statusLabel, type StatusCode } from '../domain/statuses';
import { EDGES, transitionPath } from './statusPath';

/** A fact a record establishes about its resolution. */
export type Mark =
  | 'expert_assigned'
  | 'opinion'
  | 'ruling:compliant'
  | 'ruling:objected'
  | 'correction:compliant'
  | 'correction:objected'
  | 'letter:compliance'
  | 'letter:objection'
  | 'letter:objection_received'
  | 'answer:amend'
  | 'answer:repeal'
  | 'answer:insist'
  | 'referral:no_answer'
  | 'decision:upheld'
  | 'decision:annulled'
  | 'court_ruling'
  | 'registration_reopened';

/** What each transition needs on record: every mark listed (none: the resolution row is enough). */
export const TRANSITION_EVIDENCE: Readonly<Record<TransitionName, readonly Mark[]>> = Object.freeze({
  assign_expert: ['expert_assigned'],
  record_opinion: ['opinion'],
  send_to_panel: [],
  rule_compliant: ['ruling:compliant'],
  rule_objected: ['ruling:objected'],
  correct_to_objected: ['correction:objected'],
  correct_to_compliant: ['correction:compliant'],
  mark_enforceable: ['letter:compliance'],
  lapse: [],
  send_objection_letter: ['letter:objection'],
  council_amends: ['answer:amend'],
  council_repeals: ['answer:repeal'],
  // the referral goes with the answer when the secretary has it; the board's decision needs it later
  council_insists: ['answer:insist'],
  council_no_answer: ['letter:objection_received', 'referral:no_answer'],
  council_no_answer_withdrawn: ['letter:objection_received'],
  board_upholds: ['decision:upheld'],
  board_annuls: ['decision:annulled'],
  reopen_after_correction: ['registration_reopened'],
  court_annuls: ['court_ruling'],
} satisfies Record<TransitionName, readonly Mark[]>);

/** The entities whose records evidence a step, all children of a resolution (by resolutionId). */
export const EVIDENCE_ENTITIES = [
  'expert_opinion',
  'ruling',
  'council_letter',
  'council_answer',
  'board_referral',
  'court_ruling',
  'registration_correction',
] as const;

/** The fields of those records the marks are read from (the server reads only these). */
export const EVIDENCE_FIELDS = [
  'outcome',
  'correctsId',
  'kind',
  'councilReceivedDate',
  'answer',
  'cause',
  'decision',
  'effect',
] as const;

/** The starting state of a resolution: where a record the server does not hold yet begins. */
export const STARTING_STATE: StatusCode = 'received';

type Data = Record<string, unknown>;
const isSet = (v: unknown) => v !== null && v !== undefined && v !== '';

/** The marks one record establishes about its resolution (a resolution's own data, or a child's). */
export function marksOf(entity: string, d: Data): Mark[] {
  switch (entity) {
    case 'resolution':
      return isSet(d.assignedExpertId) ? ['expert_assigned'] : [];
    case 'expert_opinion':
      return ['opinion'];
    case 'ruling':
      if (d.outcome !== 'compliant' && d.outcome !== 'objected') return [];
      return [isSet(d.correctsId) ? `correction:${d.outcome}` : `ruling:${d.outcome}`];
    case 'council_letter':
      if (d.kind === 'compliance') return ['letter:compliance'];
      if (d.kind !== 'objection') return [];
      return isSet(d.councilReceivedDate) ? ['letter:objection', 'letter:objection_received'] : ['letter:objection'];
    case 'council_answer':
      return d.answer === 'amend' || d.answer === 'repeal' || d.answer === 'insist' ? [`answer:${d.answer}`] : [];
    case 'board_referral': {
      const out: Mark[] = d.cause === 'no_answer' ? ['referral:no_answer'] : [];
      if (d.decision === 'upheld' || d.decision === 'annulled') out.push(`decision:${d.decision}`);
      return out;
    }
    case 'court_ruling':
      return ['court_ruling'];
    case 'registration_correction':
      return d.effect === 'window_reopened' ? ['registration_reopened'] : [];
    default:
      return [];
  }
}

/** The resolution a child record evidences steps of, or null for a record that evidences none. */
export function evidencedResolution(entity: string, d: Data): string | null {
  if (!(EVIDENCE_ENTITIES as readonly string[]).includes(entity)) return null;
  return typeof d.resolutionId === 'string' ? d.resolutionId : null;
}

const evidenced = (name: TransitionName, marks: ReadonlySet<string>) =>
  TRANSITION_EVIDENCE[name].every((m) => marks.has(m));

/** The shortest chain from `from` to `to` whose every step `marks` evidence, or null. */
export const evidencedPath = (from: StatusCode, to: StatusCode, marks: ReadonlySet<string>) =>
  transitionPath(from, to, (name) => evidenced(name, marks));

/**
 * The way the office most likely took, so a refusal names what it lacks: of the chains without a
 * repeated state (a handful over this table), the one with the fewest unevidenced steps, then the
 * one whose evidence goes furthest before the first gap, then the shortest.
 */
function nearestPath(from: StatusCode, to: StatusCode, marks: ReadonlySet<string>): TransitionName[] | null {
  let best: { path: TransitionName[]; key: [number, number, number] } | null = null;
  const better = (a: [number, number, number], b: [number, number, number]) =>
    a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] < b[2];
  const walk = (state: StatusCode, path: TransitionName[], seen: Set<StatusCode>) => {
    if (state === to) {
      const gaps = path.filter((n) => !evidenced(n, marks)).length;
      const first = path.findIndex((n) => !evidenced(n, marks));
      const key: [number, number, number] = [gaps, first, path.length];
      if (!best || better(key, best.key)) best = { path, key };
      return;
    }
    for (const e of EDGES.get(state) ?? []) {
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      walk(e.to, [...path, e.name], seen);
      seen.delete(e.to);
    }
  };
  walk(from, [], new Set([from]));
  return (best as { path: TransitionName[] } | null)?.path ?? null;
}

/** What a refusal says is missing for each step, in Persian. */
const EVIDENCE_LABEL: Readonly<Record<TransitionName, string>> = {
  assign_expert: 'کارشناس تعیین‌شده',
  record_opinion: 'نظر کارشناسی',
  send_to_panel: 'ارسال به هیأت',
  rule_compliant: 'رأی عدم مغایرت هیأت',
  rule_objected: 'رأی اعتراض هیأت',
  correct_to_objected: 'رأی اصلاحی',
  correct_to_compliant: 'رأی اصلاحی',
  mark_enforceable: 'نامهٔ اعلام عدم مغایرت به شورا',
  lapse: 'انقضای مهلت',
  send_objection_letter: 'نامهٔ اعتراض به شورا',
  council_amends: 'پاسخ اصلاح شورا',
  council_repeals: 'پاسخ لغو شورا',
  council_insists: 'پاسخ اصرار شورا',
  council_no_answer: 'تاریخ وصول نامهٔ اعتراض و ارجاع به هیأت حل اختلاف',
  council_no_answer_withdrawn: 'تاریخ وصول نامهٔ اعتراض',
  board_upholds: 'رأی تأیید هیأت حل اختلاف',
  board_annuls: 'رأی ابطال هیأت حل اختلاف',
  reopen_after_correction: 'اصلاح تاریخ وصول',
  court_annuls: 'رأی دیوان عدالت اداری',
};

export type EvidenceCheck =
  { ok: true; path: TransitionName[] } | { ok: false; reason: string; missing: TransitionName | null };

const known = (s: unknown): s is StatusCode => typeof s === 'string' && (STATUS_CODES as string[]).includes(s);

/**
 * May a resolution the server holds in `from` (null: not on the server yet, so it starts in the
 * starting state) be pushed in `to`, with these marks from its records (on the server and in the
 * push)? A refusal names the first unevidenced step of the chain the evidence comes nearest to
 * (received → annulled with a board referral: the board's decision, not a court ruling).
 */
export function checkStatusEvidence(from: unknown, to: unknown, marks: ReadonlySet<string>): EvidenceCheck {
  const start = from ?? STARTING_STATE;
  if (!known(start) || !known(to)) return { ok: false, reason: 'وضعیت مصوبه نامعتبر است.', missing: null };
  const path = evidencedPath(start, to, marks);
  if (path) return { ok: true, path };
  const table = transitionPath(start, to);
  const fresh = from === null || from === undefined;
  if (!table) {
    return {
      ok: false,
      missing: null,
      reason: fresh
        ? `مصوبهٔ تازه از «${statusLabel(start)}» آغاز می‌شود و به «${statusLabel(to)}» نمی‌رسد.`
        : `تغییر وضعیت مصوبه از «${statusLabel(start)}» به «${statusLabel(to)}» در فرایند رسیدگی مجاز نیست.`,
    };
  }
  const near = nearestPath(start, to, marks) ?? table;
  const missing = near.find((name) => !evidenced(name, marks)) ?? near[0];
  const where = fresh
    ? `مصوبهٔ تازه در وضعیت «${statusLabel(to)}» رسیده است، اما`
    : `برای رسیدن از «${statusLabel(start)}» به «${statusLabel(to)}»`;
  return {
    ok: false,
    missing,
    reason: `${where} سابقهٔ مرحلهٔ «${transitionLabel(missing)}» (${EVIDENCE_LABEL[missing]}) به سرور نرسیده است.`,
  };
}
