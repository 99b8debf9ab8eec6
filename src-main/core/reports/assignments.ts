// The experts' assignments made in the period, counted in SQL by the rules of tallyAssignments
// (shared/reports/people.ts): an assignment is an assign or reassign audit event (found through
// the partial index audit_expert, migration 0021) of a resolution that passes the filters; an
// expert replaced before giving an opinion is not held to that assignment; the opinion's day is
// the Tehran day of the expert's first submitted opinion on the resolution.
import type { EntityManager } from 'typeorm';
import { addDays, type IsoDate } from '../../../shared/dates/jalali';
import type { AssignmentTally } from '../../../shared/reports/facts';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import type { ReportFilters } from '../../../shared/reports/schema';
import { councilJoin, TEHRAN_DAY, where } from './sql';

/** An assignment comes after receipt and before the objection deadline: this reaches far enough back. */
const ASSIGNMENT_LOOKBACK_DAYS = 60;

/** `x` one row per expert (assigned, submitted, on time, overdue); `d` the days to an opinion as a histogram. */
interface Row {
  k: 'x' | 'd';
  id: string | null;
  name: string | null;
  n0: number;
  n1: number | null;
  n2: number | null;
  n3: number | null;
}

/** ?1 receipt from, ?2 to, ?3 period from, ?4 today; the filters from ?5 */
function statement(f: ReportFilters): { sql: string; params: unknown[] } {
  const w = where(f, 5);
  const sql = `WITH e AS MATERIALIZED (
            SELECT a.seq, a.entity_id AS rid, json_extract(a.after, '$.assignedExpertId') AS xid,
                   json_extract(a.after, '$.dueDate') AS due, ${TEHRAN_DAY('a.at')} AS ad
              FROM resolution r${councilJoin(f)}
              JOIN audit_event a INDEXED BY audit_expert
                ON a.entity_id = r.id AND a.action IN ('assign_expert', 'reassign_expert')
             WHERE r.receipt_date >= ?1 AND r.receipt_date <= ?2${w.sql}),
          l AS MATERIALIZED (SELECT rid, xid, max(seq) FROM e GROUP BY rid),
          c AS MATERIALIZED (
            SELECT e.xid, e.ad, coalesce(e.due, e.ad) AS due,
                   (SELECT ${TEHRAN_DAY('min(o.submitted_at)')} FROM expert_opinion o
                     WHERE o.resolution_id = e.rid AND o.expert_id = e.xid AND o.status = 'submitted') AS sub,
                   l.xid IS e.xid AS last
              FROM e JOIN l ON l.rid = e.rid
             WHERE e.ad >= ?3 AND e.ad <= ?2)
     SELECT 'x' AS k, c.xid AS id, u.full_name AS name, count(*) AS n0, sum(c.sub IS NOT NULL) AS n1,
            sum(c.sub IS NOT NULL AND c.sub <= c.due) AS n2, sum(c.sub IS NULL AND ?4 > c.due) AS n3
       FROM c LEFT JOIN app_user u ON u.id = c.xid WHERE c.sub IS NOT NULL OR c.last GROUP BY c.xid
     UNION ALL
     SELECT 'd', c.xid, NULL, CAST(round(julianday(c.sub) - julianday(c.ad)) AS INTEGER), count(*), NULL, NULL
       FROM c WHERE c.sub IS NOT NULL GROUP BY 2, 4`;
  return { sql, params: w.params };
}

export async function readAssignments(
  m: EntityManager,
  p: ResolvedPeriod,
  f: ReportFilters,
  asOf: IsoDate,
): Promise<AssignmentTally[]> {
  const s = statement(f);
  const rows: Row[] = await m.query(s.sql, [
    addDays(p.from, -ASSIGNMENT_LOOKBACK_DAYS),
    p.to,
    p.from,
    asOf,
    ...s.params,
  ]);
  const out = new Map<string | null, AssignmentTally>();
  for (const r of rows.filter((r) => r.k === 'x'))
    out.set(r.id, {
      expertId: r.id as string,
      expertName: r.name ?? (r.id as string),
      assigned: r.n0,
      submitted: r.n1 ?? 0,
      onTime: r.n2 ?? 0,
      overdue: r.n3 ?? 0,
      days: [],
    });
  for (const r of rows.filter((r) => r.k === 'd')) out.get(r.id)?.days.push({ days: r.n0, n: r.n1 ?? 0 });
  return [...out.values()];
}
