// The server's schema: TypeORM runs the migrations (migrations.ts) on either database, and the
// SQLite connection uses its data source for queries too. It holds no entities: the server writes SQL.
import { DataSource } from 'typeorm';
import type { DbConfig, Dialect } from './database';
import { SERVER_MIGRATIONS } from './migrations';
import { RECEIPT_DAY_MIGRATION } from './receiptDayMigration';

const MIGRATIONS_TABLE = 'schema_migrations';

/** A TypeORM data source over the server's migrations (it holds no entities: the server writes SQL). */
export function dataSource(cfg: DbConfig, dialect: Dialect, readOnly = false): DataSource {
  const common = {
    migrations: SERVER_MIGRATIONS[dialect],
    migrationsTableName: MIGRATIONS_TABLE,
    logging: false as const,
  };
  // PostgreSQL: one connection holds the migration lock while the other migrates
  if (dialect === 'postgres') return new DataSource({ type: 'postgres', url: cfg.url, ...common, extra: { max: 2 } });
  return new DataSource({
    type: 'sqlite',
    database: cfg.url,
    ...common,
    enableWAL: true,
    busyTimeout: 10_000,
    flags: readOnly ? 1 /* SQLITE_OPEN_READONLY */ : undefined,
  });
}

/** Refuses a database migrated by a newer server: it may hold what this one cannot read. */
async function checkNotNewer(ds: DataSource) {
  const known = new Set(ds.migrations.map((m) => m.name));
  const rows: { name: string }[] = await ds.query(`SELECT name FROM ${MIGRATIONS_TABLE}`);
  const unknown = rows.map((r) => r.name).filter((n) => !known.has(n));
  if (unknown.length)
    throw new Error(`database was migrated by a newer server (${unknown.join(', ')}); upgrade this server`);
}

/** Brings `ds` (initialized) to this server's schema. */
export async function migrate(ds: DataSource, dialect: Dialect) {
  if (dialect === 'postgres') {
    // two server processes starting together must not both migrate
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(7263000001)');
      const ran = await ds.runMigrations({ transaction: 'all' });
      // the receipt day rewrote sync_record: without statistics on the new column the planner
      // guesses its selectivity. VACUUM cannot run in a transaction, so it runs here, after them.
      if (ran.some((m) => m.name.startsWith(RECEIPT_DAY_MIGRATION))) await runner.query('VACUUM (ANALYZE) sync_record');
      await runner.query('SELECT pg_advisory_unlock(7263000001)');
    } finally {
      await runner.release();
    }
  } else {
    await ds.runMigrations({ transaction: 'all' });
  }
  await checkNotNewer(ds);
}
