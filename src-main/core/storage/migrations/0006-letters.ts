import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 4: official letters. One table is both the drafts and the outgoing register (دفتر
// اندیکاتور): issuing gives a draft its (year, serial), unique per office, and freezes it —
// triggers refuse any change to an issued letter's content and any deletion, so a voided letter
// keeps its number and a reprint is a new row in letter_copy. Templates the office edited
// override the shipped ones; the signing certificate (a password-protected PKCS#12) is kept
// here rather than in the blob store, which syncs.
export class Letters1763856000006 implements MigrationInterface {
  name = 'Letters1763856000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE letter (
      id TEXT PRIMARY KEY,
      office_id TEXT NOT NULL REFERENCES office(id),
      kind TEXT NOT NULL CHECK (kind IN ('objection', 'compliance_notice', 'board_referral', 'council_reminder',
        'session_minutes', 'free')),
      status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'voided')),
      resolution_id TEXT REFERENCES resolution(id),
      session_id TEXT REFERENCES panel_session(id),
      council_id TEXT REFERENCES council(id),
      year INTEGER,
      serial INTEGER,
      number TEXT,
      number_key TEXT,
      letter_date TEXT,
      recipient TEXT NOT NULL,
      subject TEXT NOT NULL,
      salutation TEXT NOT NULL,
      body TEXT NOT NULL,
      closing TEXT NOT NULL,
      attachments TEXT NOT NULL,
      copies TEXT NOT NULL DEFAULT '[]',
      signatory_name TEXT NOT NULL,
      signatory_title TEXT NOT NULL,
      letterhead TEXT,
      content_hash TEXT,
      pdf_sha256 TEXT,
      pdf_pages INTEGER,
      signed INTEGER NOT NULL DEFAULT 0,
      certificate_subject TEXT,
      print_count INTEGER NOT NULL DEFAULT 0,
      void_reason TEXT,
      voided_at TEXT,
      voided_by TEXT,
      voided_by_name TEXT,
      issued_at TEXT,
      issued_by TEXT,
      issued_by_name TEXT,
      search_key TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_by_name TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (office_id, year, serial),
      CHECK (status = 'draft' OR (year IS NOT NULL AND serial IS NOT NULL AND number IS NOT NULL
        AND letter_date IS NOT NULL AND content_hash IS NOT NULL AND pdf_sha256 IS NOT NULL)),
      CHECK (status <> 'voided' OR void_reason IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX letter_register ON letter (year, serial) WHERE serial IS NOT NULL`);
    await q.query(`CREATE INDEX letter_date ON letter (letter_date, serial)`);
    await q.query(`CREATE INDEX letter_status ON letter (status, created_at)`);
    await q.query(`CREATE INDEX letter_resolution ON letter (resolution_id) WHERE resolution_id IS NOT NULL`);
    await q.query(`CREATE INDEX letter_session ON letter (session_id) WHERE session_id IS NOT NULL`);
    await q.query(`CREATE INDEX letter_number_key ON letter (number_key) WHERE number_key IS NOT NULL`);
    await q.query(`CREATE INDEX letter_pdf ON letter (pdf_sha256) WHERE pdf_sha256 IS NOT NULL`);

    // An issued letter is immutable: only voiding it, counting its prints and its rev may change.
    await q.query(`CREATE TRIGGER letter_issued_frozen BEFORE UPDATE ON letter
      WHEN OLD.status <> 'draft' AND (
        NEW.kind IS NOT OLD.kind OR NEW.year IS NOT OLD.year OR NEW.serial IS NOT OLD.serial
        OR NEW.number IS NOT OLD.number OR NEW.letter_date IS NOT OLD.letter_date
        OR NEW.recipient IS NOT OLD.recipient OR NEW.subject IS NOT OLD.subject
        OR NEW.salutation IS NOT OLD.salutation OR NEW.body IS NOT OLD.body OR NEW.closing IS NOT OLD.closing
        OR NEW.attachments IS NOT OLD.attachments OR NEW.copies IS NOT OLD.copies
        OR NEW.signatory_name IS NOT OLD.signatory_name OR NEW.signatory_title IS NOT OLD.signatory_title
        OR NEW.letterhead IS NOT OLD.letterhead OR NEW.content_hash IS NOT OLD.content_hash
        OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.signed IS NOT OLD.signed
        OR NEW.resolution_id IS NOT OLD.resolution_id OR NEW.issued_at IS NOT OLD.issued_at
        OR (OLD.status = 'voided' AND (NEW.status IS NOT OLD.status OR NEW.void_reason IS NOT OLD.void_reason))
        OR NEW.status = 'draft')
      BEGIN SELECT RAISE(ABORT, 'an issued letter is immutable'); END`);
    await q.query(`CREATE TRIGGER letter_issued_kept BEFORE DELETE ON letter
      WHEN OLD.status <> 'draft' BEGIN SELECT RAISE(ABORT, 'an issued letter is kept'); END`);

    await q.query(`CREATE TABLE letter_copy (
      id TEXT PRIMARY KEY,
      letter_id TEXT NOT NULL REFERENCES letter(id),
      copy_no INTEGER NOT NULL,
      pdf_sha256 TEXT NOT NULL,
      printed_at TEXT NOT NULL,
      printed_by TEXT NOT NULL,
      printed_by_name TEXT NOT NULL,
      UNIQUE (letter_id, copy_no)
    )`);
    await q.query(`CREATE INDEX letter_copy_pdf ON letter_copy (pdf_sha256)`);

    await q.query(`CREATE TABLE letter_template (
      kind TEXT PRIMARY KEY,
      recipient TEXT NOT NULL,
      subject TEXT NOT NULL,
      salutation TEXT NOT NULL,
      body TEXT NOT NULL,
      closing TEXT NOT NULL,
      attachments TEXT NOT NULL,
      copies TEXT NOT NULL,
      rev INTEGER NOT NULL DEFAULT 1,
      updated_by TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);

    await q.query(`CREATE TABLE signing_certificate (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      p12 BLOB NOT NULL,
      subject TEXT NOT NULL,
      issuer TEXT NOT NULL,
      serial_number TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      valid_to TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      imported_by TEXT NOT NULL,
      imported_at TEXT NOT NULL
    )`);
  }

  async down(): Promise<void> {
    throw new Error('Tatbiq schemas only grow; migrations are not reverted.');
  }
}
