// The resolutions received in the period, counted in SQL (issue 12): compliance with the panel's
// window, the outcomes and the councils' sending, with exactly the meanings of the definitions in
// shared/reports (clock.ts, compliance.ts, outcomes.ts, councils.ts), which count the same from
// one row per resolution. A year at 200,000 resolutions is some 40,000 of them: one statement
// reads each once (the range of resolution_receipt, its first ruling and the ruling in force by
// ruling_resolution) into a materialized table, and its arms group that table: per council and
// category, the days to ruling and of sending as histograms (for the median), the pending by
// deadline band, the objections' grounds and what followed them, and the two named lists.
import type { EntityManager } from 'typeorm';
import { addDays, type IsoDate } from '../../../shared/dates/jalali';
import { AWAITING_PANEL } from '../../../shared/reports/clock';
import { LIST_LIMIT } from '../../../shared/reports/compliance';
import { LATE_SENDING_DAYS } from '../../../shared/reports/councils';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import type { ReportFilters } from '../../../shared/reports/schema';
import { councilJoin, inForceOf, TEHRAN_DAY, where } from './sql';

const AWAITING = AWAITING_PANEL.map((s) => `'${s}'`).join(', ');
const DAYS = (a: string, b: string) => `CAST(round(julianday(${a}) - julianday(${b})) AS INTEGER)`;

/** One row of the statement's arms: `k` names the arm, `a` and `b` its keys, n0… its counts. */
export interface Grouped {
  k: 'c' | 's' | 'r' | 'b' | 'g' | 'o' | 'L' | 'P';
  a: string | null;
  b: string | null;
  n0: number | null;
  n1: number | null;
  n2: number | null;
  n3: number | null;
  n4: number | null;
  n5: number | null;
  n6: number | null;
  n7: number | null;
}

const arm = (k: string, a: string, b: string, ns: string[], rest: string) =>
  `SELECT '${k}' AS k, ${a} AS a, ${b} AS b, ${Array.from({ length: 8 }, (_, i) => `${ns[i] ?? 'NULL'} AS n${i}`).join(', ')} ${rest}`;

/** The resolutions named in a list (lapsed, pending), nearest deadline first, as compliance.ts orders them. */
const list = (k: string, cond: string) =>
  `SELECT * FROM (${arm(
    k,
    'q.rid',
    'json_array(r.title, r.incoming_number, r.council_id, q.rd, q.dl)',
    [],
    `FROM q CROSS JOIN resolution r ON r.id = q.rid WHERE ${cond}
      ORDER BY coalesce(q.dl, '9999'), q.rd, q.rowNo LIMIT ${LIST_LIMIT}`,
  )})`;

const LAPSED = `q.ro IS NULL AND q.st = 'enforceable_by_lapse'`;
const PENDING = `q.ro IS NULL AND q.st IN (${AWAITING})`;

/** The statement's arms, by the figures they serve. */
export type Arm = Grouped['k'];
/**
 * Which arms each report needs: the compliance its totals, the days to ruling, the bands and the
 * lists; the outcomes the objections' sequels and grounds; the councils the days of sending.
 */
export const ARMS_OF = {
  compliance: ['c', 'r', 'b', 'L', 'P'],
  outcomes: ['c', 'g', 'o'],
  councils: ['c', 's'],
} as const satisfies Record<string, readonly Arm[]>;

