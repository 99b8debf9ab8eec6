// Opening the server's database: PostgreSQL when given a postgres:// URL, else the embedded SQLite
// file. Both run the same migrations list for their dialect and answer the same SQL: queries are
// written with $1, $2… and rewritten to SQLite's ?1, ?2… (same meaning, numbered). SQLite has one
// writer: transactions queue behind each other and reads use a second, read-only connection.
// On PostgreSQL the sync hot paths talk to the pool TypeORM opened, without TypeORM's per-query
// layer (measured: it doubled a push's time under load).
// Round trips are what a request costs under load (each is a write and a wake-up on both sides), so
// a PostgreSQL transaction sends BEGIN (and its lock) with its first statements, and COMMIT with its
// last: those messages go as one simple query, with the values written in as literals by the
// driver's escapeLiteral rules (a value that cannot be written so, e.g. bytes, goes on its own round trip
// with bound parameters instead). Statements that run on every request are prepared once per
// connection, so PostgreSQL neither parses nor plans them again (`prepare`): a query of its own
// through the extended protocol, a statement inside a transaction's messages through SQL's PREPARE
// and EXECUTE with the values as literals.
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { SERVER_MIGRATIONS } from './migrations';
import { serverEntities, type Dialect, type ServerEntities } from './entities';

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
  readonly entities: ServerEntities;
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

const poolSizeOf = (cfg: DbConfig) => cfg.poolSize ?? 8;

const MIGRATIONS_TABLE = 'schema_migrations';

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

const toSqlite = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

/** A statement's value as a literal of the simple query protocol, or null when it has none. */
function literal(v: unknown): string | null {
  if (v === null || v === undefined) return 'NULL';
  // quoted like every bound parameter (sent as text of unknown type): the column decides the type
  if (typeof v === 'number') return Number.isFinite(v) ? `'${v}'` : null;
  if (typeof v === 'bigint' || typeof v === 'boolean') return `'${v}'`;
  // a NUL ends the query text: that value goes as a parameter (and PostgreSQL refuses it there)
  if (typeof v === 'string') return v.includes('\0') ? null : quote(v);
  if (Array.isArray(v)) {
    const text = arrayText(v);
    return text === null || text.includes('\0') ? null : quote(text);
  }
  return null;
}

