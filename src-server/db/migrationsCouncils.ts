// Issue 14, the council portal: council accounts (one council each, made by console accounts of
// the council's county or province), their sessions (same shape as the console's, sessions.ts),
// and what councils submit (a resolution's fields and the signed minutes' file, with the server's
// receipt instant). Add-only, like every server migration.
import { dialectMigrations } from './dialectMigration';
import type { Dialect } from './database';

/** The pushed resolution's submissionId, as SQL (also what the portal's queries use). */
export function submission(dialect: Dialect): string {
  return dialect === 'postgres' ? "(data::jsonb ->> 'submissionId')" : "json_extract(data, '$.submissionId')";
}

function councilPortal(dialect: Dialect): string[] {
  const seq =
    dialect === 'postgres' ? 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
  return [
    `CREATE TABLE council_account (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      full_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      office_id TEXT NOT NULL REFERENCES office(id),
      council_id TEXT NOT NULL,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      active INTEGER NOT NULL DEFAULT 1,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    'CREATE INDEX council_account_council ON council_account (office_id, council_id)',
    `CREATE TABLE council_session (
      id_hash TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES council_account(id),
      csrf TEXT NOT NULL,
      address TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      ended_at TEXT
    )`,
    'CREATE INDEX council_session_account ON council_session (account_id)',
    // receipt numbers run per Tehran year: 1405/000001, 1405/000002…
    `CREATE TABLE council_submission (
      receipt_seq ${seq},
      id TEXT NOT NULL UNIQUE,
      receipt_number TEXT NOT NULL UNIQUE,
      office_id TEXT NOT NULL REFERENCES office(id),
      council_id TEXT NOT NULL,
      account_id TEXT NOT NULL REFERENCES council_account(id),
      received_at TEXT NOT NULL,
      receipt_date TEXT NOT NULL,
      number_key TEXT NOT NULL,
      approval_year INTEGER NOT NULL,
      data TEXT NOT NULL,
      pdf_sha256 TEXT NOT NULL REFERENCES blob(sha256),
      UNIQUE (office_id, council_id, number_key, approval_year)
    )`,
    'CREATE INDEX council_submission_council ON council_submission (office_id, council_id, received_at)',
    // the office's resolution registered from a submission carries its id (records.ts, submissionId)
    `CREATE INDEX sync_record_submission ON sync_record (office_id, ${submission(dialect)})
       WHERE entity = 'resolution'`,
  ];
}

const migrations = dialectMigrations('ServerCouncilPortal', 1765100000001, councilPortal);
export const ServerCouncilPortalPostgres1765100000001 = migrations.postgres;
export const ServerCouncilPortalSqlite1765100000001 = migrations.sqlite;
