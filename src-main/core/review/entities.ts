// Issue 3: the review and rulings capabilities' entities (expert opinions, legal references,
// rulings, letters to the council, council answers, dispute-board referrals, court rulings).
// List columns (clauses, grounds, reference ids, votes) hold JSON text, written and parsed by the
// services; reads that build a page's view use SQL.
import { EntitySchema } from 'typeorm';

const text = (name: string) => ({ type: 'text' as const, name });
const nullableText = (name: string) => ({ type: 'text' as const, name, nullable: true });
const int = (name: string) => ({ type: 'integer' as const, name });

export interface LegalReferenceRow {
  id: string;
  law: string;
  article: string;
  note: string;
  subject: string;
  sortNo: number;
  active: boolean;
  rev: number;
  updatedAt: string;
}

export const LegalReferenceEntity = new EntitySchema<LegalReferenceRow>({
  name: 'legal_reference',
  tableName: 'legal_reference',
  columns: {
    id: { type: 'text', primary: true },
    law: text('law'),
    article: text('article'),
    note: text('note'),
    subject: text('subject'),
    sortNo: int('sort_no'),
    active: { type: 'boolean', name: 'active' },
    rev: int('rev'),
    updatedAt: text('updated_at'),
  },
});

export interface OpinionRow {
  id: string;
  resolutionId: string;
  expertId: string;
  status: 'draft' | 'submitted';
  conclusion: string | null;
  reasoning: string;
  /** JSON arrays */
  clauses: string;
  grounds: string;
  referenceIds: string;
  citations: string;
  submittedAt: string | null;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export const OpinionEntity = new EntitySchema<OpinionRow>({
  name: 'expert_opinion',
  tableName: 'expert_opinion',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    expertId: text('expert_id'),
    status: text('status'),
    conclusion: nullableText('conclusion'),
    reasoning: text('reasoning'),
    clauses: text('clauses'),
    grounds: text('grounds'),
    referenceIds: text('reference_ids'),
    citations: text('citations'),
    submittedAt: nullableText('submitted_at'),
    rev: int('rev'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  },
});

export interface RulingRow {
  id: string;
  resolutionId: string;
  outcome: 'compliant' | 'objected';
  sessionId: string | null;
  /** JSON {conflict, partial, noConflict, systemNoConflict} */
  votes: string | null;
  objectionClause: string | null;
  /** JSON arrays */
  objectionGrounds: string | null;
  objectionReferenceIds: string | null;
  objectionReasoning: string | null;
  /** JSON array of written-out citations (issue 11) */
  objectionCitations: string | null;
  correctsId: string | null;
  correctionReason: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export const RulingEntity = new EntitySchema<RulingRow>({
  name: 'ruling',
  tableName: 'ruling',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    outcome: text('outcome'),
    sessionId: nullableText('session_id'),
    votes: nullableText('votes'),
    objectionClause: nullableText('objection_clause'),
    objectionGrounds: nullableText('objection_grounds'),
    objectionReferenceIds: nullableText('objection_reference_ids'),
    objectionReasoning: nullableText('objection_reasoning'),
    objectionCitations: nullableText('objection_citations'),
    correctsId: nullableText('corrects_id'),
    correctionReason: nullableText('correction_reason'),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name'),
    recordedAt: text('recorded_at'),
  },
});

export interface CouncilLetterRow {
  id: string;
  resolutionId: string;
  kind: 'objection' | 'compliance';
  rulingId: string | null;
  letterRef: string | null;
  outgoingNumber: string;
  letterDate: string;
  councilReceivedDate: string | null;
  recordedBy: string;
  recordedByName: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export const CouncilLetterEntity = new EntitySchema<CouncilLetterRow>({
  name: 'council_letter',
  tableName: 'council_letter',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    kind: text('kind'),
    rulingId: nullableText('ruling_id'),
    letterRef: nullableText('letter_ref'),
    outgoingNumber: text('outgoing_number'),
    letterDate: text('letter_date'),
    councilReceivedDate: nullableText('council_received_date'),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name'),
    rev: int('rev'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  },
});

export interface CouncilAnswerRow {
  id: string;
  resolutionId: string;
  letterId: string | null;
  answer: 'amend' | 'repeal' | 'insist';
  answerDate: string;
  answerNumber: string;
  note: string;
  amendedResolutionId: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export const CouncilAnswerEntity = new EntitySchema<CouncilAnswerRow>({
  name: 'council_answer',
  tableName: 'council_answer',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    letterId: nullableText('letter_id'),
    answer: text('answer'),
    answerDate: text('answer_date'),
    answerNumber: text('answer_number'),
    note: text('note'),
    amendedResolutionId: nullableText('amended_resolution_id'),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name'),
    recordedAt: text('recorded_at'),
  },
});

export interface BoardReferralRow {
  id: string;
  resolutionId: string;
  cause: 'insist' | 'no_answer';
  boardLevel: 'county' | 'province' | 'central';
  boardName: string;
  referralDate: string;
  referralNumber: string;
  decision: 'upheld' | 'annulled' | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionNote: string | null;
  recordedBy: string;
  recordedByName: string;
  rev: number;
  createdAt: string;
  updatedAt: string;
}

export const BoardReferralEntity = new EntitySchema<BoardReferralRow>({
  name: 'board_referral',
  tableName: 'board_referral',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    cause: text('cause'),
    boardLevel: text('board_level'),
    boardName: text('board_name'),
    referralDate: text('referral_date'),
    referralNumber: text('referral_number'),
    decision: nullableText('decision'),
    decisionNumber: nullableText('decision_number'),
    decisionDate: nullableText('decision_date'),
    decisionNote: nullableText('decision_note'),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name'),
    rev: int('rev'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at'),
  },
});

export interface CourtRulingRow {
  id: string;
  resolutionId: string;
  rulingNumber: string;
  rulingDate: string;
  note: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export const CourtRulingEntity = new EntitySchema<CourtRulingRow>({
  name: 'court_ruling',
  tableName: 'court_ruling',
  columns: {
    id: { type: 'text', primary: true },
    resolutionId: text('resolution_id'),
    rulingNumber: text('ruling_number'),
    rulingDate: text('ruling_date'),
    note: text('note'),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name'),
    recordedAt: text('recorded_at'),
  },
});

export const REVIEW_ENTITIES: EntitySchema[] = [
  LegalReferenceEntity,
  OpinionEntity,
  RulingEntity,
  CouncilLetterEntity,
  CouncilAnswerEntity,
  BoardReferralEntity,
  CourtRulingEntity,
] as EntitySchema[];
