// The plain rows every report figure is computed from (issue 12). The office core reads them
// from SQLite and the ministry server will read them from PostgreSQL; the definitions in this
// folder turn them into figures, so both count the same way. Dates are calendar dates
// ('YYYY-MM-DD', the legal day in Tehran); an instant is turned into its Tehran day by the reader.
import type { IsoDate } from '../dates/jalali';

export type RulingOutcome = 'compliant' | 'objected';
export type CouncilAnswerKind = 'amend' | 'repeal' | 'insist';
export type BoardDecision = 'upheld' | 'annulled';

/** One resolution received in the period, with what has happened to it so far. */
export interface ResolutionFact {
  id: string;
  title: string;
  incomingNumber: string;
  councilId: string;
  /** «شورای اسلامی شهر کرمان» */
  councilName: string;
  councilKind: string;
  category: string;
  status: string;
  approvalDate: IsoDate;
  receiptDate: IsoDate;
  /** the panel's window, fixed at receipt (null only for rows older than the deadline policy) */
  objectionDeadline: IsoDate | null;
  /** the day the panel first ruled (a correction keeps the original act's day) */
  rulingDate: IsoDate | null;
  /** the ruling in force: a correction's outcome replaces the one it corrects */
  rulingOutcome: RulingOutcome | null;
  /** the grounds of the objection in force (codes of shared/domain/objectionGrounds) */
  grounds: string[];
  /** the day the council received the objection letter (its 10-day clock starts) */
  objectionReceivedDate: IsoDate | null;
  answer: CouncilAnswerKind | null;
  answerDate: IsoDate | null;
  referralDate: IsoDate | null;
  decision: BoardDecision | null;
  decisionDate: IsoDate | null;
}

/**
 * An objection whose council clock or board referral has an event in the period: the council
 * received the objection letter, answered it, its answer window closed, it was referred, or the
 * board decided or its window closed. Each event counts in the period of its own date, whenever
 * the resolution itself was received.
 */
export interface ObjectionFact {
  resolutionId: string;
  councilId: string;
  councilName: string;
  councilKind: string;
  objectionReceivedDate: IsoDate | null;
  answer: CouncilAnswerKind | null;
  answerDate: IsoDate | null;
  referralDate: IsoDate | null;
  decision: BoardDecision | null;
  decisionDate: IsoDate | null;
}

/** A resolution received in the period with a financial side (issue 12, "Financial resolutions"). */
export interface FinancialFact {
  id: string;
  title: string;
  incomingNumber: string;
  councilName: string;
  category: string;
  receiptDate: IsoDate;
  kind: string;
  amountRials: number | null;
  budgetYear: number | null;
  budgetLine: string | null;
  projectDurationMonths: number | null;
  projectCostRials: number | null;
  /** the ruling in force, if the panel has ruled */
  rulingOutcome: RulingOutcome | null;
}

/** A member's presence or absence at a closed session held in the period. */
export interface AttendanceFact {
  sessionId: string;
  memberId: string;
  memberName: string;
  present: boolean;
}

/** A finding recorded at a session held in the period. */
export interface FindingFact {
  memberId: string;
  memberName: string;
  resolutionId: string;
  finding: 'no_conflict' | 'conflict' | 'partial_conflict';
  /** 'system': the member was silent and the policy counted it as «عدم مغایرت سیستمی» */
  source: 'member' | 'system';
  /** the Tehran day the finding was recorded */
  recordedDate: IsoDate;
  /** the member's deadline for this resolution (shared/deadlines memberFindingDeadline) */
  deadline: IsoDate;
  /** the panel's ruling in force on the resolution, if it has one */
  finalOutcome: RulingOutcome | null;
}

/**
 * A member's findings at the sessions held in the period, counted: what the member figures use.
 * The office counts them in SQL over the whole year's findings; `tallyFindings` (people.ts)
 * counts them from FindingFacts the same way.
 */
export interface FindingTally {
  memberId: string;
  memberName: string;
  /** the member's own findings (source 'member') */
  findings: number;
  /** own findings recorded on or before the member's deadline */
  onTime: number;
  /** findings the system recorded for the member's silence (source 'system') */
  silent: number;
  /** own findings on a resolution with a ruling in force */
  comparable: number;
  /** of those, the ones pointing the same way as the ruling (agreesWithRuling) */
  agreed: number;
}

/** A resolution given to an advisory expert on a day in the period. */
export interface AssignmentFact {
  resolutionId: string;
  expertId: string;
  expertName: string;
  assignedDate: IsoDate;
  /** the opinion's deadline as it was set at assignment */
  dueDate: IsoDate;
  /** the Tehran day the opinion was submitted, or null */
  submittedDate: IsoDate | null;
}

/**
 * An expert's assignments made in the period, counted: what the expert figures use. The office
 * counts them in SQL; `tallyAssignments` (people.ts) counts them from AssignmentFacts the same way.
 */
export interface AssignmentTally {
  expertId: string;
  expertName: string;
  assigned: number;
  /** opinions given (any day) */
  submitted: number;
  /** of those, given on or before the due date */
  onTime: number;
  /** no opinion and the due date has passed */
  overdue: number;
  /** days from assignment to opinion, each value with how many opinions took it */
  days: { days: number; n: number }[];
}

/** The people a report names even when they did nothing in the period. */
export interface PersonFact {
  id: string;
  name: string;
}
