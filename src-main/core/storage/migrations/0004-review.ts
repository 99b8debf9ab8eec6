import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEGAL_REFERENCES } from '../../../../shared/domain/legalReferences';

const immutable = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} is immutable'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} is immutable'); END`,
];

// Issue 3: expert review, the panel's rulings and what follows an objection. Rulings, council
// answers and court rulings are immutable (DESIGN.md §2): triggers refuse UPDATE and DELETE, so a
// correction can only be a new record that points to the one it corrects. A submitted opinion and
// a recorded board decision are frozen the same way. List columns hold JSON arrays.
//
// The legal-reference catalog is a table, not only shipped data: it is national reference data
// that sync updates (DESIGN.md §7), and opinions and rulings cite its ids. The shipped seed is
// inserted here under stable ids that the ministry's updates reuse.
export class Review1763856000004 implements MigrationInterface {
  name = 'Review1763856000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE legal_reference (
      id TEXT PRIMARY KEY,
      law TEXT NOT NULL,
      article TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      subject TEXT NOT NULL DEFAULT '',
      sort_no INTEGER NOT NULL DEFAULT 0,
      active INTEGER NOT NULL DEFAULT 1,
      rev INTEGER NOT NULL DEFAULT 1,
      updated_at TEXT NOT NULL
    )`);
    const now = new Date().toISOString();
    for (const [i, r] of LEGAL_REFERENCES.entries()) {
      await q.query(
        `INSERT OR IGNORE INTO legal_reference (id, law, article, note, subject, sort_no, active, rev, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?)`,
        [r.id, r.law, r.article, r.note, r.subject, (i + 1) * 10, now],
      );
    }

    await q.query(`CREATE TABLE expert_opinion (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      expert_id TEXT NOT NULL REFERENCES app_user(id),
      status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
      conclusion TEXT CHECK (conclusion IN ('no_conflict', 'conflict', 'partial_conflict')),
      reasoning TEXT NOT NULL DEFAULT '',
      clauses TEXT NOT NULL DEFAULT '[]',
      grounds TEXT NOT NULL DEFAULT '[]',
      reference_ids TEXT NOT NULL DEFAULT '[]',
      submitted_at TEXT,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX expert_opinion_resolution ON expert_opinion (resolution_id, status)`);
    // one draft per expert and resolution: saving again updates it
    await q.query(`CREATE UNIQUE INDEX expert_opinion_draft ON expert_opinion (resolution_id, expert_id)
      WHERE status = 'draft'`);
    await q.query(`CREATE TRIGGER expert_opinion_submitted_frozen BEFORE UPDATE ON expert_opinion
      WHEN OLD.status = 'submitted' BEGIN SELECT RAISE(ABORT, 'a submitted opinion is immutable'); END`);
    await q.query(`CREATE TRIGGER expert_opinion_submitted_kept BEFORE DELETE ON expert_opinion
      WHEN OLD.status = 'submitted' BEGIN SELECT RAISE(ABORT, 'a submitted opinion is immutable'); END`);

    await q.query(`CREATE TABLE ruling (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      outcome TEXT NOT NULL CHECK (outcome IN ('compliant', 'objected')),
      session_id TEXT,
      votes TEXT,
      objection_clause TEXT,
      objection_grounds TEXT,
      objection_reference_ids TEXT,
      objection_reasoning TEXT,
      corrects_id TEXT REFERENCES ruling(id),
      correction_reason TEXT,
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      CHECK (outcome = 'compliant' OR objection_clause IS NOT NULL),
      CHECK (corrects_id IS NULL OR correction_reason IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX ruling_resolution ON ruling (resolution_id, recorded_at)`);
    // a ruling is corrected at most once; a further correction corrects the correction
    await q.query(`CREATE UNIQUE INDEX ruling_corrects ON ruling (corrects_id) WHERE corrects_id IS NOT NULL`);
    await q.query(`CREATE INDEX ruling_session ON ruling (session_id) WHERE session_id IS NOT NULL`);
    for (const sql of immutable('ruling')) await q.query(sql);

    await q.query(`CREATE TABLE council_letter (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      kind TEXT NOT NULL CHECK (kind IN ('objection', 'compliance')),
      ruling_id TEXT REFERENCES ruling(id),
      letter_ref TEXT,
      outgoing_number TEXT NOT NULL,
      letter_date TEXT NOT NULL,
      council_received_date TEXT,
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX council_letter_resolution ON council_letter (resolution_id, kind)`);
    await q.query(`CREATE INDEX council_letter_ref ON council_letter (letter_ref) WHERE letter_ref IS NOT NULL`);

    await q.query(`CREATE TABLE council_answer (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL UNIQUE REFERENCES resolution(id),
      letter_id TEXT REFERENCES council_letter(id),
      answer TEXT NOT NULL CHECK (answer IN ('amend', 'repeal', 'insist')),
      answer_date TEXT NOT NULL,
      answer_number TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      amended_resolution_id TEXT REFERENCES resolution(id),
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    )`);
    for (const sql of immutable('council_answer')) await q.query(sql);

    await q.query(`CREATE TABLE board_referral (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL UNIQUE REFERENCES resolution(id),
      cause TEXT NOT NULL CHECK (cause IN ('insist', 'no_answer')),
      board_level TEXT NOT NULL CHECK (board_level IN ('county', 'province', 'central')),
      board_name TEXT NOT NULL,
      referral_date TEXT NOT NULL,
      referral_number TEXT NOT NULL DEFAULT '',
      decision TEXT CHECK (decision IN ('upheld', 'annulled')),
      decision_number TEXT,
      decision_date TEXT,
      decision_note TEXT,
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE TRIGGER board_referral_decided BEFORE UPDATE ON board_referral
      WHEN OLD.decision IS NOT NULL BEGIN SELECT RAISE(ABORT, 'a board decision is immutable'); END`);
    await q.query(`CREATE TRIGGER board_referral_kept BEFORE DELETE ON board_referral
      BEGIN SELECT RAISE(ABORT, 'a board referral is kept'); END`);

    await q.query(`CREATE TABLE court_ruling (
      id TEXT PRIMARY KEY,
      resolution_id TEXT NOT NULL REFERENCES resolution(id),
      ruling_number TEXT NOT NULL,
      ruling_date TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      recorded_by TEXT NOT NULL,
      recorded_by_name TEXT NOT NULL,
      recorded_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX court_ruling_resolution ON court_ruling (resolution_id)`);
    for (const sql of immutable('court_ruling')) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
