// The lifecycle state machine (DESIGN.md §2, DOMAIN.md "The process and its clocks"), as data.
// The core refuses any transition this table does not allow, and the ministry server uses the
// same table to validate what offices push, so `can` answers every (state, transition, actor).
//
// Decisions where the domain leaves room:
// - Amendment: the council's amended text is a new resolution version with its own clock. The
//   old version leaves `with_council` only in the transaction that registers the new one
//   (requirement amendedVersionRegistered) and ends as `withdrawn`: it is no longer in force, and
//   the resolution page links it to the version that replaced it.
// - No answer in time: with the default policy (objection_stands) the resolution stays with the
//   council and the desk prompts the secretary, who refers it (council_no_answer → referred,
//   naming the board). With policy 'withdrawn' the system ends it (council_no_answer_withdrawn).
// - compliant → enforceable happens when the no-conflict notice reaches the council; until then a
//   mistaken ruling can be corrected inside the objection window (correct_to_*), and an objection
//   ruling can be corrected until its letter is sent. Rulings themselves stay immutable records.
// - Every step of the panel's review needs the objection window to be open: once it has passed,
//   the only way on is `lapse` (DESIGN.md §2, «در فرصت قانونی»).
// - A lapse follows the receipt date. If a correction of that date (with a reason) shows the
//   window is in fact still open, reopen_after_correction takes the resolution back to received.
// - Administrative Justice Court annulment can be recorded in any state except withdrawn
//   (nothing left to annul) and annulled.
// - Members and the chair take no transitions: their findings are tallied into the ruling, which
//   the secretary records or the system records at the session's close. Admins and viewers act
//   on no resolution.
import { z } from 'zod';
import { formatJalali, type IsoDate } from '../dates/jalali';
import { STATUS_CODES, statusLabel, type StatusCode } from '../domain/statuses';
import type { DeadlinePolicy } from '../deadlines/policy';
import { isActor, roleLabel, type Actor } from './roles';

/** What a transition needs, as facts the core establishes before it asks; message = why refused. */
export const REQUIREMENTS = {
  expertAssigned: 'کارشناس مشورتی تعیین نشده است.',
  actorIsAssignedExpert: 'نظر کارشناسی را فقط کارشناسِ تعیین‌شده برای این مصوبه ثبت می‌کند.',
  opinionRecorded: 'متن نظر کارشناسی ثبت نشده است.',
  withinObjectionWindow: 'مهلت قانونی رسیدگی هیأت به این مصوبه گذشته است.',
  objectionWindowPassed: 'مهلت قانونی اعتراض هیأت هنوز به پایان نرسیده است.',
  sessionRuling: 'رأی هیأت در جلسه ثبت نشده است.',
  objectionGrounds: 'بند مورد اعتراض، جهت اعتراض و مستند قانونی آن ثبت نشده است.',
  rulingCorrection: 'اصلاح رأی باید با ذکر دلیل و ارجاع به رأی قبلی ثبت شود.',
  complianceNoticeIssued: 'نامهٔ اعلام عدم مغایرت به شورا صادر نشده است.',
  objectionLetterIssued: 'نامهٔ اعتراض به شورا صادر نشده است.',
  objectionReceivedDate: 'تاریخ وصول نامهٔ اعتراض در شورا ثبت نشده است.',
  councilAnswerRecorded: 'پاسخ شورا ثبت نشده است.',
  amendedVersionRegistered: 'نسخهٔ اصلاح‌شدهٔ مصوبه هنوز ثبت نشده است.',
  councilWindowPassed: 'مهلت تجدیدنظر شورا هنوز به پایان نرسیده است.',
  noAnswerObjectionStands: 'طبق ضوابط ابلاغی، با عدم پاسخ شورا مصوبه لغو می‌شود و ارجاع لازم نیست.',
  noAnswerWithdraws: 'طبق ضوابط ابلاغی، با عدم پاسخ شورا اعتراض به قوت خود باقی است و باید ارجاع شود.',
  boardReferral: 'هیأت حل اختلاف صالح و تاریخ ارجاع ثبت نشده است.',
  boardDecision: 'رأی هیأت حل اختلاف ثبت نشده است.',
  courtRuling: 'شماره و تاریخ رأی دیوان عدالت اداری ثبت نشده است.',
  registrationCorrected: 'اصلاح تاریخ وصول با ذکر دلیل ثبت نشده است.',
} as const;
export type Requirement = keyof typeof REQUIREMENTS;

export interface TransitionDef {
  readonly from: readonly StatusCode[];
  readonly to: StatusCode;
  readonly actors: readonly Actor[];
  readonly requires: readonly Requirement[];
  readonly label: string;
}

const PANEL_REVIEW = ['received', 'under_review', 'awaiting_ruling'] as const;

