// Reads the report figures straight from the records (the definitions of shared/reports): no
// second copy of the truth. Every query starts from an index range: resolution_receipt
// (receipt_date, …) for what was received in the period, panel_session_date for its sessions,
// the date indexes of letters, answers and referrals for the councils' and boards' events;
// the rest are lookups by resolution id. A legal day of an instant is its day in Tehran
// (UTC+03:30, no daylight saving since 1401), as the lateness flag of migration 0008 computes it.
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { addDays, type IsoDate } from '../../../shared/dates/jalali';
import type { AssignmentFact, FinancialFact, FindingTally, RulingOutcome } from '../../../shared/reports/facts';
import { financialReport } from '../../../shared/reports/financial';
import { expertRows, memberRows } from '../../../shared/reports/people';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import type { ReportFilters, ReportResult } from '../../../shared/reports/schema';
import { assemble } from './assemble';
import { deadlineDays } from './deadlineDays';
import { readObjectionEvents } from './objectionEvents';
import { readReceived } from './received';
import { councilJoin, councilNames, inForceOf, TEHRAN_DAY, where } from './sql';

/** An assignment comes after receipt and before the objection deadline: this reaches far enough back. */
const ASSIGNMENT_LOOKBACK_DAYS = 60;

const IN_FORCE = inForceOf('g.outcome');

/** The period's financial resolutions, through the partial index resolution_financial (migration 0011). */
async function financial(m: EntityManager, p: ResolvedPeriod, f: ReportFilters): Promise<FinancialFact[]> {
  const w = where(f);
  const rows: (Omit<FinancialFact, 'rulingOutcome'> & { councilKind: string; inForce: string | null })[] =
    await m.query(
      `SELECT r.id, r.title, r.incoming_number AS incomingNumber, c.name AS councilName, c.kind AS councilKind,
              r.category, r.receipt_date AS receiptDate, r.financial_kind AS kind, r.amount_rials AS amountRials,
              r.budget_year AS budgetYear, r.budget_line AS budgetLine,
              r.project_duration_months AS projectDurationMonths, r.project_cost_rials AS projectCostRials,
              (${IN_FORCE}) AS inForce
         FROM resolution r INDEXED BY resolution_financial JOIN council c ON c.id = r.council_id
        WHERE r.receipt_date >= ? AND r.receipt_date <= ? AND r.financial_kind IS NOT NULL${w.sql}`,
      [p.from, p.to, ...w.params],
    );
  return rows.map(({ inForce: value, councilKind, councilName, ...r }) => ({
    ...r,
    councilName: councilDisplayName({ kind: councilKind, name: councilName }),
    rulingOutcome: value as RulingOutcome | null,
  }));
}

async function attendance(m: EntityManager, p: ResolvedPeriod) {
  const rows: { sessionId: string; memberId: string; memberName: string; present: number }[] = await m.query(
    `SELECT a.session_id AS sessionId, a.member_id AS memberId, a.full_name AS memberName, a.present
       FROM panel_session s JOIN session_attendance a ON a.session_id = s.id
      WHERE s.date >= ? AND s.date <= ? AND s.status = 'closed'`,
    [p.from, p.to],
  );
  return rows.map((r) => ({ ...r, present: r.present === 1 }));
}

/**
 * The findings at the sessions held in the period, counted per member in SQL (a year is some
 * 170,000 findings at the bench's size): each agenda item's resolution is read once (its
 * receipt day's deadline, its ruling in force, the filters), then its findings are read from the
 * covering index session_finding_report (migration 0021) and summed by the rules of
 * tallyFindings (shared/reports/people.ts): on time = recorded (Tehran day) on or before the
 * member's deadline; agreement = a no-conflict finding with a compliant ruling or a conflict
 * finding with an objection. A finding's session is its item's. The Tehran day of an ISO instant
 * is on or before D exactly when the instant is before D at 20:30 UTC (midnight in Tehran, UTC+03:30),
 * so the instant is compared as text with that cut instead of converting 170,000 of them.
 */
