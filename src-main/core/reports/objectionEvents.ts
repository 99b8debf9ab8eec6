// Councils' answers and dispute-board referrals with an event in the period, counted in SQL
// (issue 12) with exactly the meanings of shared/reports/objections.ts (answerEvents, referrals):
// each event counts in the period of its own date, the windows are the calculator's deadlines per
// starting day (deadlineDays). The objections are found through the date indexes of migration
// 0010, as the definitions' readers find them, then counted per council and as day histograms.
import type { EntityManager } from 'typeorm';
import { addDays, type IsoDate } from '../../../shared/dates/jalali';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { objectionLookbackDays } from '../../../shared/reports/objections';
import type { ResolvedPeriod } from '../../../shared/reports/period';
import type { ReportFilters } from '../../../shared/reports/schema';
import { deadlineDays } from './deadlineDays';
import { councilJoin, where } from './sql';

/** `A` per council: answers due, in time, late, missing, insisted, waiting; `a` and `b` day histograms; `B` referrals. */
export interface EventRow {
  k: 'A' | 'a' | 'B' | 'b';
  cid: string | null;
  n0: number | null;
  n1: number | null;
  n2: number | null;
  n3: number | null;
  n4: number | null;
  n5: number | null;
}

const IN = (col: string) => `${col} >= ?1 AND ${col} <= ?2`;

/** ?1 from, ?2 to, ?3 today, ?4 lookback start, ?5 answer deadlines, ?6 board deadlines; filters from ?7 */
function statement(f: ReportFilters) {
  const w = where(f, 7);
  const answered = `(e.aa IS NOT NULL AND ${IN('e.aa')})`;
  const decided = `(e.dd IS NOT NULL AND ${IN('e.dd')})`;
  const sql = `WITH ad(d, v) AS MATERIALIZED (SELECT key, value FROM json_each(?5)),
          bd(d, v) AS MATERIALIZED (SELECT key, value FROM json_each(?6)),
          e AS MATERIALIZED (
            SELECT r.council_id AS cid, l.council_received_date AS rc, a.answer AS an, a.answer_date AS aa,
                   b.referral_date AS rf, b.decision_date AS dd,
                   (SELECT ad.v FROM ad WHERE ad.d = l.council_received_date) AS adl,
                   (SELECT bd.v FROM bd WHERE bd.d = b.referral_date) AS bdl
              FROM resolution r${councilJoin(f)}
              LEFT JOIN council_letter l ON l.resolution_id = r.id AND l.kind = 'objection'
              LEFT JOIN council_answer a ON a.resolution_id = r.id
              LEFT JOIN board_referral b ON b.resolution_id = r.id
             WHERE r.id IN (
                     SELECT resolution_id FROM council_letter
                      WHERE kind = 'objection' AND council_received_date >= ?4 AND council_received_date <= ?2
                     UNION SELECT resolution_id FROM council_answer WHERE ${IN('answer_date')}
                     UNION SELECT resolution_id FROM board_referral WHERE referral_date >= ?4 AND referral_date <= ?2
                     UNION SELECT resolution_id FROM board_referral WHERE ${IN('decision_date')})${w.sql})
     SELECT 'A' AS k, e.cid, sum(${IN('e.rc')}) AS n0, sum(${answered} AND e.aa <= e.adl) AS n1,
            sum(${answered} AND e.aa > e.adl) AS n2, sum(e.aa IS NULL AND ?3 > e.adl AND ${IN('e.adl')}) AS n3,
            sum(${answered} AND e.an = 'insist') AS n4, sum(e.aa IS NULL AND ?3 <= e.adl AND ${IN('e.rc')}) AS n5
       FROM e WHERE e.rc IS NOT NULL GROUP BY e.cid
     UNION ALL
     SELECT 'a', NULL, CAST(round(julianday(e.aa) - julianday(e.rc)) AS INTEGER), count(*), NULL, NULL, NULL, NULL
       FROM e WHERE e.rc IS NOT NULL AND ${answered} GROUP BY 3
     UNION ALL
     SELECT 'B', NULL, sum(${IN('e.rf')}), sum(${decided}), sum(${decided} AND e.dd <= e.bdl),
            sum(${decided} AND e.dd > e.bdl), sum(e.dd IS NULL AND ?3 > e.bdl AND ${IN('e.bdl')}), NULL
       FROM e WHERE e.rf IS NOT NULL
     UNION ALL
     SELECT 'b', NULL, CAST(round(julianday(e.dd) - julianday(e.rf)) AS INTEGER), count(*), NULL, NULL, NULL, NULL
       FROM e WHERE e.rf IS NOT NULL AND ${decided} GROUP BY 3`;
  return { sql, params: w.params };
}

export async function readObjectionEvents(
  m: EntityManager,
  p: ResolvedPeriod,
  f: ReportFilters,
  policy: DeadlinePolicy,
  asOf: IsoDate,
): Promise<EventRow[]> {
  const s = statement(f);
  const since = addDays(p.from, -objectionLookbackDays(policy));
  const [answers, boards] = [await deadlineDays(m, policy, 'answer'), await deadlineDays(m, policy, 'board')];
  return m.query(s.sql, [p.from, p.to, asOf, since, answers, boards, ...s.params]);
}
