// Reads the report figures straight from the records (the definitions of shared/reports): no
// second copy of the truth. Every query starts from an index range: resolution_receipt
// (receipt_date, …) for what was received in the period, panel_session_date for its sessions,
// the date indexes of letters, answers and referrals for the councils' and boards' events;
// the rest are lookups by resolution id. A legal day of an instant is its day in Tehran
// (UTC+03:30, no daylight saving since 1401), as the lateness flag of migration 0008 computes it.
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import type { IsoDate } from '../../../shared/dates/jalali';
import type { FinancialFact, RulingOutcome } from '../../../shared/reports/facts';
import { financialReport } from '../../../shared/reports/financial';
import { expertRows, memberRows } from '../../../shared/reports/people';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import type { ReportFilters, ReportResult } from '../../../shared/reports/schema';
import { assemble } from './assemble';
import { readAssignments } from './assignments';
import { readFindings } from './findings';
import { readObjectionEvents } from './objectionEvents';
import { readReceived } from './received';
import { councilNames, inForceOf, where } from './sql';

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

async function people(m: EntityManager, role: 'member' | 'expert') {
  return (await m.query(
    `SELECT id, full_name AS name FROM app_user WHERE role = ? AND active = 1 ORDER BY is_chair DESC, full_name`,
    [role],
  )) as { id: string; name: string }[];
}

/**
 * Every report of the period, counted from the records in grouped SQL: what was received
 * (received.ts), the members' findings (findings.ts), the objections' events
 * (objectionEvents.ts), the experts' assignments (assignments.ts); the attendance and the
 * financial resolutions (a few thousand rows in a year) by the shared definitions. The three
 * heaviest parts run side by side, each on its own connection when `on` holds several (a
 * connection runs its statements one at a time).
 */
export async function readReport(
  on: readonly [EntityManager, ...EntityManager[]],
  period: ResolvedPeriod,
  filters: ReportFilters,
  policy: DeadlinePolicy,
  asOf: IsoDate,
): Promise<ReportResult> {
  const [a, b = a, c = a] = on;
  const [[councils, received], fin, [events, asg, money, att, members, experts]] = await Promise.all([
    Promise.all([councilNames(a), readReceived(a, period, filters, asOf)]),
    readFindings(b, period, filters, policy),
    Promise.all([
      readObjectionEvents(c, period, filters, policy, asOf),
      readAssignments(c, period, filters, asOf),
      financial(c, period, filters),
      attendance(c, period),
      people(c, 'member'),
      people(c, 'expert'),
    ]),
  ]);
  const { compliance, outcomes, councils: councilRows } = assemble(received, events, councils, asOf);
  return {
    period: { from: period.from, to: period.to, label: period.label },
    asOf,
    compliance,
    outcomes,
    members: memberRows(members, att, fin),
    experts: expertRows(experts, asg),
    councils: councilRows,
    financial: financialReport(money),
  };
}
