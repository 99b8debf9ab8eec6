// The ministry server under load (issue 5): 500 offices enroll, then all sync at once against one
// server process on loopback (PostgreSQL when it answers on 127.0.0.1:5432, else the embedded
// SQLite), each pushing a day's records and pulling the reference data; then a new office pulls
// 100,000 reference rows through the real client into its own database. Bounded in count and time.
import fs from 'node:fs';
import path from 'node:path';
import { v7 } from 'uuid';
import pg from 'pg';
import { openServerDb, type ServerDb } from '../../src-server/db/database';
import { addCounty, addOffice, addProvince, issueCode } from '../../src-server/admin/commands';
import { publishList } from '../../src-server/admin/publish';
import { SyncEngine } from '../../src-main/core/sync/engine';
import { councilData, loadWireSamples, resolutionData } from '../server/wire';
import { freePort, serverListening, spawnServer } from '../server/processes';
import { OFFICE_INPUT, PG_ADMIN_URL } from '../server/support';
import { startCore, tempDir } from '../support/core';
import { ms, percentile } from './stats';
import { rng } from '../fixtures/generate';
import { OfficeConnection } from './officeConnection';

const OFFICES = Number(process.env.BENCH_SYNC_OFFICES ?? 500);
const RESOLUTIONS_PER_OFFICE = 20;
const REFERENCE_ROWS = Number(process.env.BENCH_SYNC_REFERENCE ?? 100_000);
const TIME_LIMIT_MS = 5 * 60_000;

async function database(): Promise<{ url: string; kind: string; drop(): Promise<void> }> {
  const name = `tatbiq_bench_${Date.now()}`;
  try {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2_000 });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    return {
      url,
      kind: 'PostgreSQL',
      async drop() {
        const d = new pg.Client({ connectionString: PG_ADMIN_URL });
        await d.connect();
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await d.end();
      },
    };
  } catch {
    const dir = tempDir('tatbiq-bench-server-');
    return {
      url: path.join(dir, 'server.sqlite'),
      kind: 'SQLite (no PostgreSQL on 127.0.0.1:5432)',
      drop: async () => undefined,
    };
  }
}

/** CPU seconds a process has used so far, in its own code and in the kernel on its behalf */
interface Cpu {
  user: number;
  kernel: number;
}

/** /proc/<pid>/stat's fields after the command name (fields[1] is the parent's pid) */
const statOf = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

/** utime and stime, or (`reaped`) cutime and cstime: what its exited children used */
function cpuOf(pid: number, fields = statOf(pid), reaped = false): Cpu {
  const at = reaped ? 13 : 11;
  return { user: Number(fields[at]) / 100, kernel: Number(fields[at + 1]) / 100 };
}

const cpuSince = (now: Cpu, before: Cpu): Cpu => ({ user: now.user - before.user, kernel: now.kernel - before.kernel });
const cpuText = (c: Cpu) => `${(c.user + c.kernel).toFixed(1)} s (kernel ${c.kernel.toFixed(1)})`;

/**
 * CPU of PostgreSQL on this machine (the bench is alone on it): its live processes, and the
 * backends that have exited (closed connections), which their parent, the postmaster, has reaped.
 */
