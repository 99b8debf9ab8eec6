// Issue 14 items 4 and 5: letters offices issue to councils, as delivered in the council portal
// (posted when the server took the office's push; opened by the council, or deemed delivered after
// the policy's days), and the councils' answers to objections given in the portal. Add-only.
import { dialectMigrations } from './dialectMigration';
import type { Dialect } from './database';

function councilLetters(dialect: Dialect): string[] {
  const seq =
    dialect === 'postgres' ? 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
  return [
    // fed_rev: the rev last written to the office's feed (0: not yet; -1: the council had no
    // portal account when the letter was posted, so it went on paper and is not in the portal)
    `CREATE TABLE council_letter_delivery (
      office_id TEXT NOT NULL REFERENCES office(id),
      letter_id TEXT NOT NULL,
      council_id TEXT NOT NULL,
      posted_at TEXT NOT NULL,
      deemed_at TEXT,
      opened_at TEXT,
      opened_by TEXT,
      rev INTEGER NOT NULL DEFAULT 1,
      fed_rev INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (office_id, letter_id)
    )`,
    'CREATE INDEX council_letter_delivery_council ON council_letter_delivery (office_id, council_id, posted_at)',
    'CREATE INDEX council_letter_delivery_unfed ON council_letter_delivery (posted_at) WHERE fed_rev = 0',
    `CREATE TABLE council_portal_answer (
      answer_seq ${seq},
      id TEXT NOT NULL UNIQUE,
      receipt_number TEXT NOT NULL UNIQUE,
      office_id TEXT NOT NULL REFERENCES office(id),
      council_id TEXT NOT NULL,
      letter_id TEXT NOT NULL,
      resolution_id TEXT NOT NULL,
      account_id TEXT NOT NULL REFERENCES council_account(id),
      answered_at TEXT NOT NULL,
      data TEXT NOT NULL,
      pdf_sha256 TEXT REFERENCES blob(sha256),
      UNIQUE (office_id, letter_id)
    )`,
  ];
}

const migrations = dialectMigrations('ServerCouncilLetters', 1765300000001, councilLetters);
export const ServerCouncilLettersPostgres1765300000001 = migrations.postgres;
export const ServerCouncilLettersSqlite1765300000001 = migrations.sqlite;
