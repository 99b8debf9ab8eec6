// Opening the server's database: PostgreSQL when given a postgres:// URL, else the embedded SQLite
// file. Both run the same migrations list for their dialect and answer the same SQL: queries are
// written with $1, $2… and rewritten to SQLite's ?1, ?2… (same meaning, numbered). SQLite has one
// writer: transactions queue behind each other and reads use a second, read-only connection.
// On PostgreSQL the sync hot paths talk to the pool TypeORM opened, without TypeORM's per-query
// layer (measured: it doubled a push's time under load).
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import { SERVER_MIGRATIONS } from './migrations';
import { serverEntities, type Dialect, type ServerEntities } from './entities';

export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Tx extends Sql {
  /** Holds `key` until the transaction ends, across server processes (PostgreSQL advisory lock). */
  lock(key: string): Promise<void>;
}

export interface ServerDb {
  readonly dialect: Dialect;
  /** where the data lives, without a password */
  readonly where: string;
  readonly entities: ServerEntities;
  /** committed data only */
  readonly read: Sql;
  /** One transaction; `lock` is held from its start (taken with BEGIN, one round trip). */
  tx<T>(fn: (tx: Tx) => Promise<T>, opts?: { lock?: string }): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DbConfig {
  /** postgres://… or a SQLite file path */
  url: string;
  /** connections in the PostgreSQL pool */
  poolSize?: number;
}

const MIGRATIONS_TABLE = 'schema_migrations';

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

const toSqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

function source(cfg: DbConfig, dialect: Dialect, entities: ServerEntities, readOnly = false): DataSource {
  const common = {
    entities: Object.values(entities),
    migrations: SERVER_MIGRATIONS[dialect],
    migrationsTableName: MIGRATIONS_TABLE,
    logging: false as const,
  };
  if (dialect === 'postgres') {
    return new DataSource({ type: 'postgres', url: cfg.url, ...common, extra: { max: cfg.poolSize ?? 20 } });
  }
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

async function migrate(ds: DataSource, dialect: Dialect) {
  if (dialect === 'postgres') {
    // two server processes starting together must not both migrate
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(7263000001)');
      await ds.runMigrations({ transaction: 'all' });
      await runner.query('SELECT pg_advisory_unlock(7263000001)');
    } finally {
      await runner.release();
    }
  } else {
    await ds.runMigrations({ transaction: 'all' });
  }
  await checkNotNewer(ds);
}

export async function openServerDb(cfg: DbConfig): Promise<ServerDb> {
  const dialect = dialectOf(cfg.url);
  const entities = serverEntities(dialect);
  if (dialect === 'sqlite') fs.mkdirSync(path.dirname(path.resolve(cfg.url)), { recursive: true });
  const writer = source(cfg, dialect, entities);
  await writer.initialize();
  try {
    if (dialect === 'sqlite') {
      await writer.query('PRAGMA synchronous = FULL');
      await writer.query('PRAGMA foreign_keys = ON');
    }
    await migrate(writer, dialect);
  } catch (e) {
    await writer.destroy();
    throw e;
  }

  if (dialect === 'postgres') {
    const pool = (writer.driver as unknown as { master: Pool }).master;
    const onClient = (c: PoolClient): Tx => ({
      query: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as T[],
      lock: async (key) => void (await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key])),
    });
    const tx = async <T>(fn: (t: Tx) => Promise<T>, opts: { lock?: string } = {}): Promise<T> => {
      const c = await pool.connect();
      try {
        // the simple protocol runs both statements in one round trip; the key is quoted as a literal
        await c.query(
          opts.lock
            ? `BEGIN; SELECT pg_advisory_xact_lock(hashtextextended('${opts.lock.replace(/'/g, "''")}', 0))`
            : 'BEGIN',
        );
        const out = await fn(onClient(c));
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    };
    return {
      dialect,
      where: redact(cfg.url),
      entities,
      read: { query: async <T>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as T[] },
      tx,
      ping: () =>
        pool.query('SELECT 1').then(
          () => true,
          () => false,
        ),
      close: () => writer.destroy(),
    };
  }

  const reader = source(cfg, dialect, entities, true);
  await reader.initialize();
  let queue: Promise<unknown> = Promise.resolve();
  const tx = <T>(fn: (t: Tx) => Promise<T>): Promise<T> => {
    const run = queue.then(() =>
      writer.transaction((m) =>
        fn({ query: (sql, params) => m.query(toSqlite(sql), params), lock: async () => undefined }),
      ),
    );
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    dialect,
    where: path.resolve(cfg.url),
    entities,
    read: { query: (sql, params) => reader.query(toSqlite(sql), params) },
    tx,
    ping: () =>
      reader.query('SELECT 1').then(
        () => true,
        () => false,
      ),
    async close() {
      await queue;
      await reader.destroy();
      await writer.destroy();
    },
  };
}
