// Panel sessions (جلسات هیأت تطبیق): the schedule, the agenda, attendance, members' findings,
// the tally and the minutes (DESIGN.md §2, DOMAIN.md "Who is who").
import { z } from 'zod';
import { STATUS_CODES } from '../domain/statuses';
import { toAsciiDigits, toPersianDigits } from '../text/persian';
import { idSchema, isoDate, optionalLine, requiredLine } from './fields';
import { citation, groundSchema } from './review';
import { objectionInput } from './ruling';

export const SESSION_STATUSES = [
  { code: 'scheduled', label: 'برنامه‌ریزی‌شده' },
  { code: 'closed', label: 'برگزارشده' },
  { code: 'cancelled', label: 'لغوشده' },
] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number]['code'];
export const SESSION_STATUS_CODES = SESSION_STATUSES.map((s) => s.code) as [SessionStatus, ...SessionStatus[]];

/** A member's finding on one agenda item. Partial conflict counts with conflict in the tally. */
export const FINDINGS = [
  { code: 'no_conflict', label: 'عدم مغایرت' },
  { code: 'conflict', label: 'مغایرت' },
  { code: 'partial_conflict', label: 'مغایرت جزئی' },
] as const;
export type FindingCode = (typeof FINDINGS)[number]['code'];
export const FINDING_CODES = FINDINGS.map((f) => f.code) as [FindingCode, ...FindingCode[]];
/** Silence past the member's deadline (policy memberSilenceCountsAsNoConflict): not a vote. */
export const SYSTEM_FINDING_LABEL = 'عدم مغایرت (سیستمی)';

