// Drill-down to one office's register (issue 13 item 3), read-only: a page of the resolutions it
// received in the period, newest first, paged in SQL. One statement reads it all (the account's
// scope, the page's resolutions, their children and councils, the total): each round trip is paid
// on a busy server, and the page and its total come in order from the receipt-day index of
// migration 1765400000001, so a page costs the same in a small office and a busy one.
import { z } from 'zod';
import { resolvePeriod, type ResolvedPeriod } from '../../shared/reports/period';
import { statusLabel } from '../../shared/domain/statuses';
import type { ServerDb } from '../db/database';
import type { ConsoleAccount } from './accounts';
import { CHILD_ENTITIES, field, resolutionFact, slim } from './facts';
import { monitorQuery, periodOf } from './monitor';
import { notHere, officeIn, scopeCondition, unitIdOk, type OfficeRow } from './scope';

/** Rows on a page of the screen; the Excel export takes up to REGISTER_LIMIT at once. */
export const REGISTER_PAGE = 100;
export const REGISTER_LIMIT = 5000;

export const registerQuery = monitorQuery.extend({
  page: z.coerce.number().int('شمارهٔ صفحه عدد صحیح است.').min(1, 'شمارهٔ صفحه دست‌کم ۱ است.').max(10_000).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuery>;

type Doc = Record<string, unknown>;

interface Row {
  kind: 'office' | 'resolution' | 'child' | 'council';
  /** the office's row only: resolutions received in the period */
  total: number | string | null;
  id: string | null;
  entity: string | null;
  data: string;
}

/**
 * The statement: the office if the account may see it (else no row at all), then, only if it may,
 * the page, its children and councils. $1 office, $2 and $3 the period, $4 and $5 limit and offset,
 * $6 the account's province or county if it has one.
 */
function registerSql(dialect: ServerDb['dialect'], scope: string): string {
  const office =
    dialect === 'postgres'
      ? (cols: string) => `json_build_object(${cols})::text`
      : (cols: string) => `json_object(${cols})`;
  const fields = [
    `'id', o.id`,
    `'code', o.code`,
    `'name', o.name`,
    `'countyId', c.id`,
    `'county', c.name`,
    `'provinceId', p.id`,
    `'province', p.name`,
    `'lastPushAt', o.last_push_at`,
    `'lastPullAt', o.last_pull_at`,
    `'enrolledAt', o.enrolled_at`,
  ].join(', ');
  const inPeriod = `r.entity = 'resolution' AND r.office_id = $1 AND r.receipt_day >= $2 AND r.receipt_day <= $3`;
  const none = 'CAST(NULL AS TEXT)';
  return `
    WITH o AS (
      SELECT ${office(fields)} AS data FROM office o
        JOIN county c ON c.id = o.county_id JOIN province p ON p.id = c.province_id
       WHERE o.id = $1 AND ${scope}
    ), page AS (
      SELECT r.id, r.receipt_day, r.data FROM sync_record r
       WHERE EXISTS (SELECT 1 FROM o) AND ${inPeriod}
       ORDER BY r.receipt_day DESC, r.id DESC LIMIT $4 OFFSET $5
    )
    SELECT 'office' AS kind, (SELECT count(*) FROM sync_record r WHERE ${inPeriod}) AS total,
           ${none} AS day, ${none} AS id, ${none} AS entity, o.data FROM o
    UNION ALL
    SELECT 'resolution', NULL, r.receipt_day, r.id, ${none}, ${slim(dialect, 'r')} FROM page r
    UNION ALL
    SELECT 'child', NULL, ${none}, x.id, x.entity, ${slim(dialect, 'x')} FROM sync_record x
      JOIN page r ON ${field(dialect, 'x', 'resolutionId')} = r.id
     WHERE x.office_id = $1 AND x.entity IN ('${CHILD_ENTITIES.join("', '")}')
    UNION ALL
    SELECT 'council', NULL, ${none}, k.id, ${none}, k.data FROM sync_record k
     WHERE k.entity = 'council' AND k.office_id = $1
       AND k.id IN (SELECT ${field(dialect, 'r', 'councilId')} FROM page r)
    ORDER BY kind, day DESC, id DESC`;
}

export async function officeRegister(
  db: ServerDb,
  a: ConsoleAccount,
  officeId: string,
  q: RegisterQuery,
  pageSize = REGISTER_PAGE,
) {
  if (!unitIdOk(officeId)) throw notHere();
  let period: ResolvedPeriod;
  try {
    period = resolvePeriod(periodOf(q));
  } catch (e) {
    // an office outside the scope is refused before a bad period is: the period does not tell
    // whether the office exists
    await officeIn(db.read, a, officeId);
    throw e;
  }
  const page = q.page ?? 1;
  const scope = scopeCondition(a, 6);
  const found = await db.read.query<Row>(registerSql(db.dialect, scope.sql), [
    officeId,
    period.from,
    period.to,
    pageSize,
    (page - 1) * pageSize,
    ...scope.params,
  ]);
  const head = found.find((r) => r.kind === 'office');
  if (!head) throw notHere();
  const office = JSON.parse(head.data) as OfficeRow;
  const children = new Map<string, { entity: string; d: Doc }[]>();
  const councils = new Map<string, Doc>();
  for (const r of found) {
    const d = JSON.parse(r.data) as Doc;
    if (r.kind === 'council') councils.set(r.id!, d);
    if (r.kind !== 'child') continue;
    const list = children.get(String(d.resolutionId)) ?? [];
    list.push({ entity: r.entity!, d });
    children.set(String(d.resolutionId), list);
  }
  const rows = found
    .filter((r) => r.kind === 'resolution')
    .map((r) => JSON.parse(r.data) as Doc)
    .map((d) => resolutionFact(d, councils.get(String(d.councilId)), children.get(String(d.id)) ?? []))
    .map((f) => ({
      id: f.id,
      incomingNumber: f.incomingNumber,
      title: f.title,
      councilName: f.councilName,
      category: f.category,
      status: f.status,
      statusLabel: statusLabel(f.status),
      receiptDate: f.receiptDate,
      objectionDeadline: f.objectionDeadline,
      rulingDate: f.rulingDate,
      rulingOutcome: f.rulingOutcome,
    }));
  return { office, period, total: Number(head.total), page, pageSize, rows };
}
