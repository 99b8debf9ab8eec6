// The embedded SQLite database: one writer, so transactions queue behind each other, and reads use
// a second, read-only connection. Values are bound parameters; the $n of the shared SQL become
// SQLite's ?n (same meaning, numbered).
import path from 'node:path';
import type { DbConfig, ServerDb, Statement, Tx } from './database';
import { dataSource, migrate } from './schema';

const toSqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

export async function openSqlite(cfg: DbConfig): Promise<ServerDb> {
  const writer = dataSource(cfg, 'sqlite');
  await writer.initialize();
  try {
    await writer.query('PRAGMA synchronous = FULL');
    await writer.query('PRAGMA foreign_keys = ON');
    await migrate(writer, 'sqlite');
  } catch (e) {
    await writer.destroy();
    throw e;
  }
  const reader = dataSource(cfg, 'sqlite', true);
  await reader.initialize();

  let queue: Promise<unknown> = Promise.resolve();
  const tx = <T>(fn: (t: Tx) => Promise<T>): Promise<T> => {
    const run = queue.then(async () => {
      // IMMEDIATE: the write lock is taken at BEGIN, waiting up to the busy timeout for another
      // process's writer (the command line beside a running server). A deferred transaction that
      // read first would fail at once with SQLITE_BUSY on its first write if the other had written.
      const runner = writer.createQueryRunner();
      await runner.connect();
      await runner.query('BEGIN IMMEDIATE');
      try {
        const last: Statement[] = [];
        const query = <R>(sql: string, params?: unknown[]): Promise<R[]> => runner.query(toSqlite(sql), params);
        const out = await fn({
          query,
          lock: async () => undefined,
          async batch(statements) {
            const rows: Record<string, unknown>[][] = [];
            for (const st of statements) rows.push(await query(st.sql, st.params));
            return rows;
          },
          atCommit: (st) => void last.push(st),
        });
        for (const st of last) await query(st.sql, st.params);
        await runner.query('COMMIT');
        return out;
      } catch (e) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        await runner.release();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    dialect: 'sqlite',
    where: path.resolve(cfg.url),
    writers: 1,
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