function postgresCpu(): Cpu {
  const total = { user: 0, kernel: 0 };
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const fields = statOf(Number(pid));
      const isPostmaster = fs.readFileSync(`/proc/${fields[1]}/comm`, 'utf8').trim() !== 'postgres';
      for (const c of [cpuOf(Number(pid), fields), ...(isPostmaster ? [cpuOf(Number(pid), fields, true)] : [])]) {
        total.user += c.user;
        total.kernel += c.kernel;
      }
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

interface Timed {
  samples: number[];
  errors: string[];
}

/** One request, timed; an error or a non-2xx answer is counted. */
async function timed<T>(t: Timed, send: () => Promise<{ status: number; text: string }>): Promise<T | null> {
  const t0 = performance.now();
  try {
    const res = await send();
    t.samples.push(performance.now() - t0);
    if (res.status >= 300) {
      t.errors.push(`HTTP ${res.status} ${res.text.slice(0, 200)}`);
      return null;
    }
    return JSON.parse(res.text) as T;
  } catch (e) {
    t.errors.push((e as Error).message);
    return null;
  }
}

interface SimOffice {
  conn: OfficeConnection;
  token: string;
  clientId: string;
  councils: Record<string, unknown>[];
  resolutions: Record<string, unknown>[];
  cursor: string;
}

const TEXT = 'شورای اسلامی مقرر می‌دارد عوارض خدمات شهری مطابق جدول پیوست وصول شود. '.repeat(20);

function newResolutions(o: SimOffice, n: number) {
  const made = Array.from({ length: n }, () => {
    const i = o.resolutions.length;
    const r = resolutionData(o.clientId, String(o.councils[i % 2].id), v7(), {
      incomingNumber: `۱۴۰۵/${i}`,
      incomingKey: `1405/${i}`,
      text: TEXT,
    });
    o.resolutions.push(r);
    return r;
  });
  return made.map((r) => ({ changeId: v7(), entity: 'resolution', id: String(r.id), rev: 1, data: r }));
}

/** A day's backlog: the office's councils and twenty resolutions, in one push. */
function firstSync(o: SimOffice) {
  o.councils = [
    councilData(o.clientId, v7()),
    councilData(o.clientId, v7(), { name: 'جوپار', nameKey: 'جوپار', kind: 'village' }),
  ];
  return [
    ...o.councils.map((c) => ({ changeId: v7(), entity: 'council', id: String(c.id), rev: 1, data: c })),
    ...newResolutions(o, RESOLUTIONS_PER_OFFICE),
  ];
}

/** What fifteen minutes bring: two resolutions registered, one sent to its expert. */
function periodicSync(o: SimOffice) {
  const moved: Record<string, unknown> = {
    ...o.resolutions[0],
    status: 'under_review',
    assignedExpertId: 'expert-1',
    dueKind: 'expert_opinion',
    rev: 2,
  };
  o.resolutions[0] = moved;
  return [...newResolutions(o, 2), { changeId: v7(), entity: 'resolution', id: String(moved.id), rev: 2, data: moved }];
}

/** A push's body, written before the clock starts: the offices' own JSON work is not the server's. */
interface Body {
  json: string;
  changes: number;
}

const pushBody = (changes: unknown[]): Body => ({
  json: JSON.stringify({ batchId: v7(), changes }),
  changes: changes.length,
});

/** One office's sync: its push, then the feed from its cursor to the end. */
async function officeSync(o: SimOffice, body: Body, t: Timed): Promise<number> {
  const auth = { authorization: `Bearer ${o.token}` };
  const pushed = await timed<{ accepted: string[] }>(t, () =>
    o.conn.request('POST', '/v1/sync/push', { ...auth, 'content-type': 'application/json' }, body.json),
  );
  if (pushed && pushed.accepted?.length !== body.changes) t.errors.push('changes not accepted');
  let pulled = 0;
  for (;;) {
    const page = await timed<{ changes: unknown[]; cursor: string; hasMore: boolean }>(t, () =>
      o.conn.request('GET', `/v1/sync/pull?since=${o.cursor}&limit=500`, auth),
    );
    if (!page) break;
    pulled += page.changes.length;
    o.cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return pulled;
}

/** Every office at once; latency per request, the server's peak memory and CPU. */
async function allAtOnce(
  pid: number,
  offices: SimOffice[],
  changesOf: (o: SimOffice) => unknown[],
  /** each office starts at a random moment within this window (0: all at the same instant) */
  spreadMs = 0,
): Promise<{
  t: Timed;
  elapsed: number;
  records: number;
  pulled: number;
  peakRss: number;
  serverCpu: Cpu;
  clientCpu: Cpu;
  dbCpu: Cpu;
}> {
  const bodies = offices.map((o) => pushBody(changesOf(o)));
  const t: Timed = { samples: [], errors: [] };
  let peakRss = rssOf(pid);
  const watch = setInterval(() => (peakRss = Math.max(peakRss, rssOf(pid))), 50);
  const cpu0 = cpuOf(pid);
  const pg0 = postgresCpu();
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  const random = rng(7);
  const pulled = await Promise.all(
    offices.map(async (o, i) => {
      if (spreadMs) await new Promise((resolve) => setTimeout(resolve, random() * spreadMs));
      return officeSync(o, bodies[i], t);
    }),
  );
  const elapsed = performance.now() - t0;
  clearInterval(watch);
  const self = process.cpuUsage(self0);
  return {
    t,
    elapsed,
    records: bodies.reduce((n, b) => n + b.changes, 0),
    pulled: pulled[0],
    peakRss,
    serverCpu: cpuSince(cpuOf(pid), cpu0),
    clientCpu: { user: self.user / 1e6, kernel: self.system / 1e6 },
    dbCpu: cpuSince(postgresCpu(), pg0),
  };
}

function report(title: string, r: Awaited<ReturnType<typeof allAtOnce>>, target?: string): [string, string, string?][] {
  const s = r.elapsed / 1000;
  return [
    [
      title,
      `${s.toFixed(2)} s`,
      `${r.t.samples.length} requests, ${r.t.errors.length} errors${r.t.errors.length ? ` (first: ${r.t.errors[0]})` : ''}`,
    ],
    [
      '  throughput',
      `${Math.round(r.t.samples.length / s)} req/s`,
      `${Math.round(r.records / s)} records pushed/s; each office pulled ${r.pulled} rows`,
    ],
    ['  latency p50 / p99', `${ms(percentile(r.t.samples, 50))} / ${ms(percentile(r.t.samples, 99))}`, target],
    ['  server RSS (peak)', `${(r.peakRss / 1024 / 1024).toFixed(0)} MB`],
    [
      '  CPU used',
      `server ${cpuText(r.serverCpu)}`,
      `PostgreSQL ${cpuText(r.dbCpu)}, the simulated offices ${cpuText(r.clientCpu)} (same 2 cores)`,
    ],
  ];
}

async function prepare(db: ServerDb, n: number) {
  const now = new Date().toISOString();
  await addProvince(db, 'کرمان', now);
  await addCounty(db, 'کرمان', 'کرمان', now);
  const codes: string[] = [];
  for (let i = 0; i < n; i++) {
    const code = `B${String(i).padStart(4, '0')}`;
    await addOffice(db, { code, name: `دبیرخانه ${i}`, province: 'کرمان', county: 'کرمان' }, now);
    codes.push((await issueCode(db, code, 1, new Date())).code);
  }
  await publishList(
    db,
    'legal_reference',
    Array.from({ length: 50 }, (_, i) => ({
      id: `ref-${i}`,
      law: 'قانون شوراها',
      article: String(i),
      subject: `ماده ${i}`,
    })),
    now,
  );
  return codes;
}

export async function benchSync(): Promise<[string, string, string?][]> {
  const deadline = Date.now() + TIME_LIMIT_MS;
  await loadWireSamples();
  const store = await database();
  const db = await openServerDb({ url: store.url, poolSize: 4 });
  const port = await freePort();
  const server = spawnServer(store.url, port);
  const url = `http://127.0.0.1:${port}`;
  const rows: [string, string, string?][] = [];
  let offices: SimOffice[] = [];
  try {
    await serverListening(server);
    rows.push(['server database', store.kind]);
    const codes = await prepare(db, OFFICES);

    const enrolled: { token: string; clientId: string }[] = [];
    for (let i = 0; i < codes.length; i += 50) {
      const part = codes.slice(i, i + 50);
      enrolled.push(
        ...(await Promise.all(
          part.map(async (code, j) => {
            const clientId = `bench-office-${i + j}`;
            const res = await fetch(`${url}/v1/enroll`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ code, officeId: clientId }),
            });
            return { token: ((await res.json()) as { token: string }).token, clientId };
          }),
        )),
      );
    }

    offices = enrolled.map((e) => ({
      ...e,
      conn: new OfficeConnection('127.0.0.1', port),
      councils: [],
      resolutions: [],
      cursor: '',
    }));
    const first = await allAtOnce(server.pid!, offices, firstSync);
    rows.push(...report(`${OFFICES} offices' first sync at once (22 records each)`, first));
    // The same load spread over 5 s comes first: it is for comparison, and it leaves the server as
    // one that has been running is (its code compiled by the JIT), so the same-instant run measures
    // serving, not starting up.
    const spread = await allAtOnce(server.pid!, offices, periodicSync, 5_000);
    // the ministry published something in between
    await publishList(
      db,
      'legal_reference',
      [{ id: 'circular-new', law: 'بخشنامه', subject: 'تازه' }],
      new Date().toISOString(),
    );
    // the issue's target is for offices syncing at the same instant
    const burst = await allAtOnce(server.pid!, offices, periodicSync);
    rows.push(
      ...report(
        `${OFFICES} offices' periodic sync, same instant (3 changes each)`,
        burst,
        'target: 0 errors, p99 < 1 s',
      ),
    );
    rows.push(...report(`${OFFICES} offices' periodic sync within 5 s (3 changes each, before the above)`, spread));
    const [{ n: held }] = await db.read.query<{ n: string }>('SELECT count(*) AS n FROM sync_record');
    rows.push(['records on the server', String(Number(held)), `expected ${OFFICES * (RESOLUTIONS_PER_OFFICE + 6)}`]);

    if (Date.now() < deadline) rows.push(...(await newOfficePull(db, url)));
  } finally {
    for (const o of offices) o.conn.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await db.close();
    await store.drop();
  }
  return rows;
}

