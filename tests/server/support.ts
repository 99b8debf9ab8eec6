// A real ministry server for tests: in this process, on a fresh PostgreSQL database (created here
// and dropped at close; trust auth on 127.0.0.1:5432) or on a temp SQLite file; and offices as
// real cores enrolled with it.
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { startServer, type RunningServer } from '../../src-server/serve';
import { DEFAULT_DB_POOL } from '../../src-server/config';
import { addCounty, addOffice, addProvince, issueCode } from '../../src-server/admin/commands';
import type { SyncEngine, SyncOptions } from '../../src-main/core/sync/engine';
import { syncEngineOf } from '../../src-main/core/sync/handlers';
import { readRecords } from '../../src-main/core/sync/records';
import { SYNCED_TABLES } from '../../src-main/core/sync/tables';
import { pushedEntity } from '../../shared/sync/records';
import { startCore, tempDir, type TestCore } from '../support/core';

export const PG_ADMIN_URL = process.env.TATBIQ_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type Dialect = 'postgres' | 'sqlite';

/** Every server suite runs on both databases the server supports. */
export const DIALECTS: Dialect[] = ['postgres', 'sqlite'];

export interface TestServer extends RunningServer {
  dialect: Dialect;
  /** the database URL or file */
  dbUrl: string;
  /** a province, county and office on the server, and a one-time code for it */
  newOffice(code: string, county?: string, province?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A database of its own for one test file (PostgreSQL), dropped by `drop`. */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tatbiq_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startTestServer(
  dialect: Dialect,
  opts: { dbUrl?: string; port?: number; clock?: () => Date; dbPool?: number; trustProxy?: string[] } = {},
): Promise<TestServer> {
  let dbUrl = opts.dbUrl;
  let drop: () => Promise<void> = async () => undefined;
  if (!dbUrl) {
    if (dialect === 'postgres') {
      const created = await createPgDatabase();
      dbUrl = created.url;
      drop = created.drop;
    } else dbUrl = path.join(tempDir('tatbiq-server-'), 'server.sqlite');
  }
  const server = await startServer(
    {
      db: dbUrl,
      host: '127.0.0.1',
      port: opts.port ?? 0,
      logLevel: 'silent',
      dbPool: opts.dbPool ?? DEFAULT_DB_POOL,
      trustProxy: opts.trustProxy,
    },
    { log: pino({ level: 'silent' }), clock: opts.clock },
  );
  const now = () => new Date().toISOString();
  const places = new Set<string>();
  return {
    ...server,
    dialect,
    dbUrl,
    async newOffice(code, county = 'کرمان', province = 'کرمان') {
      if (!places.has(province)) {
        await addProvince(server.db, province, now()).catch(() => undefined);
        places.add(province);
      }
      if (!places.has(`${province}/${county}`)) {
        await addCounty(server.db, province, county, now()).catch(() => undefined);
        places.add(`${province}/${county}`);
      }
      await addOffice(server.db, { code, name: `دبیرخانه ${county} ${code}`, province, county }, now());
      return (await issueCode(server.db, code, 7, new Date())).code;
    },
    async stop() {
      await server.close();
      await drop();
    },
  };
}

/**
 * Makes the server's database refuse every record whose data holds `word`, as it would one the
 * schemas did not foresee (a data error of its own, on insert and on update).
 */
export async function poisonRecords(s: TestServer, word: string) {
  await s.db.tx(async (tx) => {
    if (s.dialect === 'postgres') {
      await tx.query(`CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'poisoned record'; END $$`);
      await tx.query(`CREATE TRIGGER poison BEFORE INSERT OR UPDATE ON sync_record FOR EACH ROW
        WHEN (NEW.data LIKE '%${word}%') EXECUTE FUNCTION poison()`);
      return;
    }
    for (const on of ['INSERT', 'UPDATE'])
      await tx.query(`CREATE TRIGGER poison_${on.toLowerCase()} BEFORE ${on} ON sync_record
        WHEN NEW.data LIKE '%${word}%' BEGIN SELECT RAISE(ABORT, 'poisoned record'); END`);
  });
}

export const FAST_SYNC: Partial<SyncOptions> = {
  schedule: false,
  requestTimeoutMs: 2_000,
  attempts: 4,
  backoff: { baseMs: 5, capMs: 50 },
  batchSize: 50,
};

export interface TestOffice {
  t: TestCore;
  engine: SyncEngine;
  serverCode: string;
  close(): Promise<void>;
}

export const OFFICE_INPUT = (code: string, county = 'کرمان') => ({
  name: `دبیرخانه هیأت تطبیق شهرستان ${county}`,
  organisation: `فرمانداری شهرستان ${county}`,
  ministry: 'وزارت کشور',
  province: 'کرمان',
  county,
  code,
  admin: { username: 'admin', fullName: 'مدیر سامانه', password: 'admin-pass-1405' },
});

/** A set-up office (no enrollment yet); `dir` reopens an existing one. */
export async function openOffice(
  code: string,
  opts: { dir?: string; county?: string; sync?: Partial<SyncOptions> } = {},
): Promise<TestOffice> {
  const t = await startCore({ dir: opts.dir });
  if (!opts.dir) await t.call('office.setup', OFFICE_INPUT(code, opts.county));
  // the office's one engine, the same the contract's sync methods use
  const engine = syncEngineOf(t.core.context);
  engine.configure({ ...FAST_SYNC, ...opts.sync });
  if (opts.sync?.schedule) engine.start();
  return {
    t,
    engine,
    serverCode: code,
    async close() {
      await engine.stop();
      await t.close();
    },
  };
}

export const ADMIN_ACTOR = { id: 'test-admin', name: 'مدیر آزمون', role: 'admin' as const };

/** Every record the office pushes, as it would go on the wire, keyed by entity and id. */
export async function localRecords(o: TestOffice): Promise<Map<string, Record<string, unknown>>> {
  const m = o.t.core.context.db.read;
  const out = new Map<string, Record<string, unknown>>();
  for (const t of SYNCED_TABLES) {
    const filter = t.when ? ` WHERE ${t.when.replace(/NEW\./g, '')}` : '';
    const ids = ((await m.query(`SELECT id FROM ${t.table}${filter}`)) as { id: string }[]).map((r) => r.id);
    for (const [id, data] of await readRecords(m, t, ids)) {
      // normalized the way the server stores it: parsed by the shared schema
      out.set(`${t.entity}/${id}`, pushedEntity(t.entity)!.schema.parse(data));
    }
  }
  return out;
}

/** The records the server holds for an office (by its client office id), keyed like localRecords. */
export async function serverRecords(
  server: TestServer,
  officeCode: string,
): Promise<Map<string, Record<string, unknown>>> {
  const rows = await server.db.read.query<{ entity: string; id: string; data: string }>(
    `SELECT r.entity, r.id, r.data FROM sync_record r JOIN office o ON o.id = r.office_id WHERE o.code = $1`,
    [officeCode],
  );
  return new Map(rows.map((r) => [`${r.entity}/${r.id}`, JSON.parse(r.data) as Record<string, unknown>]));
}
