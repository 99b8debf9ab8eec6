import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 3: panel sessions (schedule, agenda, attendance, members' findings), the office's own
// settings, and the indexes the desk's "waiting for me" buckets read.
export class Sessions1763856000005 implements MigrationInterface {
  name = 'Sessions1763856000005';

  async up(q: QueryRunner): Promise<void> {
    // Settings the office decides (not the ministry's deadline policy): a JSON value per key.
    await q.query(`CREATE TABLE office_setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);

    // number: the session's serial within the Jalali year of its date; a cancelled session keeps it.
    await q.query(`CREATE TABLE panel_session (
      id TEXT PRIMARY KEY,
      office_id TEXT NOT NULL REFERENCES office(id),
      year INTEGER NOT NULL,
      number INTEGER NOT NULL,
      date TEXT NOT NULL,
      time TEXT NOT NULL,
      place TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('scheduled', 'closed', 'cancelled')),
      cancel_reason TEXT,
      quorum_required INTEGER,
      attendance_recorded_at TEXT,
      closed_at TEXT,
      closed_by TEXT,
      created_by TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_id, year, number)
    )`);
    await q.query(`CREATE INDEX panel_session_status ON panel_session (status, date)`);
    await q.query(`CREATE INDEX panel_session_date ON panel_session (date)`);

    // One row per resolution per session; removing it from the agenda keeps the row (and its
    // findings) with state 'removed', so putting it back loses nothing. The tally is frozen
    // into the row when the item is ruled or the session closes.
    await q.query(`CREATE TABLE session_item (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES panel_session(id),
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      position INTEGER NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'ruled', 'carried_over', 'removed', 'dropped')),
      outcome TEXT CHECK (outcome IN ('compliant', 'objected')),
      votes_conflict INTEGER,
      votes_partial INTEGER,
      votes_no_conflict INTEGER,
      votes_system INTEGER,
      votes_missing INTEGER,
      note TEXT NOT NULL DEFAULT '',
      ruling_id TEXT,
      ruled_at TEXT,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (session_id, resolution_id)
    )`);
    await q.query(`CREATE INDEX session_item_resolution ON session_item (resolution_id, state)`);

    // Names are copied in, so the minutes of a past session stay as they were.
    await q.query(`CREATE TABLE session_attendance (
      session_id TEXT NOT NULL REFERENCES panel_session(id),
      member_id TEXT NOT NULL REFERENCES app_user(id),
      present INTEGER NOT NULL,
      full_name TEXT NOT NULL,
      title TEXT NOT NULL,
      is_chair INTEGER NOT NULL,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (session_id, member_id)
    )`);

    await q.query(`CREATE TABLE session_finding (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES panel_session(id),
      item_id TEXT NOT NULL REFERENCES session_item(id),
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      member_id TEXT NOT NULL REFERENCES app_user(id),
      finding TEXT NOT NULL CHECK (finding IN ('no_conflict', 'conflict', 'partial_conflict')),
      source TEXT NOT NULL CHECK (source IN ('member', 'system')),
      note TEXT NOT NULL DEFAULT '',
      rev INTEGER NOT NULL DEFAULT 1,
      recorded_at TEXT NOT NULL,
      UNIQUE (item_id, member_id)
    )`);
    await q.query(`CREATE INDEX session_finding_session ON session_finding (session_id)`);

    // The desk's secretary buckets: resolutions in one state, soonest panel deadline first.
    await q.query(`CREATE INDEX resolution_status_deadline ON resolution (status, objection_deadline)`);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
