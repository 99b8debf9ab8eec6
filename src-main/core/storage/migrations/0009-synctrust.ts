import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 16, sync trusted:
// - sync_setaside: a pulled change that could not be applied (a unique name taken, data this
//   version cannot read) is kept here with its reason instead of failing its page forever; the
//   rest of the page applies and the cursor moves on. It is tried again at every pull.
// - the audit chain's anchor as the ministry server last acknowledged it (head hash and count),
//   so a chain cut behind it is reported even if the whole file was rewritten.
export class SyncTrust1796200000009 implements MigrationInterface {
  name = 'SyncTrust1796200000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE sync_setaside (
      entity TEXT NOT NULL,
      id TEXT NOT NULL,
      rev INTEGER NOT NULL,
      scope TEXT NOT NULL,
      data TEXT NOT NULL,
      reason TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (entity, id)
    )`);
    await q.query(`ALTER TABLE sync_state ADD COLUMN audit_anchor_head TEXT`);
    await q.query(`ALTER TABLE sync_state ADD COLUMN audit_anchor_count INTEGER`);
    await q.query(`ALTER TABLE sync_state ADD COLUMN audit_anchor_at TEXT`);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
