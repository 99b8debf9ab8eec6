// The SQL of a push, for each database. On PostgreSQL every statement has one text whatever the
// batch holds (lists go as array parameters), so it is prepared once per connection and a push
// costs PostgreSQL no parsing or planning (measured: they were a third of its work under load).
// SQLite asks the same questions with VALUES and IN lists.
import type { Statement, Tx } from '../db/database';
import type { Dialect } from '../db/entities';
import { insertMany, params } from '../db/sql';
import { tokenOfficeSql } from '../http/auth';

/** A record the batch needs: `asked` is the changeId that carries it, '' when only its parent. */
export interface LookupKey {
  asked: string;
  entity: string;
  id: string;
}

// the office of the token `$1`, for statements that run before the token has been checked
const TOKEN_OFFICE_ID = '(SELECT office_id FROM access_token WHERE token_hash = $1 AND revoked_at IS NULL)';
// SQLite: rows of a VALUES list and hashes of an IN list per statement (its parameter limit)
const KEYS_PER_QUERY = 1000;
const BLOBS_PER_QUERY = 4000;

const LOOKUP_COLUMNS = `v.asked, v.entity, v.id, r.office_id, r.rev, r.change_id,
       CASE WHEN v.asked <> '' THEN r.data END AS data, a.outcome, a.code, a.reason`;
const lookupFrom = (v: string) => `FROM ${v}
  LEFT JOIN sync_record r ON r.entity = v.entity AND r.id = v.id
  LEFT JOIN applied_change a ON a.office_id = ${TOKEN_OFFICE_ID} AND a.change_id = v.asked`;

/**
 * The batch's first statements: the office's lock (PostgreSQL; SQLite has one writer), the token's
 * office, what the server holds for each key (its record, and what its changeId did the first
 * time), and which of `blobs` the office has sent. The lock is its own statement so that the reads
 * after it see what a batch that held it before committed.
 */
export function beginStatements(dialect: Dialect, tokenHash: string, keys: LookupKey[], blobs: string[]) {
  if (dialect === 'postgres') {
    return {
      lock: [
        {
          prepare: true,
          // the same key as tx.lock(`office:${id}`) (enrollment takes it too)
          sql: `SELECT pg_advisory_xact_lock(hashtextextended('office:' || office_id, 0))
                  FROM access_token WHERE token_hash = $1 AND revoked_at IS NULL`,
          params: [tokenHash],
        },
      ],
      token: { prepare: true, sql: tokenOfficeSql(1), params: [tokenHash] },
      lookups: [
        {
          prepare: true,
          sql: `SELECT ${LOOKUP_COLUMNS} ${lookupFrom('unnest($2::text[], $3::text[], $4::text[]) AS v (asked, entity, id)')}`,
          params: [tokenHash, keys.map((k) => k.asked), keys.map((k) => k.entity), keys.map((k) => k.id)],
        },
      ],
      blobs: blobs.length
        ? [
            {
              prepare: true,
              sql: `SELECT sha256 FROM blob_owner WHERE office_id = ${TOKEN_OFFICE_ID} AND sha256 = ANY($2::text[])`,
              params: [tokenHash, blobs],
            },
          ]
        : [],
    } satisfies Record<string, Statement | Statement[]>;
  }
  const lookups: Statement[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const part = keys.slice(i, i + KEYS_PER_QUERY);
    const rows = part.map((_, j) => `($${3 * j + 2}, $${3 * j + 3}, $${3 * j + 4})`).join(', ');
    lookups.push({
      sql: `WITH v (asked, entity, id) AS (VALUES ${rows}) SELECT ${LOOKUP_COLUMNS} ${lookupFrom('v')}`,
      params: [tokenHash, ...part.flatMap((k) => [k.asked, k.entity, k.id])],
    });
  }
  const blobStatements: Statement[] = [];
  for (let i = 0; i < blobs.length; i += BLOBS_PER_QUERY) {
    const part = blobs.slice(i, i + BLOBS_PER_QUERY);
    blobStatements.push({
      sql: `SELECT sha256 FROM blob_owner WHERE office_id = ${TOKEN_OFFICE_ID} AND sha256 IN (${params(2, part.length)})`,
      params: [tokenHash, ...part],
    });
  }
  return { lock: [], token: { sql: tokenOfficeSql(1), params: [tokenHash] }, lookups, blobs: blobStatements };
}

