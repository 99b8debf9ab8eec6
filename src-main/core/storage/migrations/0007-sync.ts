import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installOutboxTriggers, seedOutbox, type OutboxTable } from '../outbox';

// Issue 5: sync with the ministry server. The outbox is filled by triggers on the synced tables,
// in the transaction of each change (DESIGN.md §2, §7), so no service writes it and none can
// forget it. The tables are listed here as they were when this migration shipped (a later table
// gets its triggers from a later migration); src-main/core/sync/tables.ts must agree, which a test
// checks. Records written before this migration are queued once.
const TABLES: OutboxTable[] = [
  { entity: 'office', table: 'office', rev: 'rev', describe: 'name' },
  { entity: 'council', table: 'council', rev: 'rev', describe: 'name' },
  {
    entity: 'resolution',
    table: 'resolution',
    rev: 'rev',
    children: [
      { table: 'resolution_body', parentKey: 'resolution_id', field: 'text', orderBy: 'resolution_id', value: 'text' },
      { table: 'attachment', parentKey: 'resolution_id', field: 'attachments', orderBy: 'created_at, id' },
    ],
    describe: 'title',
  },
  {
    entity: 'panel_session',
    table: 'panel_session',
    rev: 'rev',
    children: [{ table: 'session_attendance', parentKey: 'session_id', field: 'attendance', orderBy: 'member_id' }],
    describe: 'date',
  },
  { entity: 'session_item', table: 'session_item', rev: 'rev', describe: 'id' },
  { entity: 'session_finding', table: 'session_finding', rev: 'rev', describe: 'id' },
  { entity: 'expert_opinion', table: 'expert_opinion', rev: 'rev', when: `NEW.status = 'submitted'`, describe: 'id' },
  { entity: 'ruling', table: 'ruling', rev: null, describe: 'id' },
  { entity: 'council_letter', table: 'council_letter', rev: 'rev', describe: 'id' },
  { entity: 'council_answer', table: 'council_answer', rev: null, describe: 'id' },
  { entity: 'board_referral', table: 'board_referral', rev: 'rev', describe: 'id' },
  { entity: 'court_ruling', table: 'court_ruling', rev: null, describe: 'id' },
  { entity: 'letter', table: 'letter', rev: 'rev', when: `NEW.status <> 'draft'`, describe: 'id' },
  { entity: 'letter_copy', table: 'letter_copy', rev: null, describe: 'id' },
];

export class Sync1763856000007 implements MigrationInterface {
  name = 'Sync1763856000007';

  async up(q: QueryRunner): Promise<void> {
    // Where the office is enrolled, its token, the pull cursor and the last run's outcome.
    await q.query(`CREATE TABLE sync_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      server_url TEXT,
      token TEXT,
      server_office_id TEXT,
      server_office_code TEXT,
      server_office_name TEXT,
      server_province TEXT,
      server_county TEXT,
      enrolled_at TEXT,
      enrolled_by TEXT,
      cursor TEXT NOT NULL DEFAULT '',
      last_attempt_at TEXT,
      last_success_at TEXT,
      last_error TEXT,
      last_error_at TEXT,
      last_pushed INTEGER NOT NULL DEFAULT 0,
      last_pulled INTEGER NOT NULL DEFAULT 0
    )`);
    await q.query(`INSERT INTO sync_state (id) VALUES (1)`);

    // One row per record waiting to be pushed. change_id is given when a push first carries the
    // record and kept until the server answers, so a resent batch is recognized; a rejection
    // stays here with the server's reason until the record changes again or someone retries.
    await q.query(`CREATE TABLE sync_outbox (
      seq INTEGER PRIMARY KEY,
      entity TEXT NOT NULL,
      record_id TEXT NOT NULL,
      rev INTEGER NOT NULL,
      change_id TEXT,
      rejected_code TEXT,
      rejected_reason TEXT,
      rejected_at TEXT,
      waiting_reason TEXT,
      enqueued_at TEXT NOT NULL,
      UNIQUE (entity, record_id)
    )`);
    await q.query(`CREATE INDEX sync_outbox_pending ON sync_outbox (seq) WHERE rejected_at IS NULL`);

    // Files the server already holds, so each is uploaded once.
    await q.query(`CREATE TABLE sync_blob (
      sha256 TEXT PRIMARY KEY,
      uploaded_at TEXT NOT NULL
    )`);

    // Every reference record pulled from the ministry, as received (the applied copies live in
    // their own tables); also where a newer server's entities wait for a newer app.
    await q.query(`CREATE TABLE sync_reference (
      entity TEXT NOT NULL,
      id TEXT NOT NULL,
      rev INTEGER NOT NULL,
      scope TEXT NOT NULL,
      data TEXT NOT NULL,
      local_id TEXT,
      received_at TEXT NOT NULL,
      PRIMARY KEY (entity, id)
    )`);

    await installOutboxTriggers(q, TABLES);
    await seedOutbox(q, TABLES);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}

export const SYNC_0007_TABLES = TABLES.map((t) => t.table);
