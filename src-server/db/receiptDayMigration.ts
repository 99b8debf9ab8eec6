// Issue 13, drill-down: an office's register is read newest first by receipt day, a page at a time.
// The expression index of 1764900000001 serves the filter but not the order with the id after it,
// and PostgreSQL cannot count from an expression index alone (it reads every row from the table); a
// plain column of the receipt day, indexed with the office and the id, gives the page in order and
// its count from the index alone.
// PostgreSQL stores the column (a generated column it can index without parsing JSON again);
// SQLite cannot add a stored column by ALTER, so there it is virtual and only the index holds it.
// Cost on a big database (measured on the console bench's national set, 1,000,000 resolutions,
// 1.9 GB): on PostgreSQL the ALTER rewrites sync_record under an exclusive lock (45–54 s: no
// push, pull or console read meanwhile) and the index takes 2.3–2.7 s more; the server then runs
// VACUUM (ANALYZE) on the table (schema.ts) so the planner knows the new column. On SQLite the
// ALTER only changes the schema; the index reads every row once.
import { dialectMigrations } from './dialectMigration';
import type { Dialect } from './database';

/** The migration's name without its dialect, for schema.ts to know when it has just run. */
export const RECEIPT_DAY_MIGRATION = 'ServerReceiptDay';

function receiptDay(dialect: Dialect): string[] {
  const day = dialect === 'postgres' ? `(data::jsonb ->> 'receiptDate')` : `json_extract(data, '$.receiptDate')`;
  const stored = dialect === 'postgres' ? 'STORED' : 'VIRTUAL';
  return [
    // only resolutions have a receipt day: other rows keep NULL (and cost nothing stored)
    `ALTER TABLE sync_record ADD COLUMN receipt_day TEXT
       GENERATED ALWAYS AS (CASE WHEN entity = 'resolution' THEN ${day} END) ${stored}`,
    `CREATE INDEX sync_record_receipt_day ON sync_record (office_id, receipt_day, id) WHERE entity = 'resolution'`,
  ];
}

const migrations = dialectMigrations(RECEIPT_DAY_MIGRATION, 1765400000001, receiptDay);
export const ServerReceiptDayPostgres1765400000001 = migrations.postgres;
export const ServerReceiptDaySqlite1765400000001 = migrations.sqlite;
