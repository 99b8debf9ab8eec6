// The members' findings at the sessions held in the period, counted by the rules of tallyFindings
// (shared/reports/people.ts): on time = recorded (Tehran day) on or before the member's deadline;
// agreement = a no-conflict finding with a compliant ruling or a conflict finding with an
// objection. A year is some 34,000 agenda items and 170,000 findings at the bench's size.
//
// Grouping 170,000 findings by member makes SQLite sort them all. Instead each agenda item's
// findings are written as one short text (its ruling in force, then member and three digits per
// finding, from the covering index session_finding_report, in its order) and the items are
// grouped by that text: a year's items fall into a few hundred patterns, decoded and summed here.
import type { EntityManager } from 'typeorm';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import type { FindingTally } from '../../../shared/reports/facts';
import type { IsoDate } from '../../../shared/dates/jalali';
import type { ReportFilters } from '../../../shared/reports/schema';
import { emptyFindingTally } from '../../../shared/reports/people';
import { entryOf } from '../../../shared/reports/stats';
import { deadlineDays } from './deadlineDays';
import { councilJoin, inForceOf, where } from './sql';

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * ?1 the finding deadlines, ?2 from, ?3 to; the filters from ?4. An item's pattern is its ruling
 * in force, then per finding its member and three digits: own (not the system's), no conflict,
 * recorded on time. The Tehran day of an ISO instant is on or before D exactly when the instant
 * is before D at 20:30 UTC (midnight in Tehran, UTC+03:30), so the instant is compared as text
 * with that cut instead of converting 170,000 of them. A finding's session is its item's.
 */
function statement(f: ReportFilters): { sql: string; params: unknown[] } {
  const w = where(f, 4);
  const digits = `(f.source = 'member') || (f.finding = 'no_conflict') || (f.recorded_at < x.cut)`;
  const sql = `WITH dl(receipt, cut) AS MATERIALIZED (SELECT key, value || 'T20:30' FROM json_each(?1)),
          x AS MATERIALIZED (
            SELECT i.id AS item, (SELECT d.cut FROM dl d WHERE d.receipt = r.receipt_date) AS cut,
                   (${inForceOf('g.outcome')}) AS outcome
              FROM panel_session s CROSS JOIN session_item i ON i.session_id = s.id
              CROSS JOIN resolution r ON r.id = i.resolution_id${councilJoin(f)}
             WHERE s.date >= ?2 AND s.date <= ?3 AND s.status <> 'cancelled'${w.sql}),
          p AS (
            SELECT coalesce(x.outcome, '') || '${FIELD}' ||
                   (SELECT group_concat(f.member_id || ${digits}, '${RECORD}')
                      FROM session_finding f INDEXED BY session_finding_report WHERE f.item_id = x.item) AS pattern
              FROM x)
     SELECT pattern, count(*) AS n FROM p WHERE pattern IS NOT NULL GROUP BY pattern`;
  return { sql, params: w.params };
}

/**
 * Adds one pattern's findings, `n` items of it, to the members' tallies (tallyFindings' rules). A
 * finding's member is a user of this office; one who is not has no name and is not counted.
 */
function count(out: Map<string, FindingTally>, names: Map<string, string>, pattern: string, n: number) {
  const [outcome, findings] = pattern.split(FIELD);
  for (const record of findings.split(RECORD)) {
    const memberId = record.slice(0, -3);
    const name = names.get(memberId);
    if (name === undefined) continue;
    const t = entryOf(out, memberId, () => emptyFindingTally(memberId, name));
    if (record[record.length - 3] === '0') {
      t.silent += n;
      continue;
    }
    t.findings += n;
    if (record[record.length - 1] === '1') t.onTime += n;
    if (outcome === '') continue;
    t.comparable += n;
    if ((record[record.length - 2] === '1') === (outcome === 'compliant')) t.agreed += n;
  }
}

/**
 * The members' tallies of the findings at the sessions held from `from` to `to`. (Splitting the
 * period over two connections was measured: no faster, twice the CPU. The statement allocates a
 * text per finding, and SQLite's allocator, counting its memory under one global lock, makes two
 * such statements wait on each other.)
 */
export async function readFindings(
  m: EntityManager,
  range: { from: IsoDate; to: IsoDate },
  f: ReportFilters,
  policy: DeadlinePolicy,
): Promise<FindingTally[]> {
  const s = statement(f);
  const [patterns, users]: [{ pattern: string; n: number }[], { id: string; name: string }[]] = await Promise.all([
    m.query(s.sql, [await deadlineDays(m, policy, 'finding'), range.from, range.to, ...s.params]),
    m.query('SELECT id, full_name AS name FROM app_user'),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const out = new Map<string, FindingTally>();
  for (const { pattern, n } of patterns) count(out, names, pattern, n);
  return [...out.values()].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
}
