// The server's migrations, for PostgreSQL and for the embedded SQLite default. One DDL per version,
// written once; only a few column types differ, so each version has one class per database built
// from the same text. Shipped migrations are never edited: the schema only grows.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Dialect } from './database';
import { ServerCouncilPortalPostgres1765100000001, ServerCouncilPortalSqlite1765100000001 } from './migrationsCouncils';
import { ServerComplaintsPostgres1765200000001, ServerComplaintsSqlite1765200000001 } from './complaintsMigration';
import {
  ServerCouncilLettersPostgres1765300000001,
  ServerCouncilLettersSqlite1765300000001,
} from './councilLettersMigration';
import { ServerReceiptDayPostgres1765400000001, ServerReceiptDaySqlite1765400000001 } from './receiptDayMigration';

interface Types {
  /** the change feed's ever-increasing sequence */
  seq: string;
  bytes: string;
}

const TYPES: Record<Dialect, Types> = {
  postgres: { seq: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', bytes: 'BYTEA' },
  sqlite: { seq: 'INTEGER PRIMARY KEY AUTOINCREMENT', bytes: 'BLOB' },
};

function init(t: Types): string[] {
  return [
    `CREATE TABLE province (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE county (
      id TEXT PRIMARY KEY,
      province_id TEXT NOT NULL REFERENCES province(id),
      name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (province_id, name)
    )`,
    `CREATE TABLE office (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      county_id TEXT NOT NULL REFERENCES county(id),
      client_office_id TEXT UNIQUE,
      enrolled_at TEXT,
      last_push_at TEXT,
      last_pull_at TEXT,
      created_at TEXT NOT NULL
    )`,
    // only hashes of codes and tokens are kept: a copy of this database enrolls no one
    `CREATE TABLE enrollment_code (
      code_hash TEXT PRIMARY KEY,
      office_id TEXT NOT NULL REFERENCES office(id),
      hint TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      revoked_at TEXT
    )`,
    `CREATE INDEX enrollment_code_office ON enrollment_code (office_id)`,
    `CREATE TABLE access_token (
      token_hash TEXT PRIMARY KEY,
      office_id TEXT NOT NULL REFERENCES office(id),
      scopes TEXT NOT NULL,
      client TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    )`,
    `CREATE INDEX access_token_office ON access_token (office_id)`,
    // every record an office pushed, as its latest version (one writer per record)
    `CREATE TABLE sync_record (
      entity TEXT NOT NULL,
      id TEXT NOT NULL,
      office_id TEXT NOT NULL REFERENCES office(id),
      rev INTEGER NOT NULL,
      change_id TEXT NOT NULL,
      data TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (entity, id)
    )`,
    `CREATE INDEX sync_record_office ON sync_record (office_id, entity)`,
    // what each changeId did, so a repeated batch has the effect of one
    `CREATE TABLE applied_change (
      office_id TEXT NOT NULL,
      change_id TEXT NOT NULL,
      batch_id TEXT NOT NULL,
      entity TEXT NOT NULL,
      record_id TEXT NOT NULL,
      rev INTEGER NOT NULL,
      outcome TEXT NOT NULL,
      code TEXT,
      reason TEXT,
      at TEXT NOT NULL,
      PRIMARY KEY (office_id, change_id)
    )`,
    // the change feed offices pull: append-only, read by scope in sequence order
    `CREATE TABLE feed (
      seq ${t.seq},
      scope TEXT NOT NULL,
      entity TEXT NOT NULL,
      id TEXT NOT NULL,
      rev INTEGER NOT NULL,
      data TEXT NOT NULL,
      at TEXT NOT NULL
    )`,
    `CREATE INDEX feed_scope_seq ON feed (scope, seq)`,
    // the latest published version of each reference record (what the admin publishes next from)
    `CREATE TABLE reference_record (
      entity TEXT NOT NULL,
      id TEXT NOT NULL,
      scope TEXT NOT NULL,
      rev INTEGER NOT NULL,
      data TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (entity, id)
    )`,
    `CREATE TABLE blob (
      sha256 TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      data ${t.bytes} NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE blob_owner (
      sha256 TEXT NOT NULL REFERENCES blob(sha256),
      office_id TEXT NOT NULL REFERENCES office(id),
      PRIMARY KEY (sha256, office_id)
    )`,
    `CREATE TABLE letter_register (
      office_id TEXT NOT NULL REFERENCES office(id),
      letter_id TEXT NOT NULL,
      number TEXT NOT NULL,
      date TEXT NOT NULL,
      hash TEXT NOT NULL,
      status TEXT NOT NULL,
      PRIMARY KEY (office_id, letter_id)
    )`,
    `CREATE INDEX letter_register_hash ON letter_register (hash)`,
    `CREATE INDEX letter_register_number ON letter_register (number, date)`,
  ];
}

const NEVER_REVERTED = 'Tatbiq schemas only grow; migrations are not reverted.';

export class ServerInitPostgres1763900000001 implements MigrationInterface {
  name = 'ServerInitPostgres1763900000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of init(TYPES.postgres)) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

export class ServerInitSqlite1763900000001 implements MigrationInterface {
  name = 'ServerInitSqlite1763900000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of init(TYPES.sqlite)) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

/**
 * Issue 16: records keyed by office (one office's id never blocks another's), what each changeId
 * carried, failed enrollment attempts (throttled per address), and each office's audit-chain
 * anchor (head hash and count, which only move forward).
 */
function syncTrust(dialect: Dialect): string[] {
  const rekey =
    dialect === 'postgres'
      ? [
          'ALTER TABLE sync_record DROP CONSTRAINT sync_record_pkey',
          'ALTER TABLE sync_record ADD PRIMARY KEY (office_id, entity, id)',
        ]
      : [
          // SQLite cannot change a primary key in place: the table is rebuilt
          `CREATE TABLE sync_record_by_office (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            office_id TEXT NOT NULL REFERENCES office(id),
            rev INTEGER NOT NULL,
            change_id TEXT NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (office_id, entity, id)
          )`,
          `INSERT INTO sync_record_by_office (entity, id, office_id, rev, change_id, data, updated_at)
             SELECT entity, id, office_id, rev, change_id, data, updated_at FROM sync_record`,
          'DROP TABLE sync_record',
          'ALTER TABLE sync_record_by_office RENAME TO sync_record',
          'CREATE INDEX sync_record_office ON sync_record (office_id, entity)',
        ];
  return [
    ...rekey,
    'ALTER TABLE applied_change ADD COLUMN digest TEXT',
    `CREATE INDEX applied_change_unstorable ON applied_change (at) WHERE code = 'unstorable'`,
    `CREATE TABLE enroll_failure (
      address TEXT NOT NULL,
      at TEXT NOT NULL
    )`,
    'CREATE INDEX enroll_failure_address ON enroll_failure (address, at)',
    `CREATE TABLE audit_anchor (
      office_id TEXT PRIMARY KEY REFERENCES office(id),
      head TEXT NOT NULL,
      count INTEGER NOT NULL,
      at TEXT NOT NULL,
      flagged TEXT,
      flagged_at TEXT
    )`,
  ];
}

export class ServerSyncTrustPostgres1764700000001 implements MigrationInterface {
  name = 'ServerSyncTrustPostgres1764700000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of syncTrust('postgres')) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

export class ServerSyncTrustSqlite1764700000001 implements MigrationInterface {
  name = 'ServerSyncTrustSqlite1764700000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of syncTrust('sqlite')) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

/**
 * Issue 13: the ministry console's accounts (scoped to the country, a province or a county), their
 * sessions (only hashes of the cookie's secret) and the append-only audit of what they did.
 */
function consoleAccounts(dialect: Dialect): string[] {
  const t = TYPES[dialect];
  const appendOnly =
    dialect === 'postgres'
      ? [
          `CREATE FUNCTION console_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
             'BEGIN RAISE EXCEPTION ''console_audit is append-only''; END'`,
          `CREATE TRIGGER console_audit_frozen BEFORE UPDATE OR DELETE ON console_audit
             FOR EACH ROW EXECUTE FUNCTION console_audit_append_only()`,
        ]
      : [
          `CREATE TRIGGER console_audit_no_update BEFORE UPDATE ON console_audit
             BEGIN SELECT RAISE(ABORT, 'console_audit is append-only'); END`,
          `CREATE TRIGGER console_audit_no_delete BEFORE DELETE ON console_audit
             BEGIN SELECT RAISE(ABORT, 'console_audit is append-only'); END`,
        ];
  return [
    `CREATE TABLE console_account (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      full_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'viewer')),
      scope TEXT NOT NULL CHECK (scope IN ('ministry', 'province', 'county')),
      province_id TEXT REFERENCES province(id),
      county_id TEXT REFERENCES county(id),
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT,
      active INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE console_session (
      id_hash TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES console_account(id),
      csrf TEXT NOT NULL,
      address TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL,
      ended_at TEXT
    )`,
    'CREATE INDEX console_session_account ON console_session (account_id)',
    `CREATE TABLE console_audit (
      seq ${t.seq},
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT,
      detail TEXT NOT NULL,
      address TEXT
    )`,
    ...appendOnly,
    // the public letter check: letters by number alone (the paper shows no hash to type)
    `CREATE TABLE verify_attempt (
      address TEXT NOT NULL,
      at TEXT NOT NULL
    )`,
    'CREATE INDEX verify_attempt_address ON verify_attempt (address, at)',
  ];
}

export class ServerConsolePostgres1764800000001 implements MigrationInterface {
  name = 'ServerConsolePostgres1764800000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of consoleAccounts('postgres')) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

export class ServerConsoleSqlite1764800000001 implements MigrationInterface {
  name = 'ServerConsoleSqlite1764800000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of consoleAccounts('sqlite')) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

/**
 * Issue 13, scale: the console reads one office's records by the resolution they belong to (its
 * timeline, and the children of a period's resolutions) and a period's resolutions by their
 * receipt day and current deadline, through expression indexes on the pushed JSON; and the
 * figures of a unit and period that cost seconds to compute are kept as a rollup (console_rollup)
 * that is served for a few minutes and then computed again (monitor.ts).
 */
function consoleScale(dialect: Dialect): string[] {
  const f = (key: string) => (dialect === 'postgres' ? `(data::jsonb ->> '${key}')` : `json_extract(data, '$.${key}')`);
  // PostgreSQL wants an expression in an index's column list in its own parentheses
  const col = (key: string) => (dialect === 'postgres' ? `(${f(key)})` : f(key));
  const byDay = (name: string, entity: string, key: string) =>
    `CREATE INDEX ${name} ON sync_record (office_id, ${col(key)}) WHERE entity = '${entity}'`;
  return [
    `CREATE INDEX sync_record_parent ON sync_record (office_id, ${col('resolutionId')})`,
    byDay('sync_record_receipt', 'resolution', 'receiptDate'),
    byDay('sync_record_session_day', 'panel_session', 'date'),
    byDay('sync_record_finding_session', 'session_finding', 'sessionId'),
    byDay('sync_record_opinion_day', 'expert_opinion', 'submittedAt'),
    `CREATE INDEX sync_record_due ON sync_record (${col('dueDate')})
       WHERE entity = 'resolution' AND ${f('dueDate')} IS NOT NULL`,
    `CREATE TABLE console_rollup (
      key TEXT PRIMARY KEY,
      as_of TEXT NOT NULL,
      computed_at TEXT NOT NULL,
      compute_ms INTEGER NOT NULL,
      data TEXT NOT NULL
    )`,
  ];
}

export class ServerConsoleScalePostgres1764900000001 implements MigrationInterface {
  name = 'ServerConsoleScalePostgres1764900000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of consoleScale('postgres')) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

export class ServerConsoleScaleSqlite1764900000001 implements MigrationInterface {
  name = 'ServerConsoleScaleSqlite1764900000001';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of consoleScale('sqlite')) await q.query(sql);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

// The office app's version each office last reported (x-tatbiq-version on its pulls): the
// console's sync health shows which offices run an old app.
const APP_VERSION = 'ALTER TABLE office ADD COLUMN app_version TEXT';

export class ServerAppVersionPostgres1765000000001 implements MigrationInterface {
  name = 'ServerAppVersionPostgres1765000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(APP_VERSION);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

export class ServerAppVersionSqlite1765000000001 implements MigrationInterface {
  name = 'ServerAppVersionSqlite1765000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(APP_VERSION);
  }
  async down(): Promise<void> {
    throw new Error(NEVER_REVERTED);
  }
}

export const SERVER_MIGRATIONS: Record<Dialect, (new () => MigrationInterface)[]> = {
  postgres: [
    ServerInitPostgres1763900000001,
    ServerSyncTrustPostgres1764700000001,
    ServerConsolePostgres1764800000001,
    ServerConsoleScalePostgres1764900000001,
    ServerAppVersionPostgres1765000000001,
    ServerCouncilPortalPostgres1765100000001,
    ServerComplaintsPostgres1765200000001,
    ServerCouncilLettersPostgres1765300000001,
    ServerReceiptDayPostgres1765400000001,
  ],
  sqlite: [
    ServerInitSqlite1763900000001,
    ServerSyncTrustSqlite1764700000001,
    ServerConsoleSqlite1764800000001,
    ServerConsoleScaleSqlite1764900000001,
    ServerAppVersionSqlite1765000000001,
    ServerCouncilPortalSqlite1765100000001,
    ServerComplaintsSqlite1765200000001,
    ServerCouncilLettersSqlite1765300000001,
    ServerReceiptDaySqlite1765400000001,
  ],
};
