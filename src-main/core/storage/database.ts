// Opening the office database: pragmas, the newer-version guard, a backup before migrating, and
// the connections (one writer behind a queue, one reader that sees only committed data, and on
// demand more readers for work that can run its queries side by side).
import fs from 'node:fs';
import path from 'node:path';
import type sqlite3 from 'sqlite3';
import { DataSource, type EntityManager, type EntitySchema } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Logger } from '../logger';
import { storageMessages } from './messages';
import { copyPages } from './sqlite';

export const DB_FILE = 'tatbiq.sqlite';

export interface Database {
  readonly file: string;
  /** Committed data only; never blocks on a write in progress. */
  readonly read: EntityManager;
  /**
   * More read-only connections, opened the first time they are asked for: a connection runs one
   * statement at a time (tune), so a report's independent queries run side by side only on several.
   */
  readers(): Promise<readonly EntityManager[]>;
  /** Runs fn in one write transaction; writes are queued so one runs at a time. */
  write<T>(fn: (tx: EntityManager) => Promise<T>): Promise<T>;
  /**
   * Replaces the whole database with the one in `file` (a restore), in the write queue so no
   * transaction is open, through SQLite's backup API: readers see the old data or the new, never
   * a mix. An older schema is then migrated. Returns the schema version the file had.
   */
  replaceWith(file: string): Promise<number>;
  close(): Promise<void>;
}

/** The tables TypeORM maps, handed in by the core's entry: storage knows no capability. */
export type Entities = readonly EntitySchema[];

function dataSource(file: string, entities: Entities, readOnly: boolean): DataSource {
  return new DataSource({
    type: 'sqlite',
    database: file,
    entities: [...entities],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    enableWAL: true,
    busyTimeout: 10_000,
    logging: false,
    flags: readOnly ? 1 /* SQLITE_OPEN_READONLY */ : undefined,
  });
}

/** The sqlite3 handle under a TypeORM data source. */
const handleOf = (ds: DataSource) =>
  (ds.driver as unknown as { databaseConnection: sqlite3.Database }).databaseConnection;

async function tune(ds: DataSource) {
  // One statement at a time on a connection, the next queued in node-sqlite3 until the last is
  // finalized: a statement is finalized on the main thread under the connection's lock, so two in
  // flight at once (any Promise.all over one manager) blocked the whole process while the other ran.
  handleOf(ds).serialize();
  // The default 2 MB page cache thrashes once the register's indexes outgrow it (~20,000 rows).
  await ds.query('PRAGMA cache_size = -65536');
  await ds.query('PRAGMA temp_store = MEMORY');
}

async function userVersion(ds: DataSource): Promise<number> {
  const rows: { user_version: number }[] = await ds.query('PRAGMA user_version');
  return rows[0]?.user_version ?? 0;
}

export async function openDatabase(dataDir: string, entities: Entities, log: Logger): Promise<Database> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  const writer = dataSource(file, entities, false);
  await writer.initialize();
  try {
    // FULL: a commit the user saw is on disk, even if the machine loses power right after.
    await writer.query('PRAGMA synchronous = FULL');
    await tune(writer);
    const version = await userVersion(writer);
    if (version > SCHEMA_VERSION) {
      throw new AppError('newer_database', storageMessages.newerDatabase);
    }
    if (version < SCHEMA_VERSION) {
      if (existed) {
        const backup = path.join(dataDir, 'backups', `before-migration-v${version}-${Date.now()}.sqlite`);
        fs.mkdirSync(path.dirname(backup), { recursive: true });
        await writer.query(`VACUUM INTO '${backup.replace(/'/g, "''")}'`);
        log.info({ backup, from: version, to: SCHEMA_VERSION }, 'backed up before migrating');
      }
      await writer.runMigrations({ transaction: 'all' });
      await writer.query(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    }
  } catch (e) {
    await writer.destroy();
    throw e;
  }

  // Fresh planner statistics: without them a filter on a column where every row is alike
  // (status) can be chosen over a selective one. analysis_limit keeps this to milliseconds.
  await writer.query('PRAGMA analysis_limit = 1000');
  await writer.query('PRAGMA optimize = 0x10002');

  const reader = dataSource(file, entities, true);
  await reader.initialize();
  await tune(reader);

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const write = <T>(fn: (tx: EntityManager) => Promise<T>): Promise<T> => enqueue(() => writer.transaction(fn));

  const EXTRA_READERS = 2;
  let extra: Promise<DataSource[]> | null = null;
  const openReaders = async () => {
    const out: DataSource[] = [];
    try {
      for (let i = 0; i < EXTRA_READERS; i++) {
        const ds = dataSource(file, entities, true);
        await ds.initialize();
        out.push(ds);
        await tune(ds);
      }
      return out;
    } catch (e) {
      await Promise.all(out.map((ds) => ds.destroy().catch(() => undefined)));
      extra = null;
      throw e;
    }
  };

  return {
    file,
    read: reader.manager,
    readers: async () => (await (extra ??= openReaders())).map((ds) => ds.manager),
    write,
    replaceWith: (source) =>
      enqueue(async () => {
        await copyPages(handleOf(writer), source, false);
        // the copied header says rollback journal (backups are single files); the live file stays WAL
        await writer.query('PRAGMA journal_mode = WAL');
        const version = await userVersion(writer);
        if (version < SCHEMA_VERSION) {
          await writer.runMigrations({ transaction: 'all' });
          await writer.query(`PRAGMA user_version = ${SCHEMA_VERSION}`);
        }
        return version;
      }),
    async close() {
      await queue;
      await writer.query('PRAGMA optimize').catch(() => undefined);
      const more = await (extra ?? Promise.resolve([])).catch(() => [] as DataSource[]);
      await Promise.all(more.map((ds) => ds.destroy()));
      await reader.destroy();
      await writer.destroy();
    },
  };
}