/** An array's text form as PostgreSQL reads it (every element quoted, as pg sends array parameters). */
function arrayText(list: unknown[]): string | null {
  const out: string[] = [];
  for (const v of list) {
    if (v === null || v === undefined) out.push('NULL');
    else if (typeof v === 'string') out.push(`"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || typeof v === 'boolean')
      out.push(`"${v}"`);
    else return null;
  }
  return `{${out.join(',')}}`;
}

/**
 * A string literal, as pg's escapeLiteral writes it (quotes doubled; with a backslash, an E'' string
 * with backslashes doubled), by whole-string replaces: that one builds it a character at a time,
 * which costs more than the query itself for a batch of records.
 */
export function quote(s: string): string {
  const q = s.replace(/'/g, "''");
  return s.includes('\\') ? ` E'${q.replace(/\\/g, '\\\\')}'` : `'${q}'`;
}

/** `$n` replaced by the literal of params[n-1] (a prepared one: EXECUTE), or null when a value has no literal. */
function inlined(st: Statement): string | null {
  const { sql, params = [] } = st;
  const lits = params.map(literal);
  if (lits.some((l) => l === null)) return null;
  if (st.prepare) {
    const name = statementName(sql, 'sql');
    return params.length ? `EXECUTE ${name}(${lits.join(', ')})` : `EXECUTE ${name}`;
  }
  // $n outside quotes only: the statements here never put a $ inside a string or identifier
  return sql.replace(/\$(\d+)/g, (m, n: string) => {
    const l = lits[Number(n) - 1];
    if (l === undefined) throw new Error(`statement has no value for ${m}`);
    return l!;
  });
}

const statementNames = new Map<string, string>();
/**
 * A prepared statement's name: the same text, the same name. The driver's (extended protocol) and
 * SQL's PREPARE share a connection's names, and each keeps its own record of what it prepared, so
 * their names differ.
 */
function statementName(sql: string, by: 'driver' | 'sql'): string {
  const k = `${by}\u0000${sql}`;
  let name = statementNames.get(k);
  if (!name) {
    name = `tq_${by === 'sql' ? 's' : 'd'}${statementNames.size}`;
    statementNames.set(k, name);
  }
  return name;
}

const preparedOn = new WeakMap<PoolClient, Set<string>>();

/**
 * PREPAREs, each on its own, the statements to prepare that this connection has not prepared yet.
 * PREPARE is not undone by a rollback, and one that fails leaves nothing: what is marked is what exists.
 */
async function prepareOn(c: PoolClient, statements: Statement[]) {
  let done = preparedOn.get(c);
  if (!done) preparedOn.set(c, (done = new Set()));
  for (const st of statements) {
    if (!st.prepare) continue;
    const name = statementName(st.sql, 'sql');
    if (done.has(name)) continue;
    await c.query(`PREPARE ${name} AS ${st.sql}`);
    done.add(name);
  }
}

function source(cfg: DbConfig, dialect: Dialect, entities: ServerEntities, readOnly = false): DataSource {
  const common = {
    entities: Object.values(entities),
    migrations: SERVER_MIGRATIONS[dialect],
    migrationsTableName: MIGRATIONS_TABLE,
    logging: false as const,
  };
  if (dialect === 'postgres') {
    return new DataSource({ type: 'postgres', url: cfg.url, ...common, extra: { max: poolSizeOf(cfg) } });
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
    const run = (c: PoolClient, sql: string, params?: unknown[], opts?: QueryOptions) =>
      opts?.prepare && params?.length
        ? c.query({ name: statementName(sql, 'driver'), text: sql, values: params })
        : c.query(sql, params);
    const tx = async <T>(fn: (t: Tx) => Promise<T>, opts: { lock?: string } = {}): Promise<T> => {
      const c = await pool.connect();
      // BEGIN (and the lock) wait to go with the first statement; `last` waits to go with COMMIT
      let pending: string[] | null = [
        'BEGIN',
        ...(opts.lock ? [`SELECT pg_advisory_xact_lock(hashtextextended(${quote(opts.lock)}, 0))`] : []),
      ];
      let begun = false;
      const last: Statement[] = [];
      /** Sends `statements` as one simple query after whatever is pending; the rows of each of them. */
      const script = async (statements: string[]): Promise<Record<string, unknown>[][]> => {
        const head = pending ?? [];
        pending = null;
        begun = true;
        const all = [...head, ...statements];
        if (!all.length) return [];
        const out = (await c.query(all.join(';\n'))) as unknown as QueryResult | QueryResult[];
        const results = Array.isArray(out) ? out : [out];
        return results.slice(head.length).map((r) => r.rows as Record<string, unknown>[]);
      };
      const t: Tx = {
        async query<R>(sql: string, params?: unknown[], qopts?: QueryOptions) {
          const st = { sql, params, ...qopts };
          const inline = pending && inlined(st);
          if (inline) {
            await prepareOn(c, [st]);
            return (await script([inline]))[0] as R[];
          }
          if (pending) await script([]);
          return (await run(c, sql, params, qopts)).rows as R[];
        },
        async lock(key) {
          const sql = `SELECT pg_advisory_xact_lock(hashtextextended(${quote(key)}, 0))`;
          if (pending) pending.push(sql);
          else await c.query(sql);
        },
        async batch(statements) {
          const texts = statements.map(inlined);
          if (texts.every((x): x is string => x !== null)) {
            await prepareOn(c, statements);
            return script(texts);
          }
          const out: Record<string, unknown>[][] = [];
          for (const st of statements) out.push(await t.query(st.sql, st.params));
          return out;
        },
        atCommit(statement) {
          last.push(statement);
        },
      };
      try {
        const out = await fn(t);
        const texts = last.map(inlined);
        if (texts.every((x): x is string => x !== null)) {
          await prepareOn(c, last);
          // nothing sent and nothing to write: no transaction at all
          if (begun || texts.length) await script([...texts, 'COMMIT']);
        } else {
          for (const st of last) await t.query(st.sql, st.params);
          await c.query('COMMIT');
        }
        return out;
      } catch (e) {
        if (begun) await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    };
    return {
      dialect,
      where: redact(cfg.url),
      entities,
      writers: poolSizeOf(cfg),
      read: {
        query: async <T>(sql: string, params?: unknown[], opts?: QueryOptions) => {
          if (!opts?.prepare || !params?.length) return (await pool.query(sql, params)).rows as T[];
          return (await pool.query({ name: statementName(sql, 'driver'), text: sql, values: params })).rows as T[];
        },
      },
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
      writer.transaction(async (m) => {
        const last: Statement[] = [];
        const query = <R>(sql: string, params?: unknown[]): Promise<R[]> => m.query(toSqlite(sql), params);
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
        return out;
      }),
    );
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    dialect,
    where: path.resolve(cfg.url),
    entities,
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