/** 'member': the member's own vote; 'system': recorded by the system for silence. */
export const FINDING_SOURCES = ['member', 'system'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** Where an agenda item stands. */
export const ITEM_STATES = [
  { code: 'pending', label: 'در دستور جلسه' },
  { code: 'ruled', label: 'رأی صادر شد' },
  { code: 'carried_over', label: 'موکول به جلسهٔ بعد' },
  { code: 'removed', label: 'حذف از دستور' },
  { code: 'dropped', label: 'خارج از دستور' },
] as const;
export type ItemState = (typeof ITEM_STATES)[number]['code'];
export const ITEM_STATE_CODES = ITEM_STATES.map((s) => s.code) as [ItemState, ...ItemState[]];

/**
 * What the findings so far decide: a side wins when its lead is more than the votes still
 * missing; 'tie' when every present member voted and the sides are even (or nobody voted);
 * 'open' while missing votes could still change it; 'no_quorum' when attendance is short.
 */
export const DECISIONS = ['compliant', 'objected', 'tie', 'open', 'no_quorum'] as const;
export type Decision = (typeof DECISIONS)[number];

export const RULING_OUTCOMES = ['compliant', 'objected'] as const;
export type RulingOutcome = (typeof RULING_OUTCOMES)[number];

const labelOf = (list: readonly { code: string; label: string }[], code: string) =>
  list.find((x) => x.code === code)?.label ?? code;
export const sessionStatusLabel = (code: string) => labelOf(SESSION_STATUSES, code);
export const findingLabel = (code: string, source: FindingSource = 'member') =>
  source === 'system' ? SYSTEM_FINDING_LABEL : labelOf(FINDINGS, code);
export const itemStateLabel = (code: string) => labelOf(ITEM_STATES, code);
export const outcomeLabel = (code: string) => (code === 'objected' ? 'اعتراض (مغایرت)' : 'عدم مغایرت');

/** «جلسهٔ شمارهٔ ۳ سال ۱۴۰۵» */
export function sessionTitle(s: { number: number; year: number }): string {
  return `جلسهٔ شمارهٔ ${toPersianDigits(s.number)} سال ${toPersianDigits(s.year)}`;
}

export const AGENDA_LIMIT_MAX = 200;
export const DEFAULT_AGENDA_LIMIT = 30;

// ---- input ----

const TIME_RE = /^([01]?\d|2[0-3])\s*[:：٫.]\s*([0-5]\d)$/;
const TIME_MESSAGE = 'ساعت جلسه را به شکل ۱۰:۳۰ وارد کنید.';

/** 'HH:MM' (24 h); any digits and ':' or '.' accepted. */
export const sessionTime = z
  .string({ error: 'ساعت جلسه را وارد کنید.' })
  .transform((s) => toAsciiDigits(s).trim())
  .pipe(z.string().min(1, 'ساعت جلسه را وارد کنید.').regex(TIME_RE, TIME_MESSAGE))
  .transform((s) => {
    const m = TIME_RE.exec(s)!;
    return `${m[1].padStart(2, '0')}:${m[2]}`;
  });

const sessionFields = z.object({
  date: isoDate('تاریخ جلسه'),
  time: sessionTime,
  place: requiredLine('محل جلسه', 200),
  note: optionalLine('توضیحات', 500),
});

export const sessionScheduleInput = sessionFields;
export type SessionScheduleInput = z.input<typeof sessionScheduleInput>;

export const sessionUpdateInput = sessionFields.extend({ id: idSchema, rev: z.number().int().positive() });
export type SessionUpdateInput = z.input<typeof sessionUpdateInput>;

export const sessionCancelInput = z.object({
  id: idSchema,
  rev: z.number().int().positive(),
  reason: requiredLine('دلیل لغو جلسه', 500),
});

export const sessionListInput = z.object({
  from: isoDate('از تاریخ').optional(),
  to: isoDate('تا تاریخ').optional(),
  status: z.array(z.enum(SESSION_STATUS_CODES)).max(SESSION_STATUS_CODES.length).optional(),
  limit: z.number().int().min(1).max(500).optional().default(200),
});
export type SessionListInput = z.input<typeof sessionListInput>;

export const sessionById = z.object({ id: idSchema });

export const agendaProposeInput = z.object({
  id: idSchema,
  /** also resolutions still with the expert (their ruling waits for the opinion or send_to_panel) */
  includeUnderReview: z.boolean().optional().default(false),
});

const distinctIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const agendaSetInput = z.object({
  id: idSchema,
  rev: z.number().int().positive(),
  /** the agenda in order */
  resolutionIds: z
    .array(idSchema)
    .max(AGENDA_LIMIT_MAX, `دستور جلسه حداکثر ${toPersianDigits(AGENDA_LIMIT_MAX)} مصوبه می‌تواند داشته باشد.`)
    .refine(distinctIds, 'یک مصوبه دو بار در دستور جلسه آمده است.'),
});

export const attendanceInput = z.object({
  id: idSchema,
  /** the voting members present; everyone else active is recorded absent */
  presentMemberIds: z.array(idSchema).max(100).refine(distinctIds, 'یک عضو دو بار آمده است.'),
});

// strict: a member records only their own finding, so the input names no member
export const findingInput = z.strictObject(
  {
    itemId: idSchema,
    finding: z.enum(FINDING_CODES, { error: 'نظر را انتخاب کنید: عدم مغایرت، مغایرت یا مغایرت جزئی.' }),
    note: optionalLine('توضیح نظر', 1000),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'هر عضو فقط نظر خود را ثبت می‌کند؛ نام عضو در درخواست پذیرفته نیست.'
        : undefined,
  },
);
export type FindingInput = z.input<typeof findingInput>;

/**
 * Ruling one item. When the members' findings make it an objection, `objection` is what the
 * ruling records (clause, grounds, citations, reasoning); without it the panel's drafted objection
 * for the item, or the expert's, is used, and with neither the ruling is refused (issue 11).
 */
export const ruleItemInput = z.object({ id: idSchema, itemId: idSchema, objection: objectionInput.optional() });
export type RuleItemInput = z.input<typeof ruleItemInput>;

/** The panel's objection to an agenda item, drafted by the chair or the secretary before the ruling. */
export const objectionDraftInput = z.object({ itemId: idSchema, objection: objectionInput });
export type ObjectionDraftInput = z.input<typeof objectionDraftInput>;

export const sessionSettingsInput = z.object({
  agendaLimit: z
    .number({ error: 'سقف دستور جلسه باید عدد باشد.' })
    .int('سقف دستور جلسه باید عدد صحیح باشد.')
    .min(1, 'سقف دستور جلسه دست‌کم یک مصوبه است.')
    .max(AGENDA_LIMIT_MAX, `سقف دستور جلسه حداکثر ${toPersianDigits(AGENDA_LIMIT_MAX)} مصوبه است.`),
  /** members present needed to rule; null = a majority of the active members */
  quorum: z
    .number({ error: 'حد نصاب باید عدد باشد.' })
    .int('حد نصاب باید عدد صحیح باشد.')
    .min(1, 'حد نصاب دست‌کم یک نفر است.')
    .max(50, 'حد نصاب حداکثر ۵۰ نفر است.')
    .nullable(),
});
export type SessionSettings = z.output<typeof sessionSettingsInput>;

// ---- output ----

export const sessionSettings = sessionSettingsInput;

export const sessionSummary = z.object({
  id: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  time: z.string(),
  place: z.string(),
  note: z.string(),
  status: z.enum(SESSION_STATUS_CODES),
  cancelReason: z.string().nullable(),
  /** items on the agenda (not removed) and how many of them are ruled */
  itemCount: z.number().int(),
  ruledCount: z.number().int(),
  closedAt: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const quorumState = z.object({
  activeMembers: z.number().int(),
  required: z.number().int(),
  present: z.number().int(),
  /** attendance has been recorded for this session */
  recorded: z.boolean(),
  met: z.boolean(),
});
export type QuorumState = z.infer<typeof quorumState>;

export const sessionMember = z.object({
  id: z.string(),
  fullName: z.string(),
  title: z.string(),
  isChair: z.boolean(),
  /** null until attendance is recorded */
  present: z.boolean().nullable(),
});
export type SessionMember = z.infer<typeof sessionMember>;

export const sessionFinding = z.object({
  memberId: z.string(),
  finding: z.enum(FINDING_CODES),
  source: z.enum(FINDING_SOURCES),
  note: z.string(),
  recordedAt: z.string(),
});
export type SessionFinding = z.infer<typeof sessionFinding>;

export const tally = z.object({
  conflict: z.number().int(),
  partial: z.number().int(),
  noConflict: z.number().int(),
  systemNoConflict: z.number().int(),
  /** present members (all active members before attendance) with no finding yet */
  missing: z.number().int(),
});
export type Tally = z.infer<typeof tally>;

/** The objection a ruling of the item would record, and where it comes from. */
export const itemObjection = z.object({
  /** 'panel': drafted for this item by the chair or the secretary; 'opinion': the expert's */
  source: z.enum(['panel', 'opinion']),
  clause: z.string(),
  grounds: z.array(groundSchema),
  referenceIds: z.array(z.string()),
  citations: z.array(citation),
  reasoning: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string().nullable(),
});
export type ItemObjection = z.infer<typeof itemObjection>;

/** What closing the session now would do with a pending item: the same rules the close applies. */
export const closePlan = z.object({
  state: z.enum(['ruled', 'carried_over', 'dropped']),
  outcome: z.enum(RULING_OUTCOMES).nullable(),
  /** why it is carried over or dropped (empty when ruled) */
  note: z.string(),
  /** an objection the close cannot record: its clause, grounds and citations are missing */
  needsObjection: z.boolean(),
});
export type ClosePlan = z.infer<typeof closePlan>;

export const sessionItem = z.object({
  id: z.string(),
  position: z.number().int(),
  resolutionId: z.string(),
  title: z.string(),
  councilDisplayName: z.string(),
  councilResolutionNumber: z.string(),
  incomingNumber: z.string(),
  resolutionStatus: z.enum(STATUS_CODES),
  objectionDeadline: z.string().nullable(),
  /** the members' deadline for this resolution (policy), and its countdown */
  findingDeadline: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  countdownFa: z.string().nullable(),
  state: z.enum(ITEM_STATE_CODES),
  outcome: z.enum(RULING_OUTCOMES).nullable(),
  /** why an item was carried over or dropped */
  note: z.string(),
  rulingId: z.string().nullable(),
  ruledAt: z.string().nullable(),
  findings: z.array(sessionFinding),
  tally,
  decision: z.enum(DECISIONS),
  /** every present member found no conflict: may be ruled in the uncontested block */
  uncontested: z.boolean(),
  /** a silent member would now count as «عدم مغایرت (سیستمی)» (already in the tally) */
  silenceFinal: z.boolean(),
  /** the objection a ruling would record (pending items), or null when none is at hand */
  objection: itemObjection.nullable(),
  /** what the close would do with it now (pending items of an open session), else null */
  atClose: closePlan.nullable(),
});
export type SessionItem = z.infer<typeof sessionItem>;

export const sessionDetail = z.object({
  session: sessionSummary,
  quorum: quorumState,
  members: z.array(sessionMember),
  /** pending, ruled, carried over and dropped items, in agenda order (removed ones are left out) */
  items: z.array(sessionItem),
  agendaLimit: z.number().int(),
  today: z.string(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const agendaCandidate = z.object({
  resolutionId: z.string(),
  title: z.string(),
  councilDisplayName: z.string(),
  councilResolutionNumber: z.string(),
  incomingNumber: z.string(),
  status: z.enum(STATUS_CODES),
  receiptDate: z.string(),
  objectionDeadline: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  countdownFa: z.string().nullable(),
  /** the last session that carried it over undecided */
  carriedFrom: z.object({ sessionId: z.string(), number: z.number().int(), year: z.number().int() }).nullable(),
  onThisAgenda: z.boolean(),
});
export type AgendaCandidate = z.infer<typeof agendaCandidate>;

export const agendaProposal = z.object({
  limit: z.number().int(),
  /** every ripe resolution not on another scheduled session, of which `items` is the first `limit` */
  available: z.number().int(),
  /** ripe resolutions whose panel window ends before this session's date: they need an earlier one */
  endingBefore: z.number().int(),
  items: z.array(agendaCandidate),
});
export type AgendaProposal = z.infer<typeof agendaProposal>;

export const minutesItem = z.object({
  position: z.number().int(),
  resolutionId: z.string(),
  councilDisplayName: z.string(),
  councilResolutionNumber: z.string(),
  incomingNumber: z.string(),
  title: z.string(),
  tally,
  state: z.enum(ITEM_STATE_CODES),
  outcome: z.enum(RULING_OUTCOMES).nullable(),
  note: z.string(),
});
export type MinutesItem = z.infer<typeof minutesItem>;

export const sessionMinutes = z.object({
  office: z.object({ name: z.string(), organisation: z.string(), county: z.string() }),
  session: sessionSummary,
  quorum: quorumState,
  attendance: z.array(sessionMember),
  items: z.array(minutesItem),
  summary: z.object({
    ruled: z.number().int(),
    compliant: z.number().int(),
    objected: z.number().int(),
    carriedOver: z.number().int(),
    dropped: z.number().int(),
  }),
});
export type SessionMinutes = z.infer<typeof sessionMinutes>;
