// What an office pushes: one wire schema per synced entity, and who owns each record. A record's
// data is its row as the office stores it, with camelCase keys (flags stay 0/1, list columns stay
// JSON text), plus the child rows folded into it (a resolution's text and attachments, a session's
// attendance). The ministry server validates every pushed change with these before it writes.
//
// Adding a synced entity is one entry in PUSHED_ENTITIES (and, on the office, one line in
// src-main/core/sync/tables.ts plus the migration that installs its outbox triggers).
import { z } from 'zod';
import { STATUS_CODES } from '../domain/statuses';
import { CATEGORY_CODES } from '../domain/categories';
import { COUNCIL_KIND_CODES } from '../domain/councils';
import { FINANCIAL_KIND_CODES } from '../domain/financial';
import { DUE_KIND_CODES } from '../lifecycle/due';
import { isIsoDate } from '../dates/jalali';
import { LETTER_KIND_CODES } from '../letters/kinds';
import { letterNumberKey } from '../letters/numbering';
import { sha256Pattern } from './protocol';
import { safeString } from '../schemas/fields';
import { hasUnsafeCharacters } from '../text/persian';
import { complaintAnswerRecord } from './complaints';

// text refuses control characters (safeString): PostgreSQL cannot store a NUL at all
const str = (max = 400) => safeString().max(max);
const maybeStr = (max = 400) => str(max).nullable();
const longText = safeString().max(200_000);
const int = z.number().int();
const maybeInt = int.nullable();
const rev = int.positive();
const flag = z.union([z.literal(0), z.literal(1)]);
const date = z.string().refine(isIsoDate, 'not a YYYY-MM-DD date');
const maybeDate = date.nullable();
const instant = safeString().min(10).max(40);
const maybeInstant = instant.nullable();
const id = safeString().min(1).max(64);
const maybeId = id.nullable();
const oneOf = <T extends string>(xs: readonly [T, ...T[]]) => z.enum(xs);
/** a list column: JSON text the office wrote */
const jsonText = z
  .string()
  .max(100_000)
  .refine((s) => {
    try {
      // and no string inside it carries a control character either
      JSON.parse(s, (_k, v: unknown) => {
        if (typeof v === 'string' && hasUnsafeCharacters(v)) throw new Error('unsafe');
        return v;
      });
      return true;
    } catch {
      return false;
    }
  }, 'not JSON text');
const maybeJsonText = jsonText.nullable();

