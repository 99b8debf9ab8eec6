// The ministry console at national scale (issue 13): a generated country in a fresh PostgreSQL
// database (consoleData.ts), one server process as `npm run server` runs it, and a signed-in
// console user over real HTTP. Dashboards of the country and of provinces for a year, drill-down
// pages, Excel of a province's year; then the offices' periodic sync at the same instant, alone
// and with ten console users refreshing dashboards meanwhile. PostgreSQL only: skipped without it.
import pg from 'pg';
import { v7 } from 'uuid';
import { openServerDb } from '../../src-server/db/database';
import { issueCode } from '../../src-server/admin/commands';
import { todayInTehran } from '../../shared/dates/jalali';
import { ConsoleClient, cliAccount } from '../server/consoleClient';
import { freePort, serverListening, spawnServer } from '../server/processes';
import { PG_ADMIN_URL } from '../server/support';
import { loadWireSamples, resolutionData } from '../server/wire';
import { OfficeConnection } from './officeConnection';
import { generateCountry, OFFICES, PROVINCES, RESOLUTIONS } from './consoleData';
import { ms, percentile } from './stats';
import { readFacts } from '../../src-server/console/facts';
import { officeRegister } from '../../src-server/console/officeRegister';
import type { ConsoleAccount } from '../../src-server/console/accounts';
import { resolvePeriod } from '../../shared/reports/period';

type Row = [string, string, string?];
const YEAR = 1404;
const s = (x: number) => `${(x / 1000).toFixed(2)} s`;

