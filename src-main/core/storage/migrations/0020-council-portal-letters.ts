import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14 items 4 and 5: letters to councils delivered in the council portal (pulled, entity
// council_letter_delivery: posted, opened, deemed delivered) and the councils' answers given there
// (pulled, entity council_portal_answer), which the lifecycle records as the council's answer.
export class CouncilPortalLetters1796500000020 implements MigrationInterface {
  name = 'CouncilPortalLetters1796500000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE portal_delivery (
      letter_id TEXT PRIMARY KEY,
      council_id TEXT NOT NULL,
      posted_at TEXT NOT NULL,
      deemed_at TEXT NOT NULL,
      opened_at TEXT,
      opened_by TEXT,
      rev INTEGER NOT NULL,
      applied_date TEXT,
      arrived_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX portal_delivery_unapplied ON portal_delivery (deemed_at) WHERE applied_date IS NULL`);
    await q.query(`CREATE TABLE portal_answer (
      id TEXT PRIMARY KEY,
      letter_id TEXT NOT NULL,
      resolution_id TEXT NOT NULL,
      data TEXT NOT NULL,
      pdf_sha256 TEXT,
      arrived_at TEXT NOT NULL,
      answer_id TEXT,
      recorded_at TEXT,
      problem TEXT
    )`);
    await q.query(`CREATE INDEX portal_answer_waiting ON portal_answer (arrived_at) WHERE answer_id IS NULL`);
    await q.query(`CREATE INDEX portal_answer_resolution ON portal_answer (resolution_id)`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
