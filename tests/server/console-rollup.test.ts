// The console's rollups kept up to date off the request path (issue 13, scale), on both databases,
// through a real server: a late rollup is served as kept and computed again by the refresher; a
// key never computed is computed once for every request that asks at once; a refresh that fails
// is logged and tried again; and the offices' pushes and pulls keep being answered quickly while a
// costly rollup is computed (in the worker thread), where computing it on the main thread would
// hold them.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src-server/serve';
import { addOffice, issueCode } from '../../src-server/admin/commands';
import { computeKind } from '../../src-server/console/rollupKinds';
import { WORKER_NICE } from '../../src-server/console/offThread';
import type { Computed } from '../../src-server/console/rollup';
import { tempDir } from '../support/core';
import { resolvePeriod } from '../../shared/reports/period';
import { todayInTehran } from '../../shared/dates/jalali';
import { ConsoleClient, cliAccount } from './consoleClient';
import { buildCountry, EXPECTED, KERMAN } from './country';
import { createPgDatabase, type Dialect } from './support';
import { change, client, councilData, resolutionData } from './wire';

type Overview = { computedAt: string; asOf: string; totals: { received: number } };
type LogLine = { msg: string; key?: string; ms?: number; eventLoopMaxMs?: number; err?: { message: string } };

const MINUTE = 60_000;
const Y = 'year=1405';
const YEAR = resolvePeriod({ kind: 'year', year: 1405 });
const COUNTRY_KEY = `overview|country:|${YEAR.from}|${YEAR.to}|7`;

