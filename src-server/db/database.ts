// Opening the server's database: PostgreSQL when given a postgres:// URL, else the embedded SQLite
// file. Both run the same migrations list for their dialect (TypeORM's runner) and answer the same
// SQL: queries are written with $1, $2… and every value goes as a bound parameter, never in the
// statement's text. Each database's connections live in its own file (postgres.ts, sqlite.ts).
import fs from 'node:fs';
import path from 'node:path';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';

export type Dialect = 'postgres' | 'sqlite';

export interface QueryOptions {
  /**
   * PostgreSQL: prepared once per connection, then only executed. Its text must not vary (lists go
   * as array parameters). SQLite ignores it.
   */
  prepare?: boolean;
}

export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], opts?: QueryOptions): Promise<T[]>;
}

export interface Statement extends QueryOptions {
  sql: string;
  params?: unknown[];
}

export interface Tx extends Sql {
  /** Holds `key` until the transaction ends, across server processes (PostgreSQL advisory lock). */
  lock(key: string): Promise<void>;
  /** Statements run one after another, in one round trip on PostgreSQL; the rows of each. */
  batch(statements: Statement[]): Promise<Record<string, unknown>[][]>;
  /**
   * A statement run last, just before COMMIT (in COMMIT's round trip on PostgreSQL); if it fails
   * the transaction rolls back and `tx` rejects with its error. Its rows are not returned.
   */
  atCommit(statement: Statement): void;
}

export interface ServerDb {
  readonly dialect: Dialect;
  /** where the data lives, without a password */
  readonly where: string;
  /** transactions that can run at once (PostgreSQL: the pool's connections; SQLite: one writer) */
  readonly writers: number;
  /** committed data only */
  readonly read: Sql;
  /**
   * One transaction; `lock` is held from its start (taken with BEGIN, in the round trip of the
   * first statement). A transaction that sends no statement costs nothing.
   */
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

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

export async function openServerDb(cfg: DbConfig): Promise<ServerDb> {
  const dialect = dialectOf(cfg.url);
  if (dialect === 'postgres') return openPostgres(cfg);
  fs.mkdirSync(path.dirname(path.resolve(cfg.url)), { recursive: true });
  return openSqlite(cfg);
}