async function findings(
  m: EntityManager,
  p: ResolvedPeriod,
  f: ReportFilters,
  policy: DeadlinePolicy,
): Promise<FindingTally[]> {
  const w = where(f, 4);
  const own = `f.source = 'member'`;
  const ruled = `${own} AND x.outcome IS NOT NULL`;
  return m.query(
    `WITH dl(receipt, cut) AS MATERIALIZED (SELECT key, value || 'T20:30' FROM json_each(?1)),
          x AS MATERIALIZED (
            SELECT i.id AS item, (SELECT d.cut FROM dl d WHERE d.receipt = r.receipt_date) AS cut,
                   (${inForceOf('g.outcome')}) AS outcome
              FROM panel_session s CROSS JOIN session_item i ON i.session_id = s.id
              CROSS JOIN resolution r ON r.id = i.resolution_id${councilJoin(f)}
             WHERE s.date >= ?2 AND s.date <= ?3 AND s.status <> 'cancelled'${w.sql}),
          t AS MATERIALIZED (
            SELECT f.member_id AS memberId,
                   sum(${own}) AS findings,
                   sum(${own} AND f.recorded_at < x.cut) AS onTime,
                   sum(f.source = 'system') AS silent,
                   sum(${ruled}) AS comparable,
                   sum(${ruled} AND (f.finding = 'no_conflict') = (x.outcome = 'compliant')) AS agreed
              FROM x CROSS JOIN session_finding f INDEXED BY session_finding_report ON f.item_id = x.item
             GROUP BY f.member_id)
     SELECT t.memberId, u.full_name AS memberName, t.findings, t.onTime, t.silent, t.comparable, t.agreed
       FROM t JOIN app_user u ON u.id = t.memberId ORDER BY t.memberId`,
    [await deadlineDays(m, policy, 'finding'), p.from, p.to, ...w.params],
  );
}

async function assignments(m: EntityManager, p: ResolvedPeriod, f: ReportFilters): Promise<AssignmentFact[]> {
  const w = where(f);
  const rows: (Omit<AssignmentFact, 'expertName'> & { expertName: string | null })[] = await m.query(
    `SELECT e.entity_id AS resolutionId, e.expertId, u.full_name AS expertName, e.assignedDate, e.dueDate,
            (SELECT ${TEHRAN_DAY('min(o.submitted_at)')} FROM expert_opinion o
              WHERE o.resolution_id = e.entity_id AND o.expert_id = e.expertId AND o.status = 'submitted') AS submittedDate
       FROM (SELECT a.seq, a.entity_id, json_extract(a.after, '$.assignedExpertId') AS expertId,
                    json_extract(a.after, '$.dueDate') AS dueDate, ${TEHRAN_DAY('a.at')} AS assignedDate
               FROM resolution r${councilJoin(f)}
               JOIN audit_event a INDEXED BY audit_expert
                 ON a.entity_id = r.id AND a.action IN ('assign_expert', 'reassign_expert')
              WHERE r.receipt_date >= ? AND r.receipt_date <= ?${w.sql}) e
       LEFT JOIN app_user u ON u.id = e.expertId
      ORDER BY e.seq`,
    [addDays(p.from, -ASSIGNMENT_LOOKBACK_DAYS), p.to, ...w.params],
  );
  // an expert replaced before giving an opinion is not held to that assignment
  const last = new Map(rows.map((r) => [r.resolutionId, r.expertId]));
  return rows
    .filter((r) => r.assignedDate >= p.from && r.assignedDate <= p.to)
    .filter((r) => r.submittedDate !== null || last.get(r.resolutionId) === r.expertId)
    .map((r) => ({ ...r, expertName: r.expertName ?? r.expertId, dueDate: r.dueDate ?? r.assignedDate }));
}

async function people(m: EntityManager, role: 'member' | 'expert') {
  return (await m.query(
    `SELECT id, full_name AS name FROM app_user WHERE role = ? AND active = 1 ORDER BY is_chair DESC, full_name`,
    [role],
  )) as { id: string; name: string }[];
}

/**
 * Every report of the period, counted from the records: what was received and the objections'
 * events in grouped SQL (received.ts, objectionEvents.ts), the members' findings in SQL, the
 * attendance, the experts' assignments and the financial resolutions (a few thousand rows in a
 * year) by the shared definitions.
 */
export async function readReport(
  m: EntityManager,
  period: ResolvedPeriod,
  filters: ReportFilters,
  policy: DeadlinePolicy,
  asOf: IsoDate,
): Promise<ReportResult> {
  const councils = await councilNames(m);
  const [received, events, money, att, fin, asg, members, experts] = await Promise.all([
    readReceived(m, period, filters, asOf),
    readObjectionEvents(m, period, filters, policy, asOf),
    financial(m, period, filters),
    attendance(m, period),
    findings(m, period, filters, policy),
    assignments(m, period, filters),
    people(m, 'member'),
    people(m, 'expert'),
  ]);
  const { compliance, outcomes, councils: councilRows } = assemble(received, events, councils, asOf);
  return {
    period: { from: period.from, to: period.to, label: period.label },
    asOf,
    compliance,
    outcomes,
    members: memberRows(members, att, fin),
    experts: expertRows(experts, asg, asOf),
    councils: councilRows,
    financial: financialReport(money),
  };
}
