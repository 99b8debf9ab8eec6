// The server's PostgreSQL connections: a pg.Pool of its own (TypeORM only runs the migrations, on a
// data source closed when they are done). Every value is a bound parameter of the extended protocol.
// Round trips are what a request costs under load (each is a write and a wake-up on both sides), so
// the pool's connections pipeline: a transaction's BEGIN (and its lock) are written with its first
// statements, a batch's statements one behind the other, and COMMIT behind the statements it ends,
// each group answered in one round trip (measured on the sync bench; the driver's per-query wait
// would make it one per statement). Statements that run on every request are prepared once per
// connection (`prepare`: a named statement), so PostgreSQL neither parses nor plans them again.
import pg from 'pg';
import type { DbConfig, QueryOptions, ServerDb, Statement, Tx } from './database';
import { dataSource, migrate } from './schema';

const statementNames = new Map<string, string>();
/** A prepared statement's name: the same text, the same name (the driver prepares it once per connection). */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) statementNames.set(sql, (name = `tq_${statementNames.size}`));
  return name;
}

/** The driver's query for a statement: named (prepared) when asked. */
const queryOf = (st: Statement): pg.QueryConfig =>
  st.prepare ? { name: statementName(st.sql), text: st.sql, values: st.params } : { text: st.sql, values: st.params };

const lockOf = (key: string): Statement => ({
  prepare: true,
  sql: 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))',
  params: [key],
});

/**
 * Sends every statement at once (the connection pipelines them) and waits for all their answers;
 * the rows of each, or the error of the first that failed (inside a transaction the ones after it
 * fail too, as the transaction is aborted).
 */
async function pipelined(c: pg.PoolClient, statements: Statement[]): Promise<Record<string, unknown>[][]> {
  const answers = await Promise.allSettled(statements.map((st) => c.query(queryOf(st))));
  const failed = answers.find((a) => a.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return answers.map((a) => (a as PromiseFulfilledResult<pg.QueryResult>).value.rows);
}

export async function openPostgres(cfg: DbConfig): Promise<ServerDb> {
  const schema = dataSource(cfg, 'postgres');
  await schema.initialize();
  try {
    await migrate(schema, 'postgres');
  } finally {
    await schema.destroy();
  }
  const writers = cfg.poolSize ?? 8;
  const pool = new pg.Pool({ connectionString: cfg.url, max: writers, pipeline: true });
  // an idle connection the server drops (restart, admin) must not take the process down
  pool.on('error', () => undefined);

  const tx = async <T>(fn: (t: Tx) => Promise<T>, opts: { lock?: string } = {}): Promise<T> => {
    const c = await pool.connect();
    // BEGIN (and the lock) wait to go with the first statements; `last` waits to go with COMMIT
    let pending: Statement[] = [{ sql: 'BEGIN' }, ...(opts.lock ? [lockOf(opts.lock)] : [])];
    let begun = false;
    let broken = false;
    const last: Statement[] = [];
    /** `statements` after whatever is pending, in one round trip; the rows of each of them. */
    const send = async (statements: Statement[]) => {
      const head = pending;
      pending = [];
      begun = true;
      return (await pipelined(c, [...head, ...statements])).slice(head.length);
    };
    const t: Tx = {
      async query<R>(sql: string, params?: unknown[], qopts?: QueryOptions) {
        return (await send([{ sql, params, ...qopts }]))[0] as R[];
      },
      async lock(key) {
        if (begun) await send([lockOf(key)]);
        else pending.push(lockOf(key));
      },
      batch: (statements) => send(statements),
      atCommit(statement) {
        last.push(statement);
      },
    };
    try {
      const out = await fn(t);
      // nothing sent and nothing to write: no transaction at all
      if (begun || last.length) await send([...last, { sql: 'COMMIT' }]);
      return out;
    } catch (e) {
      // a connection that cannot even roll back is not given to the next transaction
      if (begun)
        broken = await c.query('ROLLBACK').then(
          () => false,
          () => true,
        );
      throw e;
    } finally {
      c.release(broken);
    }
  };

  return {
    dialect: 'postgres',
    where: cfg.url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'),
    writers,
    read: {
      query: async <T>(sql: string, params?: unknown[], opts?: QueryOptions) =>
        (await pool.query(queryOf({ sql, params, ...opts }))).rows as T[],
    },
    tx,
    ping: () =>
      pool.query('SELECT 1').then(
        () => true,
        () => false,
      ),
    close: () => pool.end(),
  };
}
