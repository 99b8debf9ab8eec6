// Issue 14 item 7: citizens' complaints on the ministry server, and the public form's count of
// submissions and tracking lookups per address (every server process sees the same count).
import { dialectMigrations } from './dialectMigration';

const COMPLAINTS = [
  `CREATE TABLE complaint (
    id TEXT PRIMARY KEY,
    tracking_code TEXT NOT NULL UNIQUE,
    office_id TEXT NOT NULL REFERENCES office(id),
    council_id TEXT,
    council_name TEXT NOT NULL,
    resolution_number TEXT NOT NULL,
    resolution_date TEXT,
    resolution_text TEXT NOT NULL,
    grounds TEXT NOT NULL,
    complainant_name TEXT NOT NULL,
    contact TEXT NOT NULL,
    contact_kind TEXT NOT NULL,
    file_sha256 TEXT REFERENCES blob(sha256),
    file_name TEXT,
    file_mime TEXT,
    file_size INTEGER,
    created_at TEXT NOT NULL
  )`,
  'CREATE INDEX complaint_office ON complaint (office_id, created_at)',
  `CREATE TABLE complaint_attempt (
    address TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL
  )`,
  'CREATE INDEX complaint_attempt_address ON complaint_attempt (address, kind, at)',
];

const migrations = dialectMigrations('ServerComplaints', 1765200000001, () => COMPLAINTS);
export const ServerComplaintsPostgres1765200000001 = migrations.postgres;
export const ServerComplaintsSqlite1765200000001 = migrations.sqlite;
