// The monitoring figures of issue 12, defined once over plain rows (facts.ts): the office core
// and the ministry server fetch the rows and call this, so a figure means the same everywhere.
import type { DeadlinePolicy } from '../deadlines/policy';
import type { IsoDate } from '../dates/jalali';
import { complianceReport } from './compliance';
import { councilRows } from './councils';
import type {
  AssignmentFact,
  AttendanceFact,
  FinancialFact,
  FindingFact,
  FindingTally,
  ObjectionFact,
  PersonFact,
  ResolutionFact,
} from './facts';
import { financialReport } from './financial';
import { outcomesReport } from './outcomes';
import { expertRows, memberRows, tallyAssignments, tallyFindings } from './people';
import type { ResolvedPeriod } from './period';
import type { ReportResult } from './schema';

export interface ReportFacts {
  resolutions: ResolutionFact[];
  /** objections with a council or board event in the period, whenever they were received */
  objections: ObjectionFact[];
  /** the resolutions of `resolutions` that have a financial side */
  financial: FinancialFact[];
  attendance: AttendanceFact[];
  findings: FindingFact[];
  /** the findings already counted by the reader (the office counts them in SQL); else `findings` are */
  findingTallies?: FindingTally[];
  assignments: AssignmentFact[];
  members: PersonFact[];
  experts: PersonFact[];
}

export function computeReports(
  facts: ReportFacts,
  period: ResolvedPeriod,
  policy: DeadlinePolicy,
  asOf: IsoDate,
): ReportResult {
  return {
    period: { from: period.from, to: period.to, label: period.label },
    asOf,
    compliance: complianceReport(facts.resolutions, facts.objections, policy, period, asOf),
    outcomes: outcomesReport(facts.resolutions),
    members: memberRows(facts.members, facts.attendance, facts.findingTallies ?? tallyFindings(facts.findings)),
    experts: expertRows(facts.experts, tallyAssignments(facts.assignments, asOf)),
    councils: councilRows(facts.resolutions, facts.objections, policy, period, asOf),
    financial: financialReport(facts.financial),
  };
}
