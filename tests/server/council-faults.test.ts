// Council submissions across a bad network (issue 14, the fault suite's new flow): pulls and the
// minutes' downloads dropped before or after the server saw them, answers cut, requests delayed and
// sent twice. However often a sync fails half way, every submission arrives in the office's inbox
// exactly once with its minutes, and after registering, the portal sees each registered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../fixtures/generate';
import { tinyPdf } from '../support/core';
import { type CouncilClient, submissionInput, councilFaultWorld, syncThroughFaults } from './councilPortal';
import { DEFAULT_FAULTS, type FaultProxy } from './proxy';
import { DIALECTS, type TestOffice, type TestServer } from './support';

const N = 6;

describe.each(DIALECTS)('council submissions through faults on %s', (dialect) => {
  let s: TestServer;
  let proxy: FaultProxy;
  let k: TestOffice;
  let portal: CouncilClient;

  beforeAll(async () => {
    ({ s, proxy, k, portal } = await councilFaultWorld(dialect, '0921', 'faults.sec'));
    // the council sends through its own (good) connection; the office's is the bad one
    for (let i = 1; i <= N; i++) {
      const r = await portal.post('/council/api/submissions', {
        ...submissionInput({ councilResolutionNumber: `F-${i}`, title: `مصوبهٔ ${i}` }),
        pdfBase64: tinyPdf(`faults ${i}`).toString('base64'),
      });
      expect(r.status).toBe(200);
    }
  }, 60_000);
  afterAll(async () => {
    await k?.close();
    await proxy?.close();
    await s?.stop();
  });

  it('every submission arrives once, with its minutes, however the syncs fail', async () => {
    await syncThroughFaults(k.engine, proxy, 14);
    const inbox = await k.t.call('councilInbox.list', {});
    expect(inbox.map((x) => x.councilResolutionNumber).sort()).toEqual(
      Array.from({ length: N }, (_, i) => `F-${i + 1}`).sort(),
    );
    expect(inbox.every((x) => x.pdfReady)).toBe(true);
    expect(proxy.stats.dropAfter + proxy.stats.cut + proxy.stats.dropBefore).toBeGreaterThan(0);
  });

  it('registered through faults, each is registered once and the portal sees all of them', async () => {
    // each registration takes the register's next number, so the list is read again each time
    for (let i = 0; i < N; i++) {
      const [item] = await k.t.call('councilInbox.list', {});
      await k.t.call('councilInbox.register', { id: item.id, incomingNumber: item.suggestedIncoming });
    }
    proxy.setFaults(rng(41), DEFAULT_FAULTS);
    for (let run = 0; run < 40; run++) if ((await k.engine.run()).ok && run > 3) break;
    proxy.setFaults(null);
    expect(await k.engine.run()).toMatchObject({ ok: true });
    expect(await k.t.count('resolution')).toBe(N);
    const list = await portal.get<{ submissions: { state: string }[] }>('/council/api/submissions');
    expect(list.body.submissions.map((x) => x.state)).toEqual(Array(N).fill('registered'));
    expect(await k.t.call('councilInbox.list', {})).toEqual([]);
  });
});
