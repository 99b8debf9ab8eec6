import type { MigrationInterface, QueryRunner } from 'typeorm';

// The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained, so an edit
// made around the triggers is still detectable by `verifyAuditChain`.
export class Audit1763856000002 implements MigrationInterface {
  name = 'Audit1763856000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_event (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      at TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      action TEXT NOT NULL,
      before TEXT,
      after TEXT,
      reason TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX audit_entity ON audit_event (entity_id, seq)`);
    await q.query(`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`);
    await q.query(`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
