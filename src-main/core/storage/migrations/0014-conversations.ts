import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15 item 5, messages between the secretariat and the panel's members. Office data, kept
// in the office database so backups carry it, and deliberately given no outbox triggers: the
// office's own correspondence never goes to the ministry (sync/tables.ts does not list these).
// - conversation: one thread per resolution, per session, or per pair of people (user_a < user_b);
//   partial unique indexes keep it one.
// - conversation_message: seq is the office-wide order of messages, so a read marker is one number;
//   notice_key makes an automatic notice (the finding-deadline reminder) post once.
// - conversation_read: per user per thread, the last seq they have seen.
export class Conversations1796300000014 implements MigrationInterface {
  name = 'Conversations1796300000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE conversation (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('resolution', 'session', 'direct')),
      resolution_id TEXT REFERENCES resolution(id),
      session_id TEXT REFERENCES panel_session(id),
      user_a TEXT REFERENCES app_user(id),
      user_b TEXT REFERENCES app_user(id),
      created_at TEXT NOT NULL,
      last_seq INTEGER NOT NULL DEFAULT 0,
      CHECK ((kind = 'resolution') = (resolution_id IS NOT NULL)),
      CHECK ((kind = 'session') = (session_id IS NOT NULL)),
      CHECK ((kind = 'direct') = (user_a IS NOT NULL AND user_b IS NOT NULL AND user_a < user_b))
    )`);
    await q.query(
      `CREATE UNIQUE INDEX conversation_resolution ON conversation (resolution_id) WHERE kind = 'resolution'`,
    );
    await q.query(`CREATE UNIQUE INDEX conversation_session ON conversation (session_id) WHERE kind = 'session'`);
    await q.query(`CREATE UNIQUE INDEX conversation_direct ON conversation (user_a, user_b) WHERE kind = 'direct'`);
    await q.query(`CREATE INDEX conversation_direct_b ON conversation (user_b) WHERE kind = 'direct'`);
    await q.query(`CREATE TABLE conversation_message (
      id TEXT PRIMARY KEY,
      conversation_id TEXT NOT NULL REFERENCES conversation(id),
      seq INTEGER NOT NULL UNIQUE,
      author_id TEXT REFERENCES app_user(id),
      author_name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('message', 'notice')),
      notice_key TEXT UNIQUE,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX conversation_message_thread ON conversation_message (conversation_id, seq)`);
    await q.query(`CREATE TABLE conversation_read (
      conversation_id TEXT NOT NULL REFERENCES conversation(id),
      user_id TEXT NOT NULL REFERENCES app_user(id),
      last_seq INTEGER NOT NULL,
      PRIMARY KEY (user_id, conversation_id)
    )`);
  }

  async down(): Promise<void> {
    throw new Error('Schema downgrades are not supported');
  }
}
