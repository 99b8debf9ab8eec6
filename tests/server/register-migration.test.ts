// The receipt-day migration (1765400000001) on a database that already holds records, on both
// databases: the column is filled from each resolution's document (and only resolutions'), new and
// corrected records keep it up to date, its index exists and serves the register's page, and on
// PostgreSQL the table has been analyzed after it (statistics on the new column).
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDb, type ServerDb } from '../../src-server/db/database';
import { SERVER_MIGRATIONS } from '../../src-server/db/migrations';
import { tempDir } from '../support/core';
import { createPgDatabase, DIALECTS, type Dialect } from './support';

const NOW = '2026-12-01T08:00:00.000Z';
const doc = (d: Record<string, unknown>) => JSON.stringify(d);

/** A database at the schema before the receipt day, with records in it. */
async function before(dialect: Dialect, url: string) {
  const migrations = SERVER_MIGRATIONS[dialect].filter((m) => !String(new m().name).startsWith('ServerReceiptDay'));
  expect(migrations).toHaveLength(SERVER_MIGRATIONS[dialect].length - 1);
  const common = { migrations, migrationsTableName: 'schema_migrations', logging: false as const };
  const ds =
    dialect === 'postgres'
      ? new DataSource({ type: 'postgres', url, ...common })
      : new DataSource({ type: 'sqlite', database: url, ...common });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  const q = (sql: string, params: unknown[] = []) =>
    ds.query(dialect === 'postgres' ? sql : sql.replace(/\$(\d+)/g, '?$1'), params);
  await q(`INSERT INTO province (id, name, created_at) VALUES ('p1', 'کرمان', $1)`, [NOW]);
  await q(`INSERT INTO county (id, province_id, name, created_at) VALUES ('c1', 'p1', 'بم', $1)`, [NOW]);
  await q(`INSERT INTO office (id, code, name, county_id, created_at) VALUES ('o1', '0801', 'بم', 'c1', $1)`, [NOW]);
  const rows: [string, string, string][] = [
    ['resolution', 'r1', doc({ id: 'r1', receiptDate: '2026-04-01', councilId: 'k1' })],
    ['resolution', 'r2', doc({ id: 'r2', receiptDate: '2026-05-01', councilId: 'k1' })],
    ['resolution', 'r3', doc({ id: 'r3', receiptDate: '2026-05-01', councilId: 'k1' })],
    // a record of another kind with a field of that name has no receipt day
    ['council_letter', 'l1', doc({ id: 'l1', resolutionId: 'r1', receiptDate: '2026-04-03' })],
    ['council', 'k1', doc({ id: 'k1', kind: 'city', name: 'بم' })],
  ];
  for (const [entity, id, data] of rows)
    await q(
      `INSERT INTO sync_record (entity, id, office_id, rev, change_id, data, updated_at)
         VALUES ($1, $2, 'o1', 1, $3, $4, $5)`,
      [entity, id, `ch-${id}`, data, NOW],
    );
  await ds.destroy();
}

const PAGE = `SELECT id FROM sync_record
  WHERE entity = 'resolution' AND office_id = 'o1' AND receipt_day >= '2026-03-21' AND receipt_day <= '2027-03-20'
  ORDER BY receipt_day DESC, id DESC LIMIT 2`;

describe.each<Dialect>(DIALECTS)('the receipt-day migration on %s', (dialect) => {
  let url: string;
  let drop: () => Promise<unknown> = async () => undefined;
  let db: ServerDb;

  beforeAll(async () => {
    if (dialect === 'postgres') ({ url, drop } = await createPgDatabase());
    else url = path.join(tempDir('tatbiq-receipt-day-'), 'server.sqlite');
    await before(dialect, url);
    db = await openServerDb({ url, poolSize: 2 });
  });
  afterAll(async () => {
    await db?.close();
    await drop();
  });

  it('fills the column from the resolutions’ documents, and only theirs', async () => {
    const rows = await db.read.query<{ entity: string; id: string; receipt_day: string | null }>(
      'SELECT entity, id, receipt_day FROM sync_record ORDER BY entity, id',
    );
    expect(rows.map((r) => [r.id, r.receipt_day])).toEqual([
      ['k1', null],
      ['l1', null],
      ['r1', '2026-04-01'],
      ['r2', '2026-05-01'],
      ['r3', '2026-05-01'],
    ]);
    const [{ name }] = await db.read.query<{ name: string }>(
      "SELECT name FROM schema_migrations WHERE name LIKE 'ServerReceiptDay%'",
    );
    expect(name).toBe(`ServerReceiptDay${dialect === 'postgres' ? 'Postgres' : 'Sqlite'}1765400000001`);
  });

  it('keeps it up to date for records pushed or corrected afterwards', async () => {
    await db.tx(async (tx) => {
      await tx.query(
        `INSERT INTO sync_record (entity, id, office_id, rev, change_id, data, updated_at)
           VALUES ('resolution', 'r4', 'o1', 1, 'ch-r4', $1, $2)`,
        [doc({ id: 'r4', receiptDate: '2026-06-01' }), NOW],
      );
      await tx.query("UPDATE sync_record SET data = $1 WHERE entity = 'resolution' AND id = 'r1'", [
        doc({ id: 'r1', receiptDate: '2027-04-01' }),
      ]);
    });
    const rows = await db.read.query<{ id: string }>(PAGE);
    expect(rows.map((r) => r.id)).toEqual(['r4', 'r3']);
    const [r1] = await db.read.query<{ receipt_day: string }>(
      "SELECT receipt_day FROM sync_record WHERE entity = 'resolution' AND id = 'r1'",
    );
    expect(r1.receipt_day).toBe('2027-04-01');
  });

  it('has the index on the office, the receipt day and the id, for resolutions, and it serves the page', async () => {
    if (dialect === 'postgres') {
      const [ix] = await db.read.query<{ indexdef: string }>(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'sync_record_receipt_day'",
      );
      expect(ix.indexdef).toMatch(/\(office_id, receipt_day, id\) WHERE \(entity = 'resolution'::text\)/);
      // a table this small is read whole when it may be: the index must serve when it may not
      const plan = await db.tx(async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        return tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${PAGE}`);
      });
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index (Only )?Scan Backward using sync_record_receipt_day/);
      expect(text).not.toMatch(/Sort/);
      // VACUUM (ANALYZE) ran after the migration: the new column has statistics
      const stats = await db.read.query(
        "SELECT 1 FROM pg_stats WHERE tablename = 'sync_record' AND attname = 'receipt_day'",
      );
      expect(stats).toHaveLength(1);
    } else {
      const [ix] = await db.read.query<{ sql: string }>(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'sync_record_receipt_day'",
      );
      expect(ix.sql).toMatch(/\(office_id, receipt_day, id\) WHERE entity = 'resolution'/);
      const plan = await db.read.query<{ detail: string }>(`EXPLAIN QUERY PLAN ${PAGE}`);
      const text = plan.map((r) => r.detail).join('\n');
      expect(text).toMatch(/USING (COVERING )?INDEX sync_record_receipt_day/);
      expect(text).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('runs once: the database opens again as it is', async () => {
    await db.close();
    db = await openServerDb({ url, poolSize: 2 });
    const names = await db.read.query<{ name: string }>(
      "SELECT name FROM schema_migrations WHERE name LIKE 'ServerReceiptDay%'",
    );
    expect(names).toHaveLength(1);
    expect((await db.read.query<{ id: string }>(PAGE)).map((r) => r.id)).toEqual(['r4', 'r3']);
  });
});
