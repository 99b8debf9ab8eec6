import type { MigrationInterface, QueryRunner } from 'typeorm';

// The first schema. Shipped migrations are never edited: the schema only grows (DESIGN.md §4).
export class Init1763856000001 implements MigrationInterface {
  name = 'Init1763856000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE office (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      organisation TEXT NOT NULL,
      ministry TEXT NOT NULL,
      province TEXT NOT NULL,
      county TEXT NOT NULL,
      code TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE TABLE council (
      id TEXT PRIMARY KEY,
      office_id TEXT NOT NULL REFERENCES office(id),
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('village','district','city','county','province')),
      county TEXT NOT NULL,
      province TEXT NOT NULL,
      national_code TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX council_name ON council (name, id)`);
    await q.query(`CREATE UNIQUE INDEX council_identity ON council (office_id, kind, county, name_key)`);
    // row_no is the stable integer key of the full-text index (a plain rowid may change on VACUUM).
    await q.query(`CREATE TABLE resolution (
      row_no INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      office_id TEXT NOT NULL REFERENCES office(id),
      council_id TEXT NOT NULL REFERENCES council(id),
      council_resolution_number TEXT NOT NULL,
      number_key TEXT NOT NULL,
      council_session_number TEXT NOT NULL,
      council_session_date TEXT NOT NULL,
      approval_date TEXT NOT NULL,
      approval_year INTEGER NOT NULL,
      receipt_date TEXT NOT NULL,
      receipt_year INTEGER NOT NULL,
      incoming_number TEXT NOT NULL,
      incoming_key TEXT NOT NULL,
      title TEXT NOT NULL,
      category TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'received',
      supersedes_id TEXT REFERENCES resolution(id),
      created_by TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    // One index per register view and sort order. The query's tie-breakers follow each index's
    // columns (then the implicit row_no), so a page is read in order, never sorted; and every
    // filterable column is in each of the four main ones, so a filtered count never reads rows.
    await q.query(`CREATE INDEX resolution_receipt ON resolution (receipt_date, status, category, council_id)`);
    await q.query(`CREATE INDEX resolution_council ON resolution (council_id, receipt_date, status, category)`);
    await q.query(`CREATE INDEX resolution_status ON resolution (status, receipt_date, category, council_id)`);
    await q.query(`CREATE INDEX resolution_category ON resolution (category, receipt_date, status, council_id)`);
    await q.query(`CREATE INDEX resolution_approval ON resolution (approval_date, receipt_date)`);
    // these two also serve the duplicate checks on registration
    await q.query(`CREATE INDEX resolution_number ON resolution (number_key, receipt_date)`);
    await q.query(`CREATE INDEX resolution_incoming ON resolution (incoming_key, receipt_date)`);
    // The full text lives apart, so the register's scans and counts read narrow rows.
    await q.query(`CREATE TABLE resolution_body (
      resolution_id TEXT PRIMARY KEY REFERENCES resolution(id),
      text TEXT NOT NULL
    )`);
    await q.query(`CREATE TABLE attachment (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      sha256 TEXT NOT NULL,
      name TEXT NOT NULL,
      mime_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      created_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX attachment_resolution ON attachment (resolution_id)`);
    // Contentless: the normalized text is built in code (shared/text), which SQL cannot call.
    await q.query(`CREATE VIRTUAL TABLE resolution_fts USING fts5(
      body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    )`);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