export const TRANSITIONS = {
  assign_expert: {
    from: ['received'],
    to: 'under_review',
    actors: ['secretary'],
    requires: ['expertAssigned', 'withinObjectionWindow'],
    label: 'ارجاع به کارشناس',
  },
  record_opinion: {
    from: ['under_review'],
    to: 'awaiting_ruling',
    actors: ['expert'],
    requires: ['actorIsAssignedExpert', 'opinionRecorded', 'withinObjectionWindow'],
    label: 'ثبت نظر کارشناسی',
  },
  // Also from under_review: an overdue opinion must not cost the panel its legal window.
  send_to_panel: {
    from: ['received', 'under_review'],
    to: 'awaiting_ruling',
    actors: ['secretary'],
    requires: ['withinObjectionWindow'],
    label: 'ارسال به هیأت',
  },
  rule_compliant: {
    from: ['awaiting_ruling'],
    to: 'compliant',
    actors: ['secretary', 'system'],
    requires: ['sessionRuling', 'withinObjectionWindow'],
    label: 'رأی عدم مغایرت',
  },
  rule_objected: {
    from: ['awaiting_ruling'],
    to: 'objected',
    actors: ['secretary', 'system'],
    requires: ['sessionRuling', 'objectionGrounds', 'withinObjectionWindow'],
    label: 'رأی اعتراض (مغایرت)',
  },
  correct_to_objected: {
    from: ['compliant'],
    to: 'objected',
    actors: ['secretary'],
    requires: ['rulingCorrection', 'objectionGrounds', 'withinObjectionWindow'],
    label: 'اصلاح رأی به اعتراض',
  },
  correct_to_compliant: {
    from: ['objected'],
    to: 'compliant',
    actors: ['secretary'],
    requires: ['rulingCorrection', 'withinObjectionWindow'],
    label: 'اصلاح رأی به عدم مغایرت',
  },
  mark_enforceable: {
    from: ['compliant'],
    to: 'enforceable',
    actors: ['secretary', 'system'],
    requires: ['complianceNoticeIssued'],
    label: 'اعلام لازم‌الاجرا بودن',
  },
  lapse: {
    from: PANEL_REVIEW,
    to: 'enforceable_by_lapse',
    actors: ['system'],
    requires: ['objectionWindowPassed'],
    label: 'لازم‌الاجرا شدن به علت انقضای مهلت',
  },
  send_objection_letter: {
    from: ['objected'],
    to: 'with_council',
    actors: ['secretary'],
    requires: ['objectionLetterIssued'],
    label: 'ارسال نامهٔ اعتراض به شورا',
  },
  council_amends: {
    from: ['with_council'],
    to: 'withdrawn',
    actors: ['secretary'],
    requires: ['councilAnswerRecorded', 'amendedVersionRegistered'],
    label: 'اصلاح مصوبه توسط شورا',
  },
  council_repeals: {
    from: ['with_council'],
    to: 'withdrawn',
    actors: ['secretary'],
    requires: ['councilAnswerRecorded'],
    label: 'لغو مصوبه توسط شورا',
  },
  council_insists: {
    from: ['with_council'],
    to: 'referred',
    actors: ['secretary'],
    requires: ['councilAnswerRecorded', 'boardReferral'],
    label: 'اصرار شورا و ارجاع به هیأت حل اختلاف',
  },
  council_no_answer: {
    from: ['with_council'],
    to: 'referred',
    actors: ['secretary'],
    requires: ['objectionReceivedDate', 'councilWindowPassed', 'noAnswerObjectionStands', 'boardReferral'],
    label: 'عدم پاسخ شورا در مهلت و ارجاع به هیأت حل اختلاف',
  },
  council_no_answer_withdrawn: {
    from: ['with_council'],
    to: 'withdrawn',
    actors: ['system'],
    requires: ['objectionReceivedDate', 'councilWindowPassed', 'noAnswerWithdraws'],
    label: 'عدم پاسخ شورا در مهلت و لغو مصوبه',
  },
  board_upholds: {
    from: ['referred'],
    to: 'upheld',
    actors: ['secretary'],
    requires: ['boardDecision'],
    label: 'تأیید مصوبه در هیأت حل اختلاف',
  },
  board_annuls: {
    from: ['referred'],
    to: 'annulled',
    actors: ['secretary'],
    requires: ['boardDecision'],
    label: 'ابطال مصوبه در هیأت حل اختلاف',
  },
  // A lapse the system recorded from a receipt date that a correction (with a reason) has since
  // moved later: the panel's window is in fact still open, so the review starts again (issue 11).
  reopen_after_correction: {
    from: ['enforceable_by_lapse'],
    to: 'received',
    actors: ['secretary'],
    requires: ['registrationCorrected', 'withinObjectionWindow'],
    label: 'بازگشت به رسیدگی پس از اصلاح تاریخ وصول',
  },
  court_annuls: {
    from: [
      ...PANEL_REVIEW,
      'compliant',
      'objected',
      'enforceable',
      'enforceable_by_lapse',
      'with_council',
      'referred',
      'upheld',
    ],
    to: 'annulled',
    actors: ['secretary'],
    requires: ['courtRuling'],
    label: 'ابطال به رأی دیوان عدالت اداری',
  },
} as const satisfies Record<string, TransitionDef>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as [TransitionName, ...TransitionName[]];
export const transitionNameSchema = z.enum(TRANSITION_NAMES, { error: 'اقدام نامعتبر است.' });