describe.each<Dialect>(['sqlite', 'postgres'])('console rollups on %s', (dialect) => {
  let server: RunningServer;
  let dbUrl: string;
  let drop = async () => undefined as unknown;
  let minister: ConsoleClient;
  let password: string;
  const lines: LogLine[] = [];
  // the server's clock: moved forward by the tests, never back
  let clockMs = Date.now();
  const at = () => new Date(clockMs);

  beforeAll(async () => {
    if (dialect === 'postgres') {
      const created = await createPgDatabase();
      dbUrl = created.url;
      drop = created.drop;
    } else dbUrl = path.join(tempDir('tatbiq-rollup-'), 'server.sqlite');
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as LogLine);
        done();
      },
    });
    server = await startServer(
      { db: dbUrl, host: '127.0.0.1', port: 0, logLevel: 'info', dbPool: 4 },
      {
        log: pino({ level: 'info' }, sink),
        clock: at,
        // everything is kept (the small country is cheap); the refresher looks only when told to
        rollups: { minComputeMs: 0, maxAgeMs: 2 * MINUTE, refreshAfterMs: MINUTE, refreshEveryMs: 3_600_000 },
      },
    );
    await buildCountry(server.db, server.url);
    password = await cliAccount(dbUrl, 'minister', 'ministry');
    minister = new ConsoleClient(server.url);
    expect((await minister.signIn('minister', password)).status).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
    await drop();
  });

  const get = async (q = '') => {
    const r = await minister.get<Overview>(`/console/api/overview?${Y}${q}`);
    expect(r.status).toBe(200);
    return r.body;
  };
  const keys = async () =>
    (await server.db.read.query<{ key: string }>('SELECT key FROM console_rollup ORDER BY key')).map((r) => r.key);

  it('serves a late rollup as kept, without computing it, and the refresher computes it again', async () => {
    const t0 = at().toISOString();
    const first = await get();
    expect(first.computedAt).toBe(t0);
    expect(first.totals).toMatchObject(EXPECTED.country);
    const [key] = await keys();
    expect(key).toMatch(/^overview\|country:\|/);
    // young: the refresher leaves it
    expect(await server.rollups.refreshNow()).toEqual([]);
    // what is kept is what is served: a figure changed in the kept row shows, so nothing was computed
    const [row] = await server.db.read.query<{ data: string }>('SELECT data FROM console_rollup WHERE key = $1', [key]);
    const kept = JSON.parse(row.data) as { spec: unknown; value: { totals: { received: number } } };
    kept.value.totals.received = 999;
    await server.db.tx((tx) =>
      tx.query('UPDATE console_rollup SET data = $1 WHERE key = $2', [JSON.stringify(kept), key]),
    );
    clockMs += 5 * MINUTE; // past maxAgeMs
    const late = await get();
    expect(late.computedAt).toBe(t0);
    expect(late.totals.received).toBe(999);
    // the refresher computes it again from its spec, off the request
    const t1 = at().toISOString();
    expect(await server.rollups.refreshNow()).toEqual([key]);
    const fresh = await get();
    expect(fresh.computedAt).toBe(t1);
    expect(fresh.totals).toMatchObject(EXPECTED.country);
    // computed in a thread of its own that gives way to the server's when cores are short
    const nice = fs
      .readdirSync(`/proc/${process.pid}/task`)
      .map((t) => Number(fs.readFileSync(`/proc/${process.pid}/task/${t}/stat`, 'utf8').split(') ')[1].split(' ')[16]));
    expect(nice).toContain(WORKER_NICE);
    const logged = lines.find((l) => l.msg === 'rollup refreshed' && l.key === key);
    expect(logged?.ms).toBeGreaterThanOrEqual(0);
    expect(logged?.eventLoopMaxMs).toBeGreaterThanOrEqual(0);
  });

  it('computes a key never computed once, for all the requests that ask at once', async () => {
    const [{ id: kerman }] = await server.db.read.query<{ id: string }>('SELECT id FROM province WHERE name = $1', [
      KERMAN,
    ]);
    const rollups = server.rollups as { offThread?: (k: string, s: unknown, a: string) => Promise<Computed> };
    const real = rollups.offThread!;
    let computed = 0;
    rollups.offThread = (...args) => {
      computed += 1;
      return real(...args);
    };
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => get(`&unit=province:${kerman}`)));
      expect(computed).toBe(1);
      expect(new Set(answers.map((a) => a.computedAt)).size).toBe(1);
      for (const a of answers) expect(a.totals).toMatchObject(EXPECTED[KERMAN]);
      // and the next request is served from what was kept
      await get(`&unit=province:${kerman}`);
      expect(computed).toBe(1);
    } finally {
      rollups.offThread = real;
    }
    expect(await keys()).toContain(`overview|province:${kerman}|${YEAR.from}|${YEAR.to}|7`);
  });

  it('logs a refresh that fails, keeps serving what it had, and tries again at the next look', async () => {
    const before = await get();
    clockMs += 5 * MINUTE;
    // the records' table is away for a moment (as during a restore): every computation fails
    await server.db.tx((tx) => tx.query('ALTER TABLE sync_record RENAME TO sync_record_away'));
    try {
      expect(await server.rollups.refreshNow()).toEqual([]);
    } finally {
      await server.db.tx((tx) => tx.query('ALTER TABLE sync_record_away RENAME TO sync_record'));
    }
    const failed = lines.filter((l) => l.msg === 'rollup refresh failed');
    expect(failed.map((l) => l.key)).toContain(COUNTRY_KEY);
    expect(failed[0].err?.message).toMatch(/sync_record/);
    expect((await get()).computedAt).toBe(before.computedAt);
    const t2 = at().toISOString();
    expect(await server.rollups.refreshNow()).toContain(COUNTRY_KEY);
    const after = await get();
    expect(after.computedAt).toBe(t2);
    expect(after.totals).toMatchObject(EXPECTED.country);
  });

  it('drops a kept row nobody asked for in a day instead of computing it again', async () => {
    const kept = await keys();
    expect(kept.length).toBeGreaterThan(1);
    await get(); // the country is asked for; the province is not
    clockMs += 25 * 60 * MINUTE;
    // (a new session: the last one ended with the day)
    minister = new ConsoleClient(server.url);
    expect((await minister.signIn('minister', password)).status).toBe(200);
    await get();
    await server.rollups.refreshNow();
    expect(await keys()).toEqual([COUNTRY_KEY]);
  });

  it('keeps answering pushes and pulls while a costly rollup is computed in the worker thread', async () => {
    // a country with tens of thousands of resolutions this year: seconds of reading and counting
    const [office] = await server.db.read.query<{ id: string }>('SELECT id FROM office ORDER BY code LIMIT 1');
    const seed = (
      await server.db.read.query<{ id: string; data: string }>(
        "SELECT id, data FROM sync_record WHERE entity = 'resolution' AND office_id = $1",
        [office.id],
      )
    ).find((r) => {
      const d = JSON.parse(r.data) as { receiptDate: string };
      return d.receiptDate >= YEAR.from && d.receiptDate <= YEAR.to;
    })!;
    const copies = 40_000;
    const newId = `r.id || '-x' || n`;
    const doc =
      dialect === 'postgres'
        ? `jsonb_set(r.data::jsonb, '{id}', to_jsonb(${newId}))::text`
        : `json_set(r.data, '$.id', ${newId})`;
    const numbers =
      dialect === 'postgres'
        ? `generate_series(1, ${copies}) n`
        : `(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${copies}) SELECT n FROM s)`;
    await server.db.tx((tx) =>
      tx.query(
        `INSERT INTO sync_record (entity, id, office_id, rev, change_id, data, updated_at)
           SELECT r.entity, ${newId}, r.office_id, 1, r.change_id || '-x' || n, ${doc}, r.updated_at
             FROM sync_record r, ${numbers} WHERE r.entity = 'resolution' AND r.id = $1`,
        [seed.id],
      ),
    );
    // an office that syncs meanwhile
    const api = client(server.url);
    await addOffice(
      server.db,
      { code: '0990', name: 'دبیرخانه آزمون', province: KERMAN, county: KERMAN },
      at().toISOString(),
    );
    const token = (await api.enroll((await issueCode(server.db, '0990', 7, new Date())).code, 'client-0990')).body
      .token;
    await api.push(token, [change('council', councilData('client-0990', 'council-0990', { name: KERMAN }))]);
    let made = 0;
    const syncOnce = async () => {
      made += 1;
      const id = `sync-${made}`;
      const t = performance.now();
      const p = await api.push(token, [
        change(
          'resolution',
          resolutionData('client-0990', 'council-0990', id, { incomingNumber: id, incomingKey: id }),
        ),
      ]);
      expect(p.status).toBe(200);
      const q = await api.pull(token, 'limit=100');
      expect(q.status).toBe(200);
      return performance.now() - t;
    };
    await syncOnce();

    /** refreshes the country's rollup (made late) with the offices syncing, measuring both */
    const refreshWhileSyncing = async (refresh: () => Promise<unknown>) => {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      let running = true;
      const latencies: number[] = [];
      const syncing = (async () => {
        while (running) latencies.push(await syncOnce());
      })();
      const t = performance.now();
      await refresh();
      const took = performance.now() - t;
      running = false;
      await syncing;
      loop.disable();
      return { took, latencies, loopMaxMs: loop.max / 1e6 };
    };

    clockMs += 10 * MINUTE;
    const key = COUNTRY_KEY;
    const off = await refreshWhileSyncing(() => server.rollups.refreshNow());
    const refreshed = lines.filter((l) => l.msg === 'rollup refreshed' && l.key === key).at(-1)!;
    expect((await get()).totals.received).toBeGreaterThan(copies);
    // the same computation on the main thread, for comparison: it holds the event loop
    const [row] = await server.db.read.query<{ data: string }>('SELECT data FROM console_rollup WHERE key = $1', [key]);
    const spec = (JSON.parse(row.data) as { spec: unknown }).spec;
    let inline: Computed | null = null;
    const on = await refreshWhileSyncing(async () => {
      inline = await computeKind(server.db, 'overview', spec, todayInTehran(at()));
    });
    console.log(
      `${dialect}: rollup of ${copies} resolutions computed in ${refreshed.ms} ms in the worker ` +
        `(event loop max ${off.loopMaxMs.toFixed(0)} ms, ${off.latencies.length} syncs, max ` +
        `${Math.max(...off.latencies).toFixed(0)} ms); on the main thread ${inline!.ms} ms ` +
        `(event loop max ${on.loopMaxMs.toFixed(0)} ms, ${on.latencies.length} syncs, max ${Math.max(...on.latencies).toFixed(0)} ms)`,
    );
    expect(refreshed.ms).toBeGreaterThan(500);
    // the offices kept syncing, each push and pull answered within a second (p95: the machine is
    // shared), and the event loop was never held as the same computation on it holds it
    expect(off.latencies.length).toBeGreaterThan(3);
    const sorted = [...off.latencies].sort((x, y) => x - y);
    expect(sorted[Math.floor(sorted.length * 0.95)]).toBeLessThan(1_000);
    // how long the main thread holds the loop depends on the machine's speed (296 ms on PostgreSQL on
    // an idle one): it is the comparison with the worker that matters, on a hold that is surely there
    expect(on.loopMaxMs).toBeGreaterThan(100);
    expect(off.loopMaxMs).toBeLessThan(on.loopMaxMs / 3);
  });
});
