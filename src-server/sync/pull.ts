// GET /v1/sync/pull: the office's scopes of the change feed after its cursor, in sequence order,
// as the JSON text of a PullResponse (shared/sync/protocol.ts).
// Each scope is an index range scan on (scope, seq); the pages are merged and cut at `limit`. The
// cursor is the last sequence returned, so a page is stable and a lost answer is simply asked for
// again. Feed rows are appended under one lock (admin/publish.ts), so a sequence is never
// committed after a larger one is visible: a reader cannot skip a row.
// On PostgreSQL a pull is one prepared statement: the token's office and its page of the feed.
import { DEFAULT_PULL_LIMIT, scopeOf } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import { authorize, tokenOfficeSql, type TokenRow } from '../http/auth';
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
async function touchLastPull(db: ServerDb, office: AuthedOffice, now: string, version: string | null) {
  const minuteAgo = new Date(Date.parse(now) - 60_000).toISOString();
  const newVersion = version !== null && version !== office.appVersion;
  if (office.lastPullAt && office.lastPullAt > minuteAgo && !newVersion) return;
  // one round trip on PostgreSQL: BEGIN, both statements and COMMIT in one message
  await db.tx(async (tx) => {
    if (db.dialect === 'postgres') tx.atCommit({ sql: 'SET LOCAL synchronous_commit = off' });
    tx.atCommit({
      sql: 'UPDATE office SET last_pull_at = $1, app_version = coalesce($3, app_version) WHERE id = $2',
      params: [now, office.id, version],
    });
  });
}

/** One scope's rows after the cursor `$after`, at most `$limit` of them (an index range scan). */
const part = (i: number, scope: string, after: string, limit: string) =>
  `SELECT * FROM (SELECT seq, scope, entity, id, rev, data FROM feed
     WHERE scope = ${scope} AND seq > ${after} ORDER BY seq LIMIT ${limit}) s${i}`;

/** SQLite: the token's office, then the feed after `after` in its scopes. */
async function readSeparately(db: ServerDb, tokenHash: string, after: number, n: number) {
  const [row] = await db.read.query<TokenRow>(tokenOfficeSql('= $1'), [tokenHash]);
  const office = authorize(row, 'sync:pull');
  const scopes = feedScopes(office);
  const rows = await db.read.query<FeedRow>(
    `SELECT * FROM (${scopes.map((_, i) => part(i, `$${i + 3}`, '$1', '$2')).join(' UNION ALL ')}) f ORDER BY seq LIMIT $2`,
    [after, n + 1, ...scopes],
  );
  return { office, rows };
}

// PostgreSQL: the same, in one statement. The scopes are feedScopes' (national, the office's
// province, the office itself), built from the office row with scopeOf's prefixes ($4–$6).
const PG_PULL = `WITH o AS (${tokenOfficeSql('= $1')})
  SELECT o.*, f.seq, f.scope, f.entity, f.id AS record_id, f.rev, f.data
    FROM o LEFT JOIN LATERAL (
      SELECT * FROM (${[
        part(0, '$4', '$2', '$3'),
        part(1, '$5 || o.province', '$2', '$3'),
        part(2, '$6 || o.id', '$2', '$3'),
      ].join(' UNION ALL ')}) u
       ORDER BY seq LIMIT $3) f ON true
   ORDER BY f.seq`;
const SCOPE_PREFIXES = [scopeOf.national, scopeOf.province(''), scopeOf.office('')];

async function readTogether(db: ServerDb, tokenHash: string, after: number, n: number) {
  const rows = await db.read.query<TokenRow & Omit<FeedRow, 'id' | 'seq'> & { seq: string | null; record_id: string }>(
    PG_PULL,
    [tokenHash, after, n + 1, ...SCOPE_PREFIXES],
    { prepare: true },
  );
  const office = authorize(rows[0], 'sync:pull');
  const feed: FeedRow[] = [];
  for (const r of rows) {
    if (r.seq !== null)
      feed.push({ seq: r.seq, scope: r.scope, entity: r.entity, id: r.record_id, rev: r.rev, data: r.data });
  }
  return { office, rows: feed };
}

/** The page after `since` for the holder of the token whose hash is `tokenHash` (401/403 when it may not pull). */
export async function pullChanges(
  db: ServerDb,
  tokenHash: string,
  since: string | undefined,
  limit: number | undefined,
  now: string,
  /** the office app's version from the request (x-tatbiq-version), if it sent a well-formed one */
  version: string | null = null,
): Promise<string> {
  const n = limit ?? DEFAULT_PULL_LIMIT;
  const after = since ? Number(since) : 0;
  const { office, rows } =
    db.dialect === 'postgres'
      ? await readTogether(db, tokenHash, after, n)
      : await readSeparately(db, tokenHash, after, n);
  const page = rows.slice(0, n);
  const last = page.length ? Number(page[page.length - 1].seq) : after;
  if (rows.length <= n) await touchLastPull(db, office, now, version);
  // the stored data is already JSON: spliced in as it is, not parsed and written again
  const changes = page.map(
    (r) =>
      `{"entity":${JSON.stringify(r.entity)},"id":${JSON.stringify(r.id)},"rev":${Number(r.rev)},"scope":${JSON.stringify(r.scope)},"data":${r.data}}`,
  );
  return `{"changes":[${changes.join(',')}],"cursor":"${last}","hasMore":${rows.length > n}}`;
}
