// Complaints over a bad network (on each database): pulls and pushes between the office and the
// server are dropped before or after the server saw them, cut half way, sent twice and delayed
// (tests/server/proxy.ts, seeded), in small pages, with the office restarted half way. In the end
// the office holds every complaint exactly once, every answer it gave reached the server once, and
// the citizen reads each answer by its code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FAULTS, startFaultProxy, type FaultProxy } from './proxy';
import { COMPLAINT_LIMITS } from '../../src-server/public/complaintLimits';
import { rng } from '../fixtures/generate';
import { seedPeople, type People } from '../support/core';
import { ADMIN_ACTOR, DIALECTS, openOffice, startTestServer, type TestOffice, type TestServer } from './support';
import { client } from './wire';

const N = 12;

describe.each(DIALECTS)('complaints over a bad network on %s', (dialect) => {
  let s: TestServer;
  let proxy: FaultProxy;
  let o: TestOffice;
  let people: People;
  const codes: string[] = [];
  const submitLimit = COMPLAINT_LIMITS.submit.limit;
  const sync = { pullLimit: 3, requestTimeoutMs: 1_000 };

  /** Runs until one run succeeds (a run may fail when every retry of a step was unlucky). */
  async function syncThrough(tries = 40) {
    for (let i = 0; i < tries; i++) if ((await o.engine.run()).ok) return;
    throw new Error('no sync run succeeded');
  }

  beforeAll(async () => {
    COMPLAINT_LIMITS.submit.limit = 1000;
    s = await startTestServer(dialect);
    proxy = await startFaultProxy(s.url);
    const code = await s.newOffice('0801', 'کرمان');
    o = await openOffice('0801', { county: 'کرمان', sync });
    people = await seedPeople(o.t);
    await o.engine.enroll(proxy.url, code, ADMIN_ACTOR);
    await syncThrough();
    const [{ id: officeId }] = await s.db.read.query<{ id: string }>('SELECT id FROM office WHERE code = $1', ['0801']);
    for (let i = 0; i < N; i++) {
      const r = await client(s.url).call<{ trackingCode: string }>('POST', '/public/api/complaints', {
        json: {
          officeId,
          councilName: 'شورای اسلامی شهر کرمان',
          resolutionNumber: String(100 + i),
          grounds: `شکایت شمارهٔ ${i}: این مصوبه بدون مجوز قانونی عوارض وضع کرده است.`,
          contact: '09123456789',
        },
      });
      expect(r.status).toBe(200);
      codes.push(r.body.trackingCode);
    }
  });
  afterAll(async () => {
    COMPLAINT_LIMITS.submit.limit = submitLimit;
    await o?.close();
    await proxy?.close();
    await s?.stop();
  });

  it('keeps every complaint once and every answer reaches the citizen', async () => {
    proxy.setFaults(rng(dialect === 'sqlite' ? 14 : 41), DEFAULT_FAULTS);
    await syncThrough();
    // the office restarts between two syncs, and the feed is read again from its start
    const dir = o.t.dir;
    await o.close();
    o = await openOffice('0801', { dir, sync });
    await o.t.core.context.db.write((tx) => tx.query(`UPDATE sync_state SET cursor = '' WHERE id = 1`));
    await syncThrough();
    const sec = o.t.as(people.secretary);
    let list = await sec.call('complaints.list', {});
    expect(list.map((c) => c.trackingCode).sort()).toEqual([...codes].sort());
    // half are answered, and go up through the same network
    const answered = list.filter((_, i) => i % 2 === 0);
    for (const c of answered)
      await sec.call('complaints.answer', { id: c.id, answer: `پاسخ به ${c.resolutionNumber}` });
    await syncThrough();
    await syncThrough();
    proxy.setFaults(null);
    await syncThrough();
    list = await sec.call('complaints.list', {});
    expect(list).toHaveLength(N);
    expect(new Set(list.map((c) => c.id)).size).toBe(N);
    const [{ n }] = await s.db.read.query<{ n: string | number }>(
      "SELECT count(*) AS n FROM sync_record WHERE entity = 'complaint_answer'",
    );
    expect(Number(n)).toBe(answered.length);
    for (const c of list) {
      const seen = await client(s.url).call<{ status: string; answer: { text: string } | null }>(
        'POST',
        '/public/api/complaints/track',
        { json: { code: c.trackingCode } },
      );
      const mine = answered.find((a) => a.id === c.id);
      expect(seen.body.answer?.text ?? null).toBe(mine ? `پاسخ به ${c.resolutionNumber}` : null);
    }
    expect(proxy.stats.dropAfter + proxy.stats.cut + proxy.stats.duplicate).toBeGreaterThan(0);
  });
});
