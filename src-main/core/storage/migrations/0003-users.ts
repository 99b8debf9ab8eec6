import type { MigrationInterface, QueryRunner } from 'typeorm';

// Users and their sessions; the legal clock's columns on the resolution (kept in step by every
// transition, so the desk and the lapse check are index range scans); the deadline policy the
// ministry distributes; and a resolution link on audit events for the page's timeline.
export class Users1763856000003 implements MigrationInterface {
  name = 'Users1763856000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_user (
      id TEXT PRIMARY KEY,
      office_id TEXT NOT NULL REFERENCES office(id),
      username TEXT NOT NULL UNIQUE,
      full_name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL,
      is_chair INTEGER NOT NULL DEFAULT 0,
      active INTEGER NOT NULL DEFAULT 1,
      password_hash TEXT NOT NULL,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX app_user_role ON app_user (role, active)`);
    // only a hash of the token is kept: a stolen database file opens no session
    await q.query(`CREATE TABLE user_session (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES app_user(id),
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX user_session_user ON user_session (user_id)`);

    await q.query(`CREATE TABLE deadline_policy (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      version TEXT NOT NULL,
      body TEXT NOT NULL,
      installed_at TEXT NOT NULL
    )`);

    // objection_deadline: the panel's window, fixed at receipt. due_date/due_kind: the next
    // deadline of the current step (null when nothing is due), for the desk.
    await q.query(`ALTER TABLE resolution ADD COLUMN objection_deadline TEXT`);
    await q.query(`ALTER TABLE resolution ADD COLUMN due_date TEXT`);
    await q.query(`ALTER TABLE resolution ADD COLUMN due_kind TEXT`);
    await q.query(`ALTER TABLE resolution ADD COLUMN assigned_expert_id TEXT`);
    await q.query(`CREATE INDEX resolution_due ON resolution (due_date, due_kind) WHERE due_date IS NOT NULL`);
    await q.query(`CREATE INDEX resolution_lapse ON resolution (objection_deadline)
      WHERE status IN ('received', 'under_review', 'awaiting_ruling')`);
    await q.query(`CREATE INDEX resolution_expert ON resolution (assigned_expert_id, due_date)
      WHERE assigned_expert_id IS NOT NULL`);

    await q.query(`ALTER TABLE audit_event ADD COLUMN resolution_id TEXT`);
    await q.query(`CREATE INDEX audit_resolution ON audit_event (resolution_id, seq) WHERE resolution_id IS NOT NULL`);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
