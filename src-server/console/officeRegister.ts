// Drill-down to one office's register (issue 13 item 3), read-only: a page of the resolutions it
// received in the period, newest first, paged in SQL. Only the page's resolutions, their children
// and their councils are read (the receipt-day and parent indexes of migration 1764900000001 serve
// it: no new index), so a page costs the same in a small office and a busy one.
import { z } from 'zod';
import { resolvePeriod } from '../../shared/reports/period';
import { statusLabel } from '../../shared/domain/statuses';
import type { ServerDb } from '../db/database';
import { selectIn } from '../db/sql';
import type { ConsoleAccount } from './accounts';
import { CHILD_ENTITIES, field, resolutionFact, slim } from './facts';
import { monitorQuery, periodOf } from './monitor';
import { officeIn } from './scope';

/** Rows on a page of the screen; the Excel export takes up to REGISTER_LIMIT at once. */
export const REGISTER_PAGE = 100;
export const REGISTER_LIMIT = 5000;

export const registerQuery = monitorQuery.extend({
  page: z.coerce.number().int('شمارهٔ صفحه عدد صحیح است.').min(1, 'شمارهٔ صفحه دست‌کم ۱ است.').max(10_000).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuery>;

type Doc = Record<string, unknown>;

export async function officeRegister(
  db: ServerDb,
  a: ConsoleAccount,
  officeId: string,
  q: RegisterQuery,
  pageSize = REGISTER_PAGE,
) {
  const office = await officeIn(db.read, a, officeId);
  const period = resolvePeriod(periodOf(q));
  const page = q.page ?? 1;
  const receipt = field(db.dialect, 'r', 'receiptDate');
  const where = `r.entity = 'resolution' AND r.office_id = $1 AND ${receipt} >= $2 AND ${receipt} <= $3`;
  const [{ n }] = await db.read.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM sync_record r WHERE ${where}`,
    [office.id, period.from, period.to],
  );
  // the page's ids first, from the index alone as far as the database can; then their documents
  const ids = await db.read.query<{ id: string }>(
    `SELECT r.id FROM sync_record r WHERE ${where} ORDER BY ${receipt} DESC, r.id DESC LIMIT $4 OFFSET $5`,
    [office.id, period.from, period.to, pageSize, (page - 1) * pageSize],
  );
  const docs = await selectIn<{ data: string }>(
    db.read,
    ids.map((r) => r.id),
    [office.id],
    (p) => `SELECT ${slim(db.dialect, 'r')} AS data FROM sync_record r
             WHERE r.entity = 'resolution' AND r.office_id = $1 AND r.id IN (${p})`,
  );
  const byId = new Map(docs.map((d) => [(JSON.parse(d.data) as Doc).id as string, JSON.parse(d.data) as Doc]));
  const kids = await selectIn<{ entity: string; data: string }>(
    db.read,
    [...byId.keys()],
    [office.id],
    (p) => `SELECT x.entity, ${slim(db.dialect, 'x')} AS data FROM sync_record x
             WHERE x.office_id = $1 AND ${field(db.dialect, 'x', 'resolutionId')} IN (${p})
               AND x.entity IN ('${CHILD_ENTITIES.join("', '")}')`,
  );
  const children = new Map<string, { entity: string; d: Doc }[]>();
  for (const k of kids) {
    const d = JSON.parse(k.data) as Doc;
    const list = children.get(String(d.resolutionId)) ?? [];
    list.push({ entity: k.entity, d });
    children.set(String(d.resolutionId), list);
  }
  const councilIds = [...new Set([...byId.values()].map((d) => String(d.councilId)))];
  const councils = await selectIn<{ id: string; data: string }>(
    db.read,
    councilIds,
    [office.id],
    (p) => `SELECT id, data FROM sync_record WHERE entity = 'council' AND office_id = $1 AND id IN (${p})`,
  );
  const councilDocs = new Map(councils.map((c) => [c.id, JSON.parse(c.data) as Doc]));
  const rows = ids
    .map((r) => byId.get(r.id))
    .filter((d): d is Doc => !!d)
    .map((d) => resolutionFact(d, councilDocs.get(String(d.councilId)), children.get(String(d.id)) ?? []))
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
  return { office, period, total: Number(n), page, pageSize, rows };
}
