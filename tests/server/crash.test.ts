// Crashes in the middle of a sync: the office process killed mid-push (and started again), and
// the server killed mid-push (and started again). Afterwards the server holds exactly the
// office's records: nothing lost, nothing twice.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDb, type ServerDb } from '../../src-server/db/database';
import { rng } from '../fixtures/generate';
import { startFaultProxy, type FaultProxy } from './proxy';
import { exited, freePort, serverListening, spawnServer, spawnTsx, waitForLine } from './processes';
import { resolutionInput, tempDir } from '../support/core';
import {
  ADMIN_ACTOR,
  DIALECTS,
  createPgDatabase,
  localRecords,
  openOffice,
  startTestServer,
  type TestOffice,
} from './support';

const SLOW = { dropBefore: 0, dropAfter: 0, cut: 0, duplicate: 0, delay: 1, maxDelayMs: 30 };

async function fill(o: TestOffice, n: number) {
  const council = await o.t.call('councils.create', {
    name: 'کرمان',
    kind: 'city',
    county: 'کرمان',
    province: 'کرمان',
  });
  for (let i = 0; i < n; i++) {
    await o.t.call(
      'resolutions.register',
      resolutionInput(council.id, { councilResolutionNumber: `${i}`, incomingNumber: `${i}` }),
    );
  }
}

async function heldBy(db: ServerDb, code: string) {
  const rows = await db.read.query<{ entity: string; id: string; data: string }>(
    'SELECT r.entity, r.id, r.data FROM sync_record r JOIN office o ON o.id = r.office_id WHERE o.code = $1',
    [code],
  );
  return new Map(rows.map((r) => [`${r.entity}/${r.id}`, JSON.parse(r.data)]));
}

async function expectSame(o: TestOffice, db: ServerDb) {
  const mine = await localRecords(o);
  const held = await heldBy(db, o.serverCode);
  expect([...held.keys()].sort()).toEqual([...mine.keys()].sort());
  for (const [k, v] of mine) expect(held.get(k), k).toEqual(v);
}

const countHeld = async (db: ServerDb) =>
  Number((await db.read.query<{ n: string }>('SELECT count(*) AS n FROM sync_record'))[0].n);

describe.each(DIALECTS)('on %s', (dialect) => {
  describe('the office is killed mid-sync', () => {
    let proxy: FaultProxy;
    let server: Awaited<ReturnType<typeof startTestServer>>;
    beforeAll(async () => {
      server = await startTestServer(dialect);
      proxy = await startFaultProxy(server.url);
    });
    afterAll(async () => {
      await proxy?.close();
      await server?.stop();
    });

    it('resumes where it stopped when it starts again', async () => {
      const o = await openOffice('0801');
      await o.engine.enroll(proxy.url, await server.newOffice('0801'), ADMIN_ACTOR);
      await fill(o, 120);
      const dir = o.t.dir;
      await o.close();

      proxy.setFaults(rng(1), SLOW);
      // four batches of five go through; the server applies the fifth, and its answer is kept
      // back: the office dies waiting for it, never knowing that batch arrived
      const held = proxy.holdAnswersAfter(4);
      const child = spawnTsx('tests/server/fixtures/sync-child.ts', [dir]);
      await waitForLine(child, /syncing/);
      await held;
      expect(await countHeld(server.db)).toBeGreaterThanOrEqual(20);
      child.kill('SIGKILL');
      await exited(child);
      const atKill = await countHeld(server.db);
      expect(atKill).toBeLessThan(122);

      proxy.release();
      proxy.setFaults(null);
      const again = await openOffice('0801', { dir });
      try {
        expect(await again.engine.run()).toMatchObject({ ok: true });
        await expectSame(again, server.db);
      } finally {
        await again.close();
      }
    });
  });

  describe('the server is killed mid-push', () => {
    let db: ServerDb;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      if (dialect === 'postgres') {
        const created = await createPgDatabase();
        drop = created.drop;
        db = await openServerDb({ url: created.url });
      } else db = await openServerDb({ url: path.join(tempDir('tatbiq-crash-'), 'server.sqlite') });
    });
    afterAll(async () => {
      await db?.close();
      await drop?.();
    });

    it('the office retries until the server is back, and ends with every record once', async () => {
      const port = await freePort();
      const dbUrl = db.where.replace(':***@', '@');
      let server = spawnServer(dbUrl, port);
      await serverListening(server);
      const { addProvince, addCounty, addOffice, issueCode } = await import('../../src-server/admin/commands');
      const now = new Date().toISOString();
      await addProvince(db, 'کرمان', now);
      await addCounty(db, 'کرمان', 'کرمان', now);
      await addOffice(db, { code: '0801', name: 'دبیرخانه کرمان', province: 'کرمان', county: 'کرمان' }, now);
      const proxy = await startFaultProxy(`http://127.0.0.1:${port}`);
      const o = await openOffice('0801', {
        sync: { attempts: 400, backoff: { baseMs: 10, capMs: 60 }, batchSize: 5, requestTimeoutMs: 3_000 },
      });
      try {
        await o.engine.enroll(proxy.url, (await issueCode(db, '0801', 7, new Date())).code, ADMIN_ACTOR);
        await fill(o, 120);
        proxy.setFaults(rng(2), SLOW);
        // three batches go through; the server dies with the fourth applied and its answer unsent
        const held = proxy.holdAnswersAfter(3);
        const run = o.engine.run();
        await held;
        expect(await countHeld(db)).toBeGreaterThanOrEqual(15);
        server.kill('SIGKILL');
        await exited(server);
        expect(await countHeld(db)).toBeLessThan(122);
        // the connection dies with the server: the office retries until the new one listens
        proxy.release();
        server = spawnServer(dbUrl, port);
        await serverListening(server);
        expect(await run).toMatchObject({ ok: true });
        await expectSame(o, db);
      } finally {
        await o.close();
        await proxy.close();
        server.kill('SIGTERM');
        await exited(server);
      }
    });
  });
});
