// Issue 3: the review and rulings capabilities' tables (expert opinions, legal references,
// rulings, letters to the council, council answers, dispute-board referrals, court rulings), each
// declared once (storage/table.ts). List columns (clauses, grounds, reference ids, votes) hold JSON
// text, written and parsed by the services; reads that build a page's view use SQL.
import { col, defineTable, type RowOf } from '../storage/table';

export const legalReferenceTable = defineTable('legal_reference', {
  id: col.id(),
  law: col.text(),
  article: col.text(),
  note: col.text(),
  subject: col.text(),
  sortNo: col.int(),
  active: col.bool(),
  rev: col.int(),
  updatedAt: col.text(),
});
export type LegalReferenceRow = RowOf<typeof legalReferenceTable>;

export const opinionTable = defineTable('expert_opinion', {
  id: col.id(),
  resolutionId: col.text(),
  expertId: col.text(),
  status: col.text<'draft' | 'submitted'>(),
  conclusion: col.maybeText(),
  reasoning: col.text(),
  /** JSON arrays */
  clauses: col.text(),
  grounds: col.text(),
  referenceIds: col.text(),
  citations: col.text(),
  submittedAt: col.maybeText(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type OpinionRow = RowOf<typeof opinionTable>;

export const rulingTable = defineTable('ruling', {
  id: col.id(),
  resolutionId: col.text(),
  outcome: col.text<'compliant' | 'objected'>(),
  sessionId: col.maybeText(),
  /** JSON {conflict, partial, noConflict, systemNoConflict} */
  votes: col.maybeText(),
  objectionClause: col.maybeText(),
  /** JSON arrays */
  objectionGrounds: col.maybeText(),
  objectionReferenceIds: col.maybeText(),
  objectionReasoning: col.maybeText(),
  /** JSON array of written-out citations (issue 11) */
  objectionCitations: col.maybeText(),
  correctsId: col.maybeText(),
  correctionReason: col.maybeText(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  recordedAt: col.text(),
});
export type RulingRow = RowOf<typeof rulingTable>;

export const councilLetterTable = defineTable('council_letter', {
  id: col.id(),
  resolutionId: col.text(),
  kind: col.text<'objection' | 'compliance'>(),
  rulingId: col.maybeText(),
  letterRef: col.maybeText(),
  outgoingNumber: col.text(),
  letterDate: col.text(),
  councilReceivedDate: col.maybeText(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type CouncilLetterRow = RowOf<typeof councilLetterTable>;

export const councilAnswerTable = defineTable('council_answer', {
  id: col.id(),
  resolutionId: col.text(),
  letterId: col.maybeText(),
  answer: col.text<'amend' | 'repeal' | 'insist'>(),
  answerDate: col.text(),
  answerNumber: col.text(),
  note: col.text(),
  amendedResolutionId: col.maybeText(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  recordedAt: col.text(),
});
export type CouncilAnswerRow = RowOf<typeof councilAnswerTable>;

export const boardReferralTable = defineTable('board_referral', {
  id: col.id(),
  resolutionId: col.text(),
  cause: col.text<'insist' | 'no_answer'>(),
  boardLevel: col.text<'county' | 'province' | 'central'>(),
  boardName: col.text(),
  referralDate: col.text(),
  referralNumber: col.text(),
  decision: col.maybeText<'upheld' | 'annulled'>(),
  decisionNumber: col.maybeText(),
  decisionDate: col.maybeText(),
  decisionNote: col.maybeText(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  rev: col.int(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
export type BoardReferralRow = RowOf<typeof boardReferralTable>;

export const courtRulingTable = defineTable('court_ruling', {
  id: col.id(),
  resolutionId: col.text(),
  rulingNumber: col.text(),
  rulingDate: col.text(),
  note: col.text(),
  recordedBy: col.text(),
  recordedByName: col.text(),
  recordedAt: col.text(),
});
export type CourtRulingRow = RowOf<typeof courtRulingTable>;

/** A legal reference the office wrote itself, beside the ministry's list (references.ts). */
export const officeReferenceTable = defineTable('office_reference', {
  id: col.id(),
  law: col.text(),
  article: col.text().withDefault(),
  text: col.text().withDefault(),
  active: col.bool().withDefault(),
  createdBy: col.text(),
  rev: col.int().withDefault(),
  createdAt: col.text(),
  updatedAt: col.text(),
});

export const LegalReferenceEntity = legalReferenceTable.entity;
export const OpinionEntity = opinionTable.entity;
export const RulingEntity = rulingTable.entity;
export const CouncilLetterEntity = councilLetterTable.entity;
export const CouncilAnswerEntity = councilAnswerTable.entity;
export const BoardReferralEntity = boardReferralTable.entity;
export const CourtRulingEntity = courtRulingTable.entity;

export const REVIEW_TABLES = [
  legalReferenceTable,
  opinionTable,
  rulingTable,
  councilLetterTable,
  councilAnswerTable,
  boardReferralTable,
  courtRulingTable,
  officeReferenceTable,
];
