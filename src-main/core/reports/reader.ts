// Reads the report figures straight from the records (the definitions of shared/reports): no
// second copy of the truth. What was received in the period (received.ts), the objections' events
// (objectionEvents.ts), the members' findings (findings.ts) and the experts' assignments
// (assignments.ts) are counted in grouped SQL; the attendance and the financial resolutions (a
// few thousand rows in a year) by the shared definitions. A report reads only what its parts
// need, on up to three connections side by side (each runs one statement at a time): what was
// received counts the two halves of the period apart on two of them (its counts add up), the
// findings follow on the second, the rest go to the third.
// Counting 40,000 resolutions as objects in JavaScript instead was measured: the main thread
// spent some 440 ms a year on it (parsing and collecting the objects), five times the SQL path.
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { addDays, diffDays, type IsoDate } from '../../../shared/dates/jalali';
import type { FinancialFact, RulingOutcome } from '../../../shared/reports/facts';
import { financialReport } from '../../../shared/reports/financial';
import { expertRows, memberRows } from '../../../shared/reports/people';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import { REPORT_PARTS, type ReportFilters, type ReportPart, type ReportResult } from '../../../shared/reports/schema';
import { assemble } from './assemble';
import { readAssignments } from './assignments';
import { readFindings } from './findings';
import { readObjectionEvents } from './objectionEvents';
import { ARMS_OF, mergeReceived, readReceived, type Arm } from './received';
import { councilJoin, councilNames, inForceOf, where } from './sql';

const IN_FORCE = inForceOf('g.outcome');

/** The financial resolutions received in the period, through the partial index resolution_financial (migration 0011). */
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

/** How many resolutions the period received under the filters, when no part reads them. */
async function receivedCount(m: EntityManager, p: ResolvedPeriod, f: ReportFilters): Promise<number> {
  const w = where(f);
  const [{ n }]: { n: number }[] = await m.query(
    `SELECT count(*) AS n FROM resolution r${councilJoin(f)} WHERE r.receipt_date >= ? AND r.receipt_date <= ?${w.sql}`,
    [p.from, p.to, ...w.params],
  );
  return n;
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

/** The period in two halves of whole days (the second empty for a single day). */
function halves(p: ResolvedPeriod): [{ from: IsoDate; to: IsoDate }, { from: IsoDate; to: IsoDate }] {
  const mid = addDays(p.from, Math.floor(diffDays(p.to, p.from) / 2));
  return [
    { from: p.from, to: mid },
    { from: addDays(mid, 1), to: p.to },
  ];
}

export type ReportSections = Omit<ReportResult, 'period' | 'asOf' | 'complaints'>;

/**
 * The asked-for parts of the period's report (all of them by default), with how many resolutions
 * it received. `on` holds up to three connections to read on side by side.
 */
export async function readReport<P extends ReportPart = ReportPart>(
  on: readonly [EntityManager, ...EntityManager[]],
  period: ResolvedPeriod,
  filters: ReportFilters,
  policy: DeadlinePolicy,
  asOf: IsoDate,
  parts: readonly P[] = REPORT_PARTS as readonly ReportPart[] as readonly P[],
): Promise<{ received: number } & Pick<ReportSections, P>> {
  const [a, b = a, c = a] = on;
  const want = new Set<ReportPart>(parts);
  const arms = new Set<Arm>(
    (['compliance', 'outcomes', 'councils'] as const).flatMap((p) => (want.has(p) ? ARMS_OF[p] : [])),
  );
  const received = arms.size > 0;
  const events = want.has('compliance') || want.has('councils');
  const members = want.has('members');
  const experts = want.has('experts');
  const none = Promise.resolve([] as never[]);
  const [first, second] = halves(period);
  const [councils, rows1, rows2, eventRows, findings, att, memberList, expertList, asg, money, count] =
    await Promise.all([
      received || events ? councilNames(c) : Promise.resolve(new Map()),
      received ? readReceived(a, first, filters, asOf, arms) : none,
      received ? readReceived(b, second, filters, asOf, arms) : none,
      events ? readObjectionEvents(c, period, filters, policy, asOf) : none,
      members ? readFindings(b, period, filters, policy) : none,
      members ? attendance(c, period) : none,
      members ? people(c, 'member') : none,
      experts ? people(c, 'expert') : none,
      experts ? readAssignments(c, period, filters, asOf) : none,
      want.has('financial') ? financial(c, period, filters) : none,
      received ? Promise.resolve(0) : receivedCount(c, period, filters),
    ]);
  const out: { received: number } & Partial<ReportSections> = { received: count };
  if (received) {
    const all = assemble(mergeReceived([rows1, rows2]), eventRows, councils, asOf);
    out.received = all.compliance.received;
    if (want.has('compliance')) out.compliance = all.compliance;
    if (want.has('outcomes')) out.outcomes = all.outcomes;
    if (want.has('councils')) out.councils = all.councils;
  }
  if (members) out.members = memberRows(memberList, att, findings);
  if (experts) out.experts = expertRows(expertList, asg);
  if (want.has('financial')) out.financial = financialReport(money);
  return out as { received: number } & Pick<ReportSections, P>;
}