interface Table {
  name: string;
  /** column name and its PostgreSQL type */
  columns: [string, 'text' | 'int'][];
  conflict: string;
}

const RECORDS: Table = {
  name: 'sync_record',
  columns: [
    ['entity', 'text'],
    ['id', 'text'],
    ['office_id', 'text'],
    ['rev', 'int'],
    ['change_id', 'text'],
    ['data', 'text'],
    ['updated_at', 'text'],
  ],
  conflict: `ON CONFLICT (entity, id) DO UPDATE SET office_id = excluded.office_id, rev = excluded.rev,
    change_id = excluded.change_id, data = excluded.data, updated_at = excluded.updated_at`,
};

const APPLIED: Table = {
  name: 'applied_change',
  columns: [
    ['office_id', 'text'],
    ['change_id', 'text'],
    ['batch_id', 'text'],
    ['entity', 'text'],
    ['record_id', 'text'],
    ['rev', 'int'],
    ['outcome', 'text'],
    ['code', 'text'],
    ['reason', 'text'],
    ['at', 'text'],
  ],
  conflict: 'ON CONFLICT (office_id, change_id) DO NOTHING',
};

const LETTERS: Table = {
  name: 'letter_register',
  columns: [
    ['office_id', 'text'],
    ['letter_id', 'text'],
    ['number', 'text'],
    ['date', 'text'],
    ['hash', 'text'],
    ['status', 'text'],
  ],
  conflict: `ON CONFLICT (office_id, letter_id) DO UPDATE SET number = excluded.number, date = excluded.date,
    hash = excluded.hash, status = excluded.status`,
};

/** A batch's rows, each in its table's column order. */
export interface Writes {
  records: unknown[][];
  applied: unknown[][];
  letters: unknown[][];
  /** [last_push_at, office id] */
  office: [string, string];
}

const WRITTEN: [keyof Omit<Writes, 'office'>, Table][] = [
  ['records', RECORDS],
  ['applied', APPLIED],
  ['letters', LETTERS],
];

/**
 * PostgreSQL: every table's rows, one array per column, in one statement (data-modifying WITH
 * clauses, each inserting from unnest), with the office's last push as its last two parameters.
 */
const PG_WRITE = (() => {
  let n = 0;
  const parts = WRITTEN.map(([, t], i) => {
    const arrays = t.columns.map(([, type]) => `$${++n}::${type}[]`).join(', ');
    return `w${i} AS (INSERT INTO ${t.name} (${t.columns.map(([c]) => c).join(', ')})
      SELECT * FROM unnest(${arrays}) ${t.conflict})`;
  });
  return `WITH ${parts.join(',\n')}\nUPDATE office SET last_push_at = $${n + 1} WHERE id = $${n + 2}`;
})();

/**
 * A batch's writes. On PostgreSQL they are one prepared statement sent with the COMMIT, so a push
 * costs two round trips however many records it carries; SQLite runs them one by one.
 */
export async function writeBatch(tx: Tx, dialect: Dialect, w: Writes) {
  if (dialect === 'postgres') {
    const columns = WRITTEN.flatMap(([key, t]) => t.columns.map((_, i) => w[key].map((row) => row[i])));
    tx.atCommit({ prepare: true, sql: PG_WRITE, params: [...columns, ...w.office] });
    return;
  }
  for (const [key, t] of WRITTEN) {
    await insertMany(
      tx,
      t.name,
      t.columns.map(([c]) => c),
      w[key],
      t.conflict,
    );
  }
  await tx.query('UPDATE office SET last_push_at = $1 WHERE id = $2', w.office);
}