/** ?1 from, ?2 to, ?3 today, ?4 three days on, ?5 seven days on; the filters from ?6 */
function statement(f: ReportFilters, wanted: ReadonlySet<Arm>): { sql: string; params: unknown[] } {
  const w = where(f, 6);
  const arms: Record<Arm, string> = {
    c: arm(
      'c',
      'q.cid',
      'q.cat',
      [
        'count(*)',
        'sum(q.ro IS NOT NULL)',
        'sum(q.ro IS NOT NULL AND (q.dl IS NULL OR q.ro <= q.dl))',
        `sum(${LAPSED})`,
        `sum(${PENDING})`,
        `sum(q.oc = 'compliant')`,
        `sum(q.oc = 'objected')`,
        `sum(q.sd > ${LATE_SENDING_DAYS})`,
      ],
      'FROM q GROUP BY q.cid, q.cat',
    ),
    s: arm('s', 'q.cid', 'NULL', ['q.sd', 'count(*)'], 'FROM q GROUP BY q.cid, q.sd'),
    r: arm('r', 'NULL', 'NULL', [DAYS('q.ro', 'q.rd'), 'count(*)'], 'FROM q WHERE q.ro IS NOT NULL GROUP BY 4'),
    b: arm(
      'b',
      `CASE WHEN q.dl IS NULL THEN 'later' WHEN q.dl < t.today THEN 'overdue' WHEN q.dl = t.today THEN 'today'
             WHEN q.dl <= t.in3 THEN 'days1to3' WHEN q.dl <= t.in7 THEN 'days4to7' ELSE 'later' END`,
      'NULL',
      ['count(*)'],
      `FROM q CROSS JOIN bands t WHERE ${PENDING} GROUP BY 2`,
    ),
    g: arm(
      'g',
      'j.value',
      'NULL',
      ['count(*)'],
      'FROM (SELECT DISTINCT o.rid, j.value FROM o, json_each(o.grounds) j) j GROUP BY j.value',
    ),
    o: arm(
      'o',
      'NULL',
      'NULL',
      [
        `sum(o.answer = 'amend')`,
        `sum(o.answer = 'repeal' OR (o.answer IS NULL AND o.st = 'withdrawn'))`,
        `sum(o.answer = 'insist')`,
        `sum(coalesce(o.answer, '') NOT IN ('amend', 'repeal', 'insist')
              AND NOT (o.answer IS NULL AND o.st = 'withdrawn') AND o.referred IS NULL)`,
        'sum(o.referred IS NOT NULL)',
        `sum(o.referred LIKE '%|upheld')`,
        `sum(o.referred LIKE '%|annulled')`,
      ],
      'FROM o',
    ),
    L: list('L', LAPSED),
    P: list('P', PENDING),
  };
  // the objections' sequels (o) are read only for the arms that count them
  const o =
    wanted.has('g') || wanted.has('o')
      ? `, o AS MATERIALIZED (
       SELECT q.rid, q.st,
              (SELECT a.answer FROM council_answer a WHERE a.resolution_id = q.rid) AS answer,
              (SELECT b.referral_date || '|' || coalesce(b.decision, '') FROM board_referral b
                WHERE b.resolution_id = q.rid) AS referred,
              (${inForceOf(`coalesce(g.objection_grounds, '[]')`, 'q.rid')}) AS grounds
         FROM q WHERE q.oc = 'objected')`
      : '';
  // the bands' days are named in a CTE of their own, so they are the statement's ?3 to ?5 whichever arms it has
  const sql = `WITH bands(today, in3, in7) AS (SELECT ?3, ?4, ?5), q AS MATERIALIZED (
       SELECT r.id AS rid, r.row_no AS rowNo, r.council_id AS cid, r.category AS cat, r.status AS st,
              r.approval_date AS ad, r.receipt_date AS rd, r.objection_deadline AS dl,
              (SELECT ${TEHRAN_DAY('min(x.recorded_at)')} FROM ruling x WHERE x.resolution_id = r.id) AS ro,
              (${inForceOf('g.outcome')}) AS oc, ${DAYS('r.receipt_date', 'r.approval_date')} AS sd
         FROM resolution r${councilJoin(f)}
        WHERE r.receipt_date >= ?1 AND r.receipt_date <= ?2${w.sql})${o}
     ${[...wanted].map((k) => arms[k]).join('\n     UNION ALL ')}`;
  return { sql, params: w.params };
}

export async function readReceived(
  m: EntityManager,
  p: Pick<ResolvedPeriod, 'from' | 'to'>,
  f: ReportFilters,
  asOf: IsoDate,
  wanted: ReadonlySet<Arm>,
): Promise<Grouped[]> {
  if (p.from > p.to || !wanted.size) return [];
  const s = statement(f, wanted);
  return m.query(s.sql, [p.from, p.to, asOf, addDays(asOf, 3), addDays(asOf, 7), ...s.params]);
}

/**
 * The rows of several parts of a period read apart (halves of a year on two connections) as the
 * statement would give for the whole: every arm counts, so rows of the same keys add up (`s` and
 * `r` are keyed by their days too); the lists are each part's first LIST_LIMIT, in receipt order,
 * merged by deadline and receipt day (a stable sort keeps registration order within a day, since
 * a day lies in one part) and cut again.
 */
const COUNTS = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'] as const;

export function mergeReceived(parts: readonly (readonly Grouped[])[]): Grouped[] {
  if (parts.length === 1) return [...parts[0]];
  const sums = new Map<string, Grouped>();
  const lists: Grouped[] = [];
  for (const row of parts.flat()) {
    if (row.k === 'L' || row.k === 'P') {
      lists.push(row);
      continue;
    }
    // the days histograms' n0 is a key (the days), not a count
    const byDays = row.k === 's' || row.k === 'r';
    const key = [row.k, row.a, row.b, byDays ? row.n0 : ''].join('\x1f');
    const into = sums.get(key);
    if (!into) sums.set(key, { ...row });
    else for (const n of COUNTS) if (!(byDays && n === 'n0') && row[n] !== null) into[n] = (into[n] ?? 0) + row[n];
  }
  const order = (g: Grouped) => {
    const [, , , receipt, deadline] = JSON.parse(g.b as string) as [unknown, unknown, unknown, string, string | null];
    return [deadline ?? '9999', receipt] as const;
  };
  const listed = (k: 'L' | 'P') =>
    lists
      .filter((g) => g.k === k)
      .map((g) => ({ g, o: order(g) }))
      .sort((x, y) => x.o[0].localeCompare(y.o[0]) || x.o[1].localeCompare(y.o[1]))
      .slice(0, LIST_LIMIT)
      .map((x) => x.g);
  return [...sums.values(), ...listed('L'), ...listed('P')];
}
