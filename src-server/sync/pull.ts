// GET /v1/sync/pull: the office's scopes of the change feed after its cursor, in sequence order,
// as the JSON text of a PullResponse (shared/sync/protocol.ts).
// Each scope is an index range scan on (scope, seq); the pages are merged and cut at `limit`. The
// cursor is the last sequence returned, so a page is stable and a lost answer is simply asked for
// again. Feed rows are appended under one lock (admin/publish.ts), so a sequence is never
// committed after a larger one is visible: a reader cannot skip a row.
import { DEFAULT_PULL_LIMIT } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import { feedScopes, type AuthedOffice } from './office';

interface FeedRow {
  seq: string | number;
  scope: string;
  entity: string;
  id: string;
  rev: number;
  data: string;
}

/**
 * The admin's office list shows when each office last pulled; to the minute is enough, so a pull
 * writes at most once a minute per office, and without waiting for the disk (PostgreSQL's
 * asynchronous commit: a crash may lose the last minute's timestamp, never data).
 */
async function touchLastPull(db: ServerDb, office: AuthedOffice, now: string) {
  const minuteAgo = new Date(Date.parse(now) - 60_000).toISOString();
  if (office.lastPullAt && office.lastPullAt > minuteAgo) return;
  await db.tx(async (tx) => {
    if (db.dialect === 'postgres') await tx.query('SET LOCAL synchronous_commit = off');
    await tx.query('UPDATE office SET last_pull_at = $1 WHERE id = $2', [now, office.id]);
  });
}

export async function pullChanges(
  db: ServerDb,
  office: AuthedOffice,
  since: string | undefined,
  limit: number | undefined,
  now: string,
): Promise<string> {
  const n = limit ?? DEFAULT_PULL_LIMIT;
  const after = since ? Number(since) : 0;
  const scopes = feedScopes(office);
  const part = (i: number) =>
    `SELECT * FROM (SELECT seq, scope, entity, id, rev, data FROM feed
       WHERE scope = $${i + 1} AND seq > $${scopes.length + 1} ORDER BY seq LIMIT $${scopes.length + 2}) s${i}`;
  const rows = await db.read.query<FeedRow>(
    `SELECT * FROM (${scopes.map((_, i) => part(i)).join(' UNION ALL ')}) f ORDER BY seq LIMIT $${scopes.length + 2}`,
    [...scopes, after, n + 1],
  );
  const page = rows.slice(0, n);
  const last = page.length ? Number(page[page.length - 1].seq) : after;
  if (rows.length <= n) await touchLastPull(db, office, now);
  // the stored data is already JSON: spliced in as it is, not parsed and written again
  const changes = page.map(
    (r) =>
      `{"entity":${JSON.stringify(r.entity)},"id":${JSON.stringify(r.id)},"rev":${Number(r.rev)},"scope":${JSON.stringify(r.scope)},"data":${r.data}}`,
  );
  return `{"changes":[${changes.join(',')}],"cursor":"${last}","hasMore":${rows.length > n}}`;
}
