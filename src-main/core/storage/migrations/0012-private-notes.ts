import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 item 4, private notes: one note per author per session item, or per session (item_id
// null). Kept in the office database so backups carry them, and deliberately given no outbox
// triggers: a member's private thoughts never go to the ministry (sync/tables.ts does not list it).
export class PrivateNotes1796300000012 implements MigrationInterface {
  name = 'PrivateNotes1796300000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE private_note (
      id TEXT PRIMARY KEY,
      author_id TEXT NOT NULL REFERENCES app_user(id),
      session_id TEXT NOT NULL REFERENCES panel_session(id),
      item_id TEXT REFERENCES session_item(id),
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    // one note per author and target; every read is by its author, so the author leads the key
    // (a session's notes: a range scan on (author_id, session_id))
    await q.query(
      `CREATE UNIQUE INDEX private_note_target ON private_note (author_id, session_id, coalesce(item_id, ''))`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
