// Council portal letters and answers across a bad network (issue 14, the fault suite's new flows):
// the office's pushes of its letters and its pulls of deliveries and answers dropped before or
// after the server saw them, answers cut, requests delayed and sent twice. However often a sync
// fails half way, every letter reaches the portal once, and every council answer is recorded in
// the office exactly once, as the council's answer on the resolution.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTehran } from '../../shared/dates/jalali';
import { seedPeople, type People } from '../support/core';
import { objectedResolution } from '../integration/letters-fixtures';
import { type CouncilClient, councilFaultWorld, syncThroughFaults } from './councilPortal';
import { type FaultProxy } from './proxy';
import { DIALECTS, type TestOffice, type TestServer } from './support';

const N = 4;

describe.each(DIALECTS)('council portal letters through faults on %s', (dialect) => {
  let s: TestServer;
  let proxy: FaultProxy;
  let k: TestOffice;
  let people: People;
  let portal: CouncilClient;
  const resolutions: string[] = [];
  const letters: string[] = [];

  const syncThrough = (seed: number) => syncThroughFaults(k.engine, proxy, seed);

  beforeAll(async () => {
    let councilId = '';
    ({ s, proxy, k, portal, councilId } = await councilFaultWorld(dialect, '0931', 'letters.sec'));
    people = await seedPeople(k.t);
    // received today (by the real clock the server's portal windows run on), approved days before
    const today = todayInTehran(k.t.now.value);
    const approved = todayInTehran(new Date(Date.now() - 3 * 86_400_000));
    for (let i = 0; i < N; i++) {
      const r = await objectedResolution(k.t, people, councilId, {
        councilResolutionNumber: `LF-${i + 1}`,
        receiptDate: today,
        approvalDate: approved,
        councilSessionDate: approved,
      });
      const draft = await k.t
        .as(people.secretary)
        .call('letters.createDraft', { kind: 'objection', resolutionId: r.id });
      await k.t.as(people.secretary).call('letters.issue', { id: draft.id });
      resolutions.push(r.id);
      letters.push(draft.id);
    }
  }, 120_000);
  afterAll(async () => {
    await k?.close();
    await proxy?.close();
    await s?.stop();
  });

  it('every issued letter reaches the portal once, however the office’s pushes fail', async () => {
    await syncThrough(24);
    const list = await portal.get<{ letters: { id: string }[] }>('/council/api/letters');
    expect(list.body.letters.map((l) => l.id).sort()).toEqual([...letters].sort());
    expect(proxy.stats.dropAfter + proxy.stats.cut + proxy.stats.dropBefore).toBeGreaterThan(0);
  });

  it('every council answer is recorded in the office once, however its pulls fail', async () => {
    // the council opens each letter and repeals its resolution, through its own (good) connection
    for (const id of letters) {
      expect((await portal.get(`/council/api/letters/${id}`)).status).toBe(200);
      const answer = await portal.post(`/council/api/letters/${id}/answer`, {
        id: crypto.randomUUID(),
        answer: 'repeal',
      });
      expect(answer.status).toBe(200);
    }
    const before = proxy.stats.dropAfter + proxy.stats.cut + proxy.stats.dropBefore;
    await syncThrough(42);
    // pulled again from the start, as after a lost cursor: nothing is recorded twice
    await k.t.core.context.db.write((tx) => tx.query("UPDATE sync_state SET cursor = ''"));
    expect(await k.engine.run()).toMatchObject({ ok: true });
    for (const id of resolutions) {
      expect((await k.t.call('resolutions.get', { id })).status).toBe('withdrawn');
      const records = await k.t.call('lifecycle.records', { resolutionId: id });
      expect(records.answers).toHaveLength(1);
      expect(records.letters[0].councilReceivedDate).toBeTruthy();
    }
    const [{ n }]: { n: number }[] = await k.t.core.context.db.read.query('SELECT count(*) AS n FROM council_answer');
    expect(n).toBe(N);
    expect(proxy.stats.dropAfter + proxy.stats.cut + proxy.stats.dropBefore).toBeGreaterThan(before);
  });
});
