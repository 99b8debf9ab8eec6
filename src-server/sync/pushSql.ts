// The SQL of a transaction that applies pushes (one office's, or several offices' at once: every
// key carries its office's token), for each database. On PostgreSQL every statement has one text
// whatever it holds (lists go as array parameters), so it is prepared once per connection and a
// push costs PostgreSQL no parsing or planning (measured: they were a third of its work under
// load). SQLite asks the same questions with VALUES lists.
import type { Statement, Tx } from '../db/database';
import type { Dialect } from '../db/database';
import { insertMany, params } from '../db/sql';
import { tokenOfficeSql } from '../http/auth';

/** A record a push needs: `asked` is the changeId that carries it, '' when only its parent. */
export interface LookupKey {
  /** the hash of the pushing office's token */
  token: string;
  asked: string;
  entity: string;
  id: string;
}

/** An attachment a push's records name. */
export interface BlobKey {
  token: string;
  sha256: string;
}

// SQLite: rows of a VALUES list per statement (its parameter limit)
const ROWS_PER_QUERY = 1000;

// each key's office is its token's, so one statement serves the pushes of many offices
const LOOKUP_COLUMNS = `v.token, v.asked, v.entity, v.id, r.rev, r.change_id,
       CASE WHEN v.asked <> '' THEN r.data END AS data, a.outcome, a.code, a.reason,
       a.entity AS a_entity, a.record_id AS a_record_id, a.rev AS a_rev, a.digest AS a_digest`;

/**
 * Statements that read `rows` as a relation `v` of `columns` (text): on PostgreSQL one, from an
 * array per column (prepared: its text never varies); on SQLite a VALUES list, in chunks. None for
 * no rows.
 */
export function overRows(
  dialect: Dialect,
  columns: string[],
  rows: string[][],
  select: (v: string) => string,
): Statement[] {
  if (!rows.length) return [];
  const names = columns.join(', ');
  if (dialect === 'postgres') {
    const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
    return [
      {
        prepare: true,
        sql: select(`unnest(${arrays}) AS v (${names})`),
        params: columns.map((_, i) => rows.map((r) => r[i])),
      },
    ];
  }
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_QUERY) {
    const part = rows.slice(i, i + ROWS_PER_QUERY);
    const values = part.map((_, j) => `(${params(j * columns.length + 1, columns.length)})`).join(', ');
    out.push({ sql: `WITH v (${names}) AS (VALUES ${values}) ${select('v')}`, params: part.flat() });
  }
  return out;
}

/**
 * The first statements of a transaction that applies the pushes of `tokens` (distinct): the locks
 * of their offices (PostgreSQL, in one order for every transaction, so two cannot deadlock; SQLite
 * has one writer), each token's office, what the server holds for each key (its record, and what
 * its changeId did the first time), and which of the named attachments each office has sent. The
 * locks are their own statement so that the reads after them see what held them before committed.
 */
export function beginStatements(dialect: Dialect, tokens: string[], keys: LookupKey[], blobs: BlobKey[]) {
  return {
    lock:
      dialect === 'postgres'
        ? [
            {
              prepare: true,
              // the same key as tx.lock(`office:${id}`) (enrollment takes it too); a volatile
              // function in the select list runs after ORDER BY, so the locks go in office order
              sql: `SELECT pg_advisory_xact_lock(hashtextextended('office:' || office_id, 0)) FROM access_token
                     WHERE token_hash = ANY($1::text[]) AND revoked_at IS NULL ORDER BY office_id`,
              params: [tokens],
            },
          ]
        : [],
    tokens: overRows(
      dialect,
      ['token'],
      tokens.map((t) => [t]),
      (v) => tokenOfficeSql(`IN (SELECT token FROM ${v})`, 't.token_hash, '),
    ),
    lookups: overRows(
      dialect,
      ['token', 'asked', 'entity', 'id'],
      keys.map((k) => [k.token, k.asked, k.entity, k.id]),
      // records are the office's own (issue 16 item 9): another office's id is another record
      (v) => `SELECT ${LOOKUP_COLUMNS} FROM ${v}
        LEFT JOIN access_token t ON t.token_hash = v.token AND t.revoked_at IS NULL
        LEFT JOIN sync_record r ON r.office_id = t.office_id AND r.entity = v.entity AND r.id = v.id
        LEFT JOIN applied_change a ON a.office_id = t.office_id AND a.change_id = v.asked`,
    ),
    blobs: overRows(
      dialect,
      ['token', 'sha256'],
      blobs.map((b) => [b.token, b.sha256]),
      (v) => `SELECT v.token, b.sha256 FROM ${v}
        JOIN access_token t ON t.token_hash = v.token AND t.revoked_at IS NULL
        JOIN blob_owner b ON b.office_id = t.office_id AND b.sha256 = v.sha256`,
    ),
  } satisfies Record<string, Statement[]>;
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
  // keyed by office: one office's id never lands on (or blocks) another's record
  conflict: `ON CONFLICT (office_id, entity, id) DO UPDATE SET rev = excluded.rev, change_id = excluded.change_id,
    data = excluded.data, updated_at = excluded.updated_at`,
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
    ['digest', 'text'],
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

// a letter to a council, posted in its portal at the push that first brought it (issue 14 item 4)
const DELIVERIES: Table = {
  name: 'council_letter_delivery',
  columns: [
    ['office_id', 'text'],
    ['letter_id', 'text'],
    ['council_id', 'text'],
    ['posted_at', 'text'],
  ],
  conflict: 'ON CONFLICT (office_id, letter_id) DO NOTHING',
};

/** A transaction's rows, each in its table's column order. */
export interface Writes {
  records: unknown[][];
  applied: unknown[][];
  letters: unknown[][];
  deliveries: unknown[][];
  /** [last_push_at, office id] of each office that pushed */
  offices: [string, string][];
}

const WRITTEN: [keyof Omit<Writes, 'offices'>, Table][] = [
  ['records', RECORDS],
  ['applied', APPLIED],
  ['letters', LETTERS],
  ['deliveries', DELIVERIES],
];

/**
 * PostgreSQL: every table's rows, one array per column, in one statement (data-modifying WITH
 * clauses, each inserting from unnest), with the offices' last pushes as its last two arrays.
 */
const PG_WRITE = (() => {
  let n = 0;
  const parts = WRITTEN.map(([, t], i) => {
    const arrays = t.columns.map(([, type]) => `$${++n}::${type}[]`).join(', ');
    return `w${i} AS (INSERT INTO ${t.name} (${t.columns.map(([c]) => c).join(', ')})
      SELECT * FROM unnest(${arrays}) ${t.conflict})`;
  });
  return `WITH ${parts.join(',\n')}
UPDATE office SET last_push_at = v.at FROM unnest($${n + 1}::text[], $${n + 2}::text[]) AS v (at, id) WHERE office.id = v.id`;
})();

/**
 * A transaction's writes. On PostgreSQL they are one prepared statement sent with the COMMIT, so a
 * transaction costs two round trips however many pushes and records it carries; SQLite runs them
 * one by one.
 */
export async function writeBatch(tx: Tx, dialect: Dialect, w: Writes) {
  if (dialect === 'postgres') {
    const columns = WRITTEN.flatMap(([key, t]) => t.columns.map((_, i) => w[key].map((row) => row[i])));
    const offices = [w.offices.map((o) => o[0]), w.offices.map((o) => o[1])];
    tx.atCommit({ prepare: true, sql: PG_WRITE, params: [...columns, ...offices] });
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
  for (const office of w.offices) await tx.query('UPDATE office SET last_push_at = $1 WHERE id = $2', office);
}
