// SQLite's online backup API (sqlite3's Database#backup), which copies a live WAL database page
// by page under a read transaction: the copy is one consistent commit, unlike a file copy, which
// can catch the main file and the WAL at different moments.
import sqlite3 from 'sqlite3';

/** The part of sqlite3's Backup object we use (the package ships no types for it). */
interface Backup {
  step(pages: number, cb: (err: Error | null) => void): void;
  finish(cb?: (err: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}
type BackupCapable = sqlite3.Database & {
  backup(
    file: string,
    destName: string,
    sourceName: string,
    filenameIsDest: boolean,
    cb: (err: Error | null) => void,
  ): Backup;
};

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

function closeDb(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
}

/**
 * Copies every page between `conn`'s main database and `file`: into the file when toFile,
 * else from the file into conn's database (a restore; the connection's readers see it commit).
 */
export async function copyPages(conn: sqlite3.Database, file: string, toFile: boolean): Promise<void> {
  const backup = await new Promise<Backup>((resolve, reject) => {
    const b = (conn as BackupCapable).backup(file, 'main', 'main', toFile, (err) => (err ? reject(err) : resolve(b)));
  });
  try {
    // -1: all pages in one step, so a write by another connection cannot restart it halfway
    while (!backup.completed) {
      await new Promise<void>((resolve, reject) => backup.step(-1, (err) => (err ? reject(err) : resolve())));
      if (backup.failed) throw new Error('sqlite backup failed');
    }
  } finally {
    await new Promise<void>((resolve) => backup.finish(() => resolve()));
  }
}

/** An online backup of the database at `source` (live, WAL) into a new single file at `dest`. */
export async function onlineBackup(source: string, dest: string): Promise<void> {
  const src = await open(source, sqlite3.OPEN_READONLY);
  try {
    await copyPages(src, dest, true);
  } finally {
    await closeDb(src);
  }
  // a rollback-journal file stands alone: no -wal/-shm beside it, and it opens read-only anywhere
  const out = await open(dest, sqlite3.OPEN_READWRITE);
  try {
    await run(out, 'PRAGMA journal_mode = DELETE');
  } finally {
    await closeDb(out);
  }
}

function run(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}

export interface ReadOnlyDb {
  // the same shape as TypeORM's EntityManager.query, so the audit verifier runs on either
  query<T = any>(sql: string, params?: unknown[]): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** A backup's database opened read-only, so checking it never changes its bytes. */
export async function openReadOnly(file: string): Promise<ReadOnlyDb> {
  const db = await open(file, sqlite3.OPEN_READONLY);
  return {
    query: <T>(sql: string, params: unknown[] = []) =>
      new Promise<T>((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T)))),
    close: () => closeDb(db),
  };
}
