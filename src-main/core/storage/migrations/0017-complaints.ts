import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installOutboxTriggers, type OutboxTable } from '../outbox';

// Issue 14 item 8, citizens' complaints. A complaint arrives on the pull (the ministry's public
// form) and is kept as it came: only the office's link to a resolution changes on it, locally.
// The office's answer is a record of its own (complaint_answer, id = the complaint's id), synced
// like any other, so the complainant sees it on the ministry's tracking page.
const TABLES: OutboxTable[] = [{ entity: 'complaint_answer', table: 'complaint_answer', rev: 'rev', describe: 'id' }];

export class Complaints1796500000017 implements MigrationInterface {
  name = 'Complaints1796500000017';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE complaint (
      id TEXT PRIMARY KEY,
      tracking_code TEXT NOT NULL,
      council_id TEXT REFERENCES council(id),
      council_name TEXT NOT NULL,
      resolution_number TEXT NOT NULL,
      resolution_date TEXT,
      resolution_text TEXT NOT NULL,
      grounds TEXT NOT NULL,
      complainant_name TEXT NOT NULL,
      contact TEXT NOT NULL,
      contact_kind TEXT NOT NULL CHECK (contact_kind IN ('phone', 'email')),
      file_sha256 TEXT,
      file_name TEXT,
      file_mime TEXT,
      file_size INTEGER,
      submitted_at TEXT NOT NULL,
      received_at TEXT NOT NULL,
      resolution_id TEXT REFERENCES resolution(id),
      linked_by TEXT,
      linked_at TEXT
    )`);
    await q.query('CREATE INDEX complaint_received ON complaint (received_at)');
    await q.query('CREATE INDEX complaint_resolution ON complaint (resolution_id)');
    await q.query(`CREATE TABLE complaint_answer (
      id TEXT PRIMARY KEY REFERENCES complaint(id),
      office_id TEXT NOT NULL,
      resolution_id TEXT REFERENCES resolution(id),
      answer TEXT NOT NULL,
      letter_id TEXT REFERENCES letter(id),
      answered_by TEXT NOT NULL,
      answered_by_name TEXT NOT NULL,
      answered_at TEXT NOT NULL,
      rev INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query('CREATE INDEX complaint_answer_at ON complaint_answer (answered_at)');
    await installOutboxTriggers(q, TABLES);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}

export const SYNC_0017_TABLES = TABLES.map((t) => t.table);
