import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEGAL_REFERENCES_1405, RETIRED_REFERENCE_IDS } from '../../../../shared/domain/legalReferences';
import { installOutboxTriggers, type OutboxTable } from '../outbox';

// Issue 11: the legal path without dead ends.
// - Citations written out (law, article, text) beside the catalog's ids, on opinions and rulings;
//   the office's own catalog of citations it uses often; more national entries, and one seed
//   entry retired (inactive, so what cites it still reads).
// - The panel's objection (clause, grounds, citations, reasoning) drafted for an agenda item by
//   the chair or the secretary, which the item's ruling (or the session's close) records.
// - Late registration: a resolution whose objection window had passed when it was registered is
//   flagged for the desk and the register; rows already registered are flagged once (a new rev,
//   so the change is synced like any other).
// - Corrections of the registration fields: immutable records (before, after, reason, effect),
//   synced like rulings.
const TABLES: OutboxTable[] = [
  { entity: 'registration_correction', table: 'registration_correction', rev: null, describe: 'id' },
];

const immutable = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} is immutable'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} is immutable'); END`,
];

export class Legal1763856000008 implements MigrationInterface {
  name = 'Legal1763856000008';

  async up(q: QueryRunner): Promise<void> {
    const now = new Date().toISOString();

    await q.query(`ALTER TABLE expert_opinion ADD COLUMN citations TEXT NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE ruling ADD COLUMN objection_citations TEXT`);
    await q.query(`CREATE TABLE office_reference (
      id TEXT PRIMARY KEY,
      law TEXT NOT NULL,
      article TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1,
      created_by TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    for (const [i, r] of LEGAL_REFERENCES_1405.entries()) {
      await q.query(
        `INSERT OR IGNORE INTO legal_reference (id, law, article, note, subject, sort_no, active, rev, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?)`,
        [r.id, r.law, r.article, r.note, r.subject, 1000 + i * 10, now],
      );
    }
    // only where the ministry has not sent its own version of the entry
    for (const id of RETIRED_REFERENCE_IDS) {
      await q.query(`UPDATE legal_reference SET active = 0, updated_at = ? WHERE id = ? AND rev = 1`, [now, id]);
    }

    await q.query(`CREATE TABLE session_objection (
      item_id TEXT PRIMARY KEY REFERENCES session_item(id),
      session_id TEXT NOT NULL REFERENCES panel_session(id),
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      clause TEXT NOT NULL,
      grounds TEXT NOT NULL,
      reference_ids TEXT NOT NULL,
      citations TEXT NOT NULL,
      reasoning TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX session_objection_session ON session_objection (session_id)`);

    await q.query(`ALTER TABLE resolution ADD COLUMN registered_late INTEGER NOT NULL DEFAULT 0`);
    // Tehran is +03:30: the day a row was registered there, against the last day of its window
    await q.query(
      `UPDATE resolution SET registered_late = 1, rev = rev + 1, updated_at = ?
        WHERE objection_deadline IS NOT NULL AND date(created_at, '+210 minutes') > objection_deadline`,
      [now],
    );
    await q.query(`CREATE INDEX resolution_late ON resolution (receipt_date) WHERE registered_late = 1`);

    await q.query(`CREATE TABLE registration_correction (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      before TEXT NOT NULL,
      after TEXT NOT NULL,
      reason TEXT NOT NULL,
      effect TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX registration_correction_resolution ON registration_correction (resolution_id)`);
    for (const sql of immutable('registration_correction')) await q.query(sql);
    await installOutboxTriggers(q, TABLES);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}

export const SYNC_0008_TABLES = TABLES.map((t) => t.table);