async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const name = `console_scale_bench_${Date.now()}`;
  try {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2_000 });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
  } catch {
    return null;
  }
  return {
    url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    async drop() {
      const d = new pg.Client({ connectionString: PG_ADMIN_URL });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

async function timedGet(c: ConsoleClient, path: string): Promise<number> {
  const t0 = performance.now();
  const r = await c.get(path);
  const took = performance.now() - t0;
  if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return took;
}

const p50p95 = (x: number[]) => `${ms(percentile(x, 50))} / ${ms(percentile(x, 95))}`;
const office = (n: number) => `o${String(n).padStart(3, '0')}`;
const province = (n: number) => `p${String(n).padStart(2, '0')}`;

export async function benchConsole(skip: ReadonlySet<string> = new Set()): Promise<Row[]> {
  const store = await freshDatabase();
  if (!store) return [['console bench', 'skipped', 'no PostgreSQL on 127.0.0.1:5432']];
  const rows: Row[] = [];
  // each figure is printed as it is measured too: a run cut short still shows what it measured
  const keep = rows.push.bind(rows);
  rows.push = (...r: Row[]) => {
    for (const x of r) console.log(`  ${x.join(' | ')}`);
    return keep(...r);
  };
  const db = await openServerDb({ url: store.url, poolSize: 2 });
  let server: ReturnType<typeof spawnServer> | null = null;
  const conns: OfficeConnection[] = [];
  try {
    const gen = new pg.Client({ connectionString: store.url });
    // dropping the database at the end of a failed run ends this connection: not a second error
    gen.on('error', () => undefined);
    await gen.connect();
    const t0 = performance.now();
    await generateCountry(gen, todayInTehran(), (line) => console.log(line));
    const [{ n: records, size }] = (
      await gen.query(
        'SELECT count(*) AS n, pg_size_pretty(pg_database_size(current_database())) AS size FROM sync_record',
      )
    ).rows as { n: string; size: string }[];
    await gen.end();
    rows.push([
      `generate ${PROVINCES} provinces, ${OFFICES} offices, ${RESOLUTIONS.toLocaleString('en')} resolutions`,
      s(performance.now() - t0),
      `${Number(records).toLocaleString('en')} records in sync_record, database ${size} (set-based SQL)`,
    ]);

    const password = await cliAccount(store.url, 'bench', 'ministry', { role: 'viewer' });
    const port = await freePort();
    server = spawnServer(store.url, port);
    const refreshed = refreshLog(server);
    await serverListening(server);
    const url = `http://127.0.0.1:${port}`;
    const user = new ConsoleClient(url);
    if ((await user.signIn('bench', password)).status !== 200) throw new Error('bench account cannot sign in');
    const Y = `year=${YEAR}`;

    if (!skip.has('dashboards')) await dashboards(user, db, rows);

    const register: number[] = [];
    const timeline: number[] = [];
    for (let i = 0; i < 40; i++) {
      const n = ((i * 37) % OFFICES) + 1;
      register.push(await timedGet(user, `/console/api/offices/${office(n)}/register?${Y}`));
      // resolution r<k> belongs to office (k % OFFICES) + 1
      const k = (i * 24_989 + 17) % RESOLUTIONS || 1;
      timeline.push(await timedGet(user, `/console/api/offices/${office((k % OFFICES) + 1)}/resolutions/r${k}`));
    }
    rows.push([
      'drill-down: an office’s register for a year (first page, 100 rows and the total) p50 / p95',
      p50p95(register),
      'target: p95 ≤ 100 ms',
    ]);
    rows.push(['drill-down: a resolution’s timeline p50 / p95', p50p95(timeline), 'target: p95 ≤ 100 ms']);
    rows.push(await registerBeforeAfter(db));
    if (!skip.has('dashboards')) await overdueAndExcel(user, db, rows);
    if (!skip.has('console-sync'))
      rows.push(...(await syncWithConsole(db, url, port, password, conns, store.url, refreshed)));
  } finally {
    for (const c of conns) c.close();
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await db.close();
    await store.drop();
  }
  return rows;
}

/** The country's, provinces' and counties' dashboards for a year. */
async function dashboards(user: ConsoleClient, db: Awaited<ReturnType<typeof openServerDb>>, rows: Row[]) {
  const Y = `year=${YEAR}`;
  // the national dashboard: computed once (kept as a rollup), then as the next viewers get it
  const computed: number[] = [];
  for (let i = 0; i < 1; i++) {
    await db.tx((tx) => tx.query('DELETE FROM console_rollup'));
    computed.push(await timedGet(user, `/console/api/overview?${Y}`));
  }
  const national: number[] = [];
  for (let i = 0; i < 30; i++) national.push(await timedGet(user, `/console/api/overview?${Y}`));
  rows.push([
    'national dashboard, one year: computed',
    s(Math.min(...computed)),
    `best of ${computed.length}; then kept as a rollup`,
  ]);
  rows.push([
    'national dashboard, one year p50 / p95',
    p50p95(national),
    'target: p95 ≤ 500 ms (rollup, ≤ 10 min old)',
  ]);

  const provinceFirst: number[] = [];
  const provinceNext: number[] = [];
  for (let p = 1; p <= 12; p++) {
    provinceFirst.push(await timedGet(user, `/console/api/overview?${Y}&unit=province:${province(p)}`));
    for (let i = 0; i < 3; i++)
      provinceNext.push(await timedGet(user, `/console/api/overview?${Y}&unit=province:${province(p)}`));
  }
  rows.push([
    'a province’s dashboard, one year: computed p50 / p95',
    p50p95(provinceFirst),
    '12 provinces, first view',
  ]);
  rows.push(['a province’s dashboard, one year p50 / p95', p50p95(provinceNext), 'target: p95 ≤ 200 ms']);
  const county: number[] = [];
  for (let o = 1; o <= 30; o++)
    county.push(await timedGet(user, `/console/api/overview?${Y}&unit=county:c${String(o * 7).padStart(3, '0')}`));
  rows.push(['a county’s dashboard, one year p50 / p95', p50p95(county), 'always computed (cheap)']);
}

/**
 * The register's drill-down in this process on the same database, alternating: the period's facts
 * read whole and then paged (as the drill-down did before it paged in SQL) against the page read in SQL, so a
 * busy machine slows both alike and their ratio still says what the change did.
 */
async function registerBeforeAfter(db: Awaited<ReturnType<typeof openServerDb>>): Promise<Row> {
  const minister = { scope: 'ministry', provinceId: null, countyId: null } as unknown as ConsoleAccount;
  const period = resolvePeriod({ kind: 'year', year: YEAR });
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < 40; i++) {
    const id = office(((i * 37) % OFFICES) + 1);
    let t0 = performance.now();
    await readFacts(db.read, db.dialect, [id], period);
    before.push(performance.now() - t0);
    t0 = performance.now();
    await officeRegister(db, minister, id, { year: YEAR });
    after.push(performance.now() - t0);
  }
  return [
    'drill-down in process, same database, alternating: whole period then paged / paged in SQL, p50 / p95',
    `${p50p95(before)} → ${p50p95(after)}`,
  ];
}

/** What is past its deadline now, and the Excel files. */
async function overdueAndExcel(user: ConsoleClient, db: Awaited<ReturnType<typeof openServerDb>>, rows: Row[]) {
  const Y = `year=${YEAR}`;
  const overdue: number[] = [];
  for (let i = 0; i < 10; i++) overdue.push(await timedGet(user, '/console/api/overdue'));
  rows.push(['past their deadline now, whole country p50 / p95', p50p95(overdue)]);

  await db.tx((tx) => tx.query('DELETE FROM console_rollup'));
  const xlsx = await timedGet(user, `/console/api/export/units.xlsx?${Y}&unit=province:${province(25)}`);
  const xlsxRegister = await timedGet(user, `/console/api/export/register-${office(25)}.xlsx?${Y}`);
  rows.push(['Excel of a province’s year (its counties)', s(xlsx), 'target ≤ 15 s; computed, no rollup']);
  rows.push(['Excel of an office’s register for a year', s(xlsxRegister)]);
}

interface SimOffice {
  n: number;
  token: string;
  conn: OfficeConnection;
  cursor: string;
  made: number;
}

/** The offices' periodic sync at one instant (tests/bench/sync.ts), alone, then with 10 console users. */
async function syncWithConsole(
  db: Awaited<ReturnType<typeof openServerDb>>,
  url: string,
  port: number,
  password: string,
  conns: OfficeConnection[],
  dbUrl: string,
  refreshed: Refreshed[],
): Promise<Row[]> {
  await loadWireSamples();
  const offices: SimOffice[] = [];
  for (let n = 1; n <= OFFICES; n += 1) {
    const code = (await issueCode(db, `N${String(n).padStart(3, '0')}`, 1, new Date())).code;
    const res = await fetch(`${url}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, officeId: `client-${n}` }),
    });
    const conn = new OfficeConnection('127.0.0.1', port);
    conns.push(conn);
    offices.push({ n, token: ((await res.json()) as { token: string }).token, conn, cursor: '', made: 0 });
  }
  const today = todayInTehran();
  const changesOf = (o: SimOffice) =>
    Array.from({ length: 3 }, () => {
      o.made += 1;
      const id = `bench-${o.n}-${o.made}`;
      const r = resolutionData(`client-${o.n}`, `${office(o.n)}-k1`, id, {
        incomingNumber: `ب/${o.n}/${o.made}`,
        incomingKey: `b/${o.n}/${o.made}`,
        receiptDate: today,
      });
      return { changeId: v7(), entity: 'resolution', id, rev: 1, data: r };
    });
  const burst = async (spreadMs: number) => {
    const bodies = offices.map((o) => JSON.stringify({ batchId: v7(), changes: changesOf(o) }));
    const samples: number[] = [];
    const errors: string[] = [];
    const one = async (send: () => Promise<{ status: number; text: string }>) => {
      const t0 = performance.now();
      const r = await send();
      samples.push(performance.now() - t0);
      if (r.status >= 300) errors.push(`HTTP ${r.status} ${r.text.slice(0, 200)}`);
      return r;
    };
    const t0 = performance.now();
    await Promise.all(
      offices.map(async (o, i) => {
        if (spreadMs) await new Promise((r) => setTimeout(r, (i * 7919) % spreadMs));
        const auth = { authorization: `Bearer ${o.token}` };
        await one(() =>
          o.conn.request('POST', '/v1/sync/push', { ...auth, 'content-type': 'application/json' }, bodies[i]),
        );
        for (;;) {
          const r = await one(() => o.conn.request('GET', `/v1/sync/pull?since=${o.cursor}&limit=500`, auth));
          if (r.status >= 300) break;
          const page = JSON.parse(r.text) as { cursor: string; hasMore: boolean };
          o.cursor = page.cursor;
          if (!page.hasMore) break;
        }
      }),
    );
    return { samples, errors, elapsed: performance.now() - t0 };
  };
  // the current year's dashboards, as the console users have them open
  const users: ConsoleClient[] = [];
  for (let i = 0; i < 10; i++) {
    const c = new ConsoleClient(url);
    const pw = i ? await cliAccount(dbUrl, `viewer${i}`, 'ministry', { role: 'viewer' }) : password;
    const r = await c.signIn(i ? `viewer${i}` : 'bench', pw);
    if (r.status !== 200) throw new Error(`console user ${i} cannot sign in: HTTP ${r.status}`);
    users.push(c);
  }
  const views = [
    '/console/api/overview?year=1405',
    ...Array.from({ length: 9 }, (_, i) => `/console/api/overview?year=1405&unit=province:${province(i + 1)}`),
  ];
  for (const v of views) await timedGet(users[0], v);
  await burst(5_000); // warm: every office's first periodic sync, spread (as in sync.ts)
  const alone = await burst(0);
  let running = true;
  const dashboards: number[] = [];
  const refreshing = users.map(async (c, i) => {
    for (let k = 0; running; k++) {
      dashboards.push(await timedGet(c, views[(i + k) % views.length]));
      await timedGet(c, '/console/api/overdue?unit=province:' + province(i + 1));
    }
  });
  const withConsole = await burst(0);
  running = false;
  await Promise.all(refreshing);
  const line = (title: string, b: Awaited<ReturnType<typeof burst>>, note?: string): Row[] => [
    [
      title,
      s(b.elapsed),
      `${b.samples.length} requests, ${b.errors.length} errors${b.errors[0] ? ` (${b.errors[0]})` : ''}`,
    ],
    ['  sync latency p50 / p99', `${ms(percentile(b.samples, 50))} / ${ms(percentile(b.samples, 99))}`, note],
  ];
  // the country's rollups made late: the next view (served as kept) wakes the server's refresher,
  // which computes them again in its worker thread while the offices keep syncing
  await db.tx((tx) =>
    tx.query("UPDATE console_rollup SET computed_at = '2000-01-01T00:00:00.000Z' WHERE key LIKE 'overview|country:|%'"),
  );
  const late = (
    await db.read.query<{ key: string }>("SELECT key FROM console_rollup WHERE key LIKE 'overview|country:|%'")
  ).map((r) => r.key);
  const seen = refreshed.length;
  const served = await timedGet(users[0], views[0]);
  const during: Awaited<ReturnType<typeof burst>>[] = [];
  const t0 = performance.now();
  while (late.some((k) => !refreshed.slice(seen).some((r) => r.key === k)) && performance.now() - t0 < 600_000)
    during.push(await burst(2_000));
  const these = refreshed.slice(seen).filter((r) => late.includes(r.key));
  const samples = during.flatMap((b) => b.samples);
  const errors = during.flatMap((b) => b.errors);
  return [
    ...line(`${OFFICES} offices' periodic sync, same instant, no console use`, alone),
    ...line(`the same with 10 console users refreshing dashboards`, withConsole, 'target: p99 < 1 s'),
    [
      '  dashboards during the burst p50 / p95',
      p50p95(dashboards),
      `${dashboards.length} dashboards (and as many overdue lists)`,
    ],
    ['the country’s dashboard while its rollup is late', s(served), 'served as kept; the refresher is woken'],
    [
      'cold national rollup refresh (worker thread)',
      these.map((r) => s(r.ms)).join(' + ') || 'not seen',
      `${late.length} rollup(s) of the country kept (the dashboards' year), computed again off the request path`,
    ],
    [
      '  sync p50 / p99 during the refresh',
      samples.length ? `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 99))}` : '—',
      `${during.length} bursts of ${OFFICES} offices (spread over 2 s), ${samples.length} requests, ${errors.length} errors; target: p99 < 1 s`,
    ],
    [
      '  event-loop max delay during the refresh',
      these.length ? `${Math.max(...these.map((r) => r.eventLoopMaxMs))} ms` : '—',
      'the server’s main thread (monitorEventLoopDelay, logged by the refresher)',
    ],
  ];
}

interface Refreshed {
  key: string;
  ms: number;
  eventLoopMaxMs: number;
}

/** The server's 'rollup refreshed' log lines, as they come. */
function refreshLog(server: ReturnType<typeof spawnServer>): Refreshed[] {
  const out: Refreshed[] = [];
  let rest = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines)
      if (l.includes('rollup refreshed')) {
        const j = JSON.parse(l) as Refreshed;
        out.push({ key: j.key, ms: j.ms, eventLoopMaxMs: j.eventLoopMaxMs });
      }
  });
  return out;
}