const office = z.strictObject({
  id,
  name: str(),
  organisation: str(),
  ministry: str(),
  province: str(120),
  county: str(120),
  code: str(64),
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const council = z.strictObject({
  id,
  officeId: id,
  name: str(200),
  nameKey: str(200),
  kind: oneOf(COUNCIL_KIND_CODES),
  county: str(120),
  province: str(120),
  nationalCode: str(64),
  active: flag,
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const attachment = z.strictObject({
  id,
  resolutionId: id,
  sha256: z.string().regex(sha256Pattern),
  name: str(255),
  mimeType: str(100),
  size: int.min(0),
  createdAt: instant,
});

const resolution = z.strictObject({
  id,
  officeId: id,
  councilId: id,
  councilResolutionNumber: str(80),
  numberKey: str(80),
  councilSessionNumber: str(80),
  councilSessionDate: date,
  approvalDate: date,
  approvalYear: int,
  receiptDate: date,
  receiptYear: int,
  incomingNumber: str(80),
  incomingKey: str(80),
  title: str(600),
  category: oneOf(CATEGORY_CODES),
  status: oneOf(STATUS_CODES),
  supersedesId: maybeId,
  objectionDeadline: maybeDate,
  dueDate: maybeDate,
  dueKind: oneOf(DUE_KIND_CODES).nullable(),
  assignedExpertId: maybeId,
  createdBy: id,
  rev,
  createdAt: instant,
  updatedAt: instant,
  /** issue 11; optional: an office that has not upgraded yet pushes without it */
  registeredLate: flag.optional(),
  /** issue 12, the financial side; optional like registeredLate, null on most records */
  financialKind: z.enum(FINANCIAL_KIND_CODES).nullable().optional(),
  amountRials: int.min(0).nullable().optional(),
  budgetYear: maybeInt.optional(),
  budgetLine: maybeStr(60).optional(),
  projectDurationMonths: int.min(0).nullable().optional(),
  projectCostRials: int.min(0).nullable().optional(),
  projectScope: maybeStr(1000).optional(),
  /** issue 14: the council portal's submission it was registered from (or linked to); optional */
  submissionId: maybeId.optional(),
  /** resolution_body.text */
  text: longText,
  attachments: z.array(attachment).max(50),
});

const attendance = z.strictObject({
  sessionId: id,
  memberId: id,
  present: flag,
  fullName: str(),
  title: str(),
  isChair: flag,
  recordedAt: instant,
});

const panelSession = z.strictObject({
  id,
  officeId: id,
  year: int,
  number: int,
  date,
  time: str(10),
  place: str(),
  note: str(4000),
  status: z.enum(['scheduled', 'closed', 'cancelled']),
  cancelReason: maybeStr(2000),
  quorumRequired: maybeInt,
  attendanceRecordedAt: maybeInstant,
  closedAt: maybeInstant,
  closedBy: maybeId,
  createdBy: id,
  rev,
  createdAt: instant,
  updatedAt: instant,
  attendance: z.array(attendance).max(100),
});

const sessionItem = z.strictObject({
  id,
  sessionId: id,
  resolutionId: id,
  position: int,
  state: z.enum(['pending', 'ruled', 'carried_over', 'removed', 'dropped']),
  outcome: z.enum(['compliant', 'objected']).nullable(),
  votesConflict: maybeInt,
  votesPartial: maybeInt,
  votesNoConflict: maybeInt,
  votesSystem: maybeInt,
  votesMissing: maybeInt,
  note: str(4000),
  rulingId: maybeId,
  ruledAt: maybeInstant,
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const sessionFinding = z.strictObject({
  id,
  sessionId: id,
  itemId: id,
  resolutionId: id,
  memberId: id,
  finding: z.enum(['no_conflict', 'conflict', 'partial_conflict']),
  source: z.enum(['member', 'system']),
  note: str(4000),
  rev,
  recordedAt: instant,
});

const expertOpinion = z.strictObject({
  id,
  resolutionId: id,
  expertId: id,
  status: z.literal('submitted'),
  conclusion: z.enum(['no_conflict', 'conflict', 'partial_conflict']).nullable(),
  reasoning: longText,
  clauses: jsonText,
  grounds: jsonText,
  referenceIds: jsonText,
  /** issue 11; optional for offices not upgraded yet */
  citations: jsonText.optional(),
  submittedAt: maybeInstant,
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const ruling = z.strictObject({
  id,
  resolutionId: id,
  outcome: z.enum(['compliant', 'objected']),
  sessionId: maybeId,
  votes: maybeJsonText,
  objectionClause: maybeStr(4000),
  objectionGrounds: maybeJsonText,
  objectionReferenceIds: maybeJsonText,
  objectionReasoning: longText.nullable(),
  /** issue 11; optional for offices not upgraded yet */
  objectionCitations: maybeJsonText.optional(),
  correctsId: maybeId,
  correctionReason: maybeStr(4000),
  recordedBy: id,
  recordedByName: str(),
  recordedAt: instant,
});

const councilLetter = z.strictObject({
  id,
  resolutionId: id,
  kind: z.enum(['objection', 'compliance']),
  rulingId: maybeId,
  letterRef: maybeId,
  outgoingNumber: str(80),
  letterDate: date,
  councilReceivedDate: maybeDate,
  recordedBy: id,
  recordedByName: str(),
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const councilAnswer = z.strictObject({
  id,
  resolutionId: id,
  letterId: maybeId,
  answer: z.enum(['amend', 'repeal', 'insist']),
  answerDate: date,
  answerNumber: str(80),
  note: str(4000),
  amendedResolutionId: maybeId,
  recordedBy: id,
  recordedByName: str(),
  recordedAt: instant,
});

const boardReferral = z.strictObject({
  id,
  resolutionId: id,
  cause: z.enum(['insist', 'no_answer']),
  boardLevel: z.enum(['county', 'province', 'central']),
  boardName: str(),
  referralDate: date,
  referralNumber: str(80),
  decision: z.enum(['upheld', 'annulled']).nullable(),
  decisionNumber: maybeStr(80),
  decisionDate: maybeDate,
  decisionNote: maybeStr(4000),
  recordedBy: id,
  recordedByName: str(),
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const courtRuling = z.strictObject({
  id,
  resolutionId: id,
  rulingNumber: str(80),
  rulingDate: date,
  note: str(4000),
  recordedBy: id,
  recordedByName: str(),
  recordedAt: instant,
});

// A correction of a resolution's registration fields (issue 11): what they were, what they
// became, why, and what it did to the panel's window. Immutable, like a ruling.
const registrationCorrection = z.strictObject({
  id,
  resolutionId: id,
  before: jsonText,
  after: jsonText,
  reason: str(2000),
  effect: str(60),
  recordedBy: id,
  recordedByName: str(),
  recordedAt: instant,
});

// Letters are synced once issued (drafts stay in the office); the PDF goes with them.
const letter = z.strictObject({
  id,
  officeId: id,
  kind: oneOf(LETTER_KIND_CODES),
  status: z.enum(['issued', 'voided']),
  resolutionId: maybeId,
  sessionId: maybeId,
  councilId: maybeId,
  year: int,
  serial: int,
  number: str(80),
  numberKey: str(80),
  letterDate: date,
  recipient: str(2000),
  subject: str(2000),
  salutation: str(400),
  body: longText,
  closing: str(4000),
  attachments: str(1000),
  copies: jsonText,
  signatoryName: str(),
  signatoryTitle: str(),
  letterhead: longText.nullable(),
  contentHash: z.string().regex(sha256Pattern),
  pdfSha256: z.string().regex(sha256Pattern),
  pdfPages: maybeInt,
  signed: flag,
  certificateSubject: maybeStr(1000),
  printCount: int,
  voidReason: maybeStr(4000),
  voidedAt: maybeInstant,
  voidedBy: maybeId,
  voidedByName: maybeStr(),
  issuedAt: maybeInstant,
  issuedBy: maybeId,
  issuedByName: maybeStr(),
  searchKey: safeString().max(300_000),
  createdBy: id,
  createdByName: str(),
  rev,
  createdAt: instant,
  updatedAt: instant,
});

const letterCopy = z.strictObject({
  id,
  letterId: id,
  copyNo: int,
  pdfSha256: z.string().regex(sha256Pattern),
  printedAt: instant,
  printedBy: id,
  printedByName: str(),
});

/** Who may write a record: the office it names, or the office that owns its parent record. */
export type Ownership =
  { kind: 'self' } | { kind: 'office'; field: 'officeId' } | { kind: 'parent'; entity: string; field: string };

export interface PushedEntitySpec {
  schema: z.ZodType<Record<string, unknown>>;
  owner: Ownership;
  /** the lifecycle status field the server checks against shared/lifecycle/machine.ts */
  lifecycle?: 'status';
  /** the files the record refers to; the server must hold them first */
  blobs?: (data: Record<string, unknown>) => string[];
  /** a letter's register entry, for GET /v1/letters/verify */
  letter?: (data: Record<string, unknown>) => { number: string; date: string; hash: string; status: string };
}

const byResolution = { kind: 'parent', entity: 'resolution', field: 'resolutionId' } as const;
const bySession = { kind: 'parent', entity: 'panel_session', field: 'sessionId' } as const;

export const PUSHED_ENTITIES = {
  office: { schema: office, owner: { kind: 'self' } },
  council: { schema: council, owner: { kind: 'office', field: 'officeId' } },
  resolution: {
    schema: resolution,
    owner: { kind: 'office', field: 'officeId' },
    lifecycle: 'status',
    blobs: (d) => (d.attachments as { sha256: string }[]).map((a) => a.sha256),
  },
  panel_session: { schema: panelSession, owner: { kind: 'office', field: 'officeId' } },
  session_item: { schema: sessionItem, owner: bySession },
  session_finding: { schema: sessionFinding, owner: bySession },
  expert_opinion: { schema: expertOpinion, owner: byResolution },
  ruling: { schema: ruling, owner: byResolution },
  council_letter: { schema: councilLetter, owner: byResolution },
  council_answer: { schema: councilAnswer, owner: byResolution },
  board_referral: { schema: boardReferral, owner: byResolution },
  court_ruling: { schema: courtRuling, owner: byResolution },
  registration_correction: { schema: registrationCorrection, owner: byResolution },
  letter: {
    schema: letter,
    owner: { kind: 'office', field: 'officeId' },
    blobs: (d) => [String(d.pdfSha256)],
    letter: (d) => ({
      number: letterNumberKey(String(d.number)),
      date: String(d.letterDate),
      hash: String(d.contentHash),
      status: String(d.status),
    }),
  },
  letter_copy: {
    schema: letterCopy,
    owner: { kind: 'parent', entity: 'letter', field: 'letterId' },
    blobs: (d) => [String(d.pdfSha256)],
  },
  complaint_answer: { schema: complaintAnswerRecord, owner: { kind: 'office', field: 'officeId' } },
} as const satisfies Record<string, PushedEntitySpec>;

export type PushedEntity = keyof typeof PUSHED_ENTITIES;
export const PUSHED_ENTITY_NAMES = Object.keys(PUSHED_ENTITIES) as PushedEntity[];

export function pushedEntity(name: string): PushedEntitySpec | null {
  return Object.prototype.hasOwnProperty.call(PUSHED_ENTITIES, name)
    ? (PUSHED_ENTITIES[name as PushedEntity] as PushedEntitySpec)
    : null;
}

/** Persian names of entities, for rejection reasons and the sync screen. */
export const ENTITY_LABELS: Record<string, string> = {
  office: 'مشخصات دبیرخانه',
  council: 'شورا',
  resolution: 'مصوبه',
  panel_session: 'جلسهٔ هیأت',
  session_item: 'دستور جلسه',
  session_finding: 'نظر عضو هیأت',
  expert_opinion: 'نظر کارشناسی',
  ruling: 'رأی هیأت',
  council_letter: 'نامه به شورا',
  council_answer: 'پاسخ شورا',
  board_referral: 'ارجاع به هیأت حل اختلاف',
  court_ruling: 'رأی دیوان عدالت اداری',
  registration_correction: 'اصلاح مشخصات ثبت مصوبه',
  letter: 'نامه',
  letter_copy: 'نسخهٔ چاپی نامه',
  deadline_policy: 'ضوابط مهلت‌ها',
  legal_reference: 'مستند قانونی',
  letter_template: 'الگوی نامه',
  complaint: 'شکایت شهروند',
  complaint_answer: 'پاسخ به شکایت',
};

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}
