import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14, the council portal: what councils submitted on the ministry server arrives on the
// office's pull (entity council_submission) into this inbox, until the secretary registers it (or
// links it to a resolution already typed by hand). A resolution registered from a submission
// carries its id (submission_id, optional on the wire), which tells the portal it is registered.
export class CouncilInbox1796500000018 implements MigrationInterface {
  name = 'CouncilInbox1796500000018';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE council_submission_inbox (
      id TEXT PRIMARY KEY,
      council_id TEXT NOT NULL REFERENCES council(id),
      receipt_number TEXT NOT NULL,
      received_at TEXT NOT NULL,
      receipt_date TEXT NOT NULL,
      number_key TEXT NOT NULL,
      approval_year INTEGER NOT NULL,
      data TEXT NOT NULL,
      pdf_sha256 TEXT NOT NULL,
      resolution_id TEXT REFERENCES resolution(id),
      arrived_at TEXT NOT NULL,
      done_at TEXT,
      done_by TEXT
    )`);
    await q.query(`CREATE INDEX council_submission_inbox_waiting ON council_submission_inbox (received_at)
      WHERE resolution_id IS NULL`);
    await q.query(`CREATE INDEX council_submission_inbox_number ON council_submission_inbox
      (council_id, number_key, approval_year)`);
    await q.query(`ALTER TABLE resolution ADD COLUMN submission_id TEXT`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