// The table is shared by the core and the server: nobody may change it at run time.
for (const def of Object.values(TRANSITIONS)) {
  for (const list of [def.from, def.actors, def.requires]) Object.freeze(list);
  Object.freeze(def);
}
Object.freeze(TRANSITIONS);

/** The process has ended; only a court annulment may still be recorded against some of these. */
export const TERMINAL_STATES: readonly StatusCode[] = Object.freeze([
  'enforceable',
  'enforceable_by_lapse',
  'withdrawn',
  'upheld',
  'annulled',
]);

export type Refusal =
  'unknown_state' | 'unknown_transition' | 'unknown_actor' | 'wrong_state' | 'forbidden_role' | 'requirement_unmet';
export type CanResult = { ok: true } | { ok: false; code: Refusal; reason: string };

const has = (list: readonly string[], x: string): boolean => list.includes(x);
const isStatus = (s: unknown): s is StatusCode => typeof s === 'string' && has(STATUS_CODES, s);
const isTransition = (t: unknown): t is TransitionName =>
  typeof t === 'string' && Object.prototype.hasOwnProperty.call(TRANSITIONS, t);
const refuse = (code: Refusal, reason: string): CanResult => ({ ok: false, code, reason });

export function isTerminal(state: StatusCode): boolean {
  return has(TERMINAL_STATES, state);
}

export function transitionLabel(name: TransitionName): string {
  return TRANSITIONS[name].label;
}

/**
 * May `actor` take `transition` from state `from`? Total over its inputs (untyped input from a
 * push gets a refusal, never an exception). Requirements are checked separately, with the facts.
 */
export function can(from: StatusCode, transition: TransitionName, actor: Actor): CanResult {
  if (!isTransition(transition)) return refuse('unknown_transition', 'این اقدام در فرایند رسیدگی تعریف نشده است.');
  if (!isStatus(from)) return refuse('unknown_state', 'وضعیت مصوبه نامعتبر است.');
  if (!isActor(actor)) return refuse('unknown_actor', 'نقش کاربر نامعتبر است.');
  const def: TransitionDef = TRANSITIONS[transition];
  if (!has(def.from, from)) {
    const state = statusLabel(from);
    return refuse(
      'wrong_state',
      isTerminal(from)
        ? `رسیدگی به این مصوبه با «${state}» پایان یافته است؛ «${def.label}» ممکن نیست.`
        : `«${def.label}» برای مصوبه‌ای در وضعیت «${state}» ممکن نیست.`,
    );
  }
  if (!has(def.actors, actor)) {
    const allowed = def.actors.filter((a) => a !== 'system');
    if (allowed.length === 0)
      return refuse('forbidden_role', `«${def.label}» را فقط سامانه به‌طور خودکار انجام می‌دهد.`);
    if (actor === 'system') {
      const who = allowed.map((a) => roleLabel(a)).join(' یا ');
      return refuse('forbidden_role', `«${def.label}» خودکار انجام نمی‌شود و باید توسط ${who} ثبت شود.`);
    }
    return refuse('forbidden_role', `نقش «${roleLabel(actor)}» اجازهٔ «${def.label}» را ندارد.`);
  }
  return { ok: true };
}

/** What the UI may offer this actor for a resolution in this state. */
export function transitionsFrom(state: StatusCode, actor: Actor): TransitionName[] {
  return TRANSITION_NAMES.filter((t) => can(state, t, actor).ok);
}

export type RequirementFacts = Partial<Record<Requirement, boolean>>;

/** The requirements of a transition that the facts do not establish, in the table's order. */
export function unmetRequirements(transition: TransitionName, facts: RequirementFacts): Requirement[] {
  return TRANSITIONS[transition].requires.filter((r) => facts[r] !== true);
}

/** The refusal for a closed objection window names the deadline (issue 3, item 8). */
export function objectionWindowClosedReason(deadline: IsoDate): string {
  return `مهلت قانونی اعتراض هیأت در ${formatJalali(deadline)} به پایان رسیده است و مصوبه به علت انقضای مهلت لازم‌الاجراست.`;
}

/** The first unmet requirement as a refusal; pass the objection deadline to have it named. */
export function checkRequirements(
  transition: TransitionName,
  facts: RequirementFacts,
  context: { objectionDeadline?: IsoDate } = {},
): CanResult {
  const [first] = unmetRequirements(transition, facts);
  if (first === undefined) return { ok: true };
  const reason =
    first === 'withinObjectionWindow' && context.objectionDeadline
      ? objectionWindowClosedReason(context.objectionDeadline)
      : REQUIREMENTS[first];
  return refuse('requirement_unmet', reason);
}

/** Which no-answer transition the policy calls for. */
export function noAnswerTransition(policy: Pick<DeadlinePolicy, 'councilNoAnswerOutcome'>): TransitionName {
  return policy.councilNoAnswerOutcome === 'withdrawn' ? 'council_no_answer_withdrawn' : 'council_no_answer';
}