/** 100,000 reference rows to a new office: the protocol alone, then through the office's client. */
async function newOfficePull(db: ServerDb, url: string): Promise<[string, string, string?][]> {
  const now = new Date().toISOString();
  const refs = Array.from({ length: REFERENCE_ROWS }, (_, i) => ({
    id: `bulk-${i}`,
    law: 'آیین‌نامهٔ مالی شهرداری‌ها',
    article: String(i % 400),
    note: i % 3 ? '' : `تبصره ${i % 7}`,
    subject: `موضوع مرجع قانونی شمارهٔ ${i}`,
    sortNo: i,
  }));
  const p0 = performance.now();
  await publishList(db, 'legal_reference', refs, now);
  const publishMs = performance.now() - p0;
  await addOffice(db, { code: 'NEW1', name: 'دبیرخانهٔ تازه', province: 'کرمان', county: 'کرمان' }, now);

  // the wire alone
  const { token } = (await (
    await fetch(`${url}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: (await issueCode(db, 'NEW1', 1, new Date())).code, officeId: 'wire-only' }),
    })
  ).json()) as { token: string };
  const w0 = performance.now();
  let cursor = '';
  let wireRows = 0;
  for (;;) {
    const page = (await (
      await fetch(`${url}/v1/sync/pull?since=${cursor}&limit=2000`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      changes: unknown[];
      cursor: string;
      hasMore: boolean;
    };
    wireRows += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const wireMs = performance.now() - w0;

  // a real office: its core, its engine, its SQLite
  await addOffice(db, { code: 'NEW2', name: 'دبیرخانهٔ تازهٔ دوم', province: 'کرمان', county: 'کرمان' }, now);
  const t = await startCore();
  await t.call('office.setup', OFFICE_INPUT('NEW2'));
  const engine = new SyncEngine(t.core.context, { schedule: false, pullLimit: 2000 });
  await engine.enroll(url, (await issueCode(db, 'NEW2', 1, new Date())).code, {
    id: 'bench',
    name: 'bench',
    role: 'admin',
  });
  const c0 = performance.now();
  const result = await engine.run();
  const coreMs = performance.now() - c0;
  const [{ n }] = await t.core.context.db.read.query('SELECT count(*) AS n FROM legal_reference');
  await engine.stop();
  await t.close();
  return [
    [
      `publish ${REFERENCE_ROWS.toLocaleString('en')} reference rows`,
      `${(publishMs / 1000).toFixed(2)} s`,
      'admin CLI path, one transaction',
    ],
    [`new office pulls them (wire only)`, `${(wireMs / 1000).toFixed(2)} s`, `${wireRows} rows, pages of 2000`],
    [
      `new office pulls and applies them`,
      `${(coreMs / 1000).toFixed(2)} s`,
      `${result.ok ? 'ok' : result.error}; ${n} legal references in its SQLite`,
    ],
  ];
}
