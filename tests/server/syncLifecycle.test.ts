// An office that worked offline through whole rulings, letters, the council's answer and the
// board's decision syncs with nothing refused (issue 16 item 11): the server checks each status
// change step by step with its evidence, and the office sends each resolution with the child
// records that evidence it, even when the queue holds them far apart and batches are small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInTehran } from '../../shared/dates/jalali';
import { seedPeople, type People } from '../support/core';
import { registerOne, rule, toWithCouncil } from '../support/lifecycle';
import {
  ADMIN_ACTOR,
  DIALECTS,
  localRecords,
  openOffice,
  serverRecords,
  startTestServer,
  type TestOffice,
  type TestServer,
} from './support';

const REFERRAL = {
  boardLevel: 'province',
  boardName: 'هیأت حل اختلاف استان کرمان',
  referralDate: '2026-11-25',
} as const;

describe.each(DIALECTS)('an office syncing its offline lifecycle on %s', (dialect) => {
  let s: TestServer;
  let o: TestOffice;
  let people: People;
  let councilId: string;
  let code: string;

  beforeAll(async () => {
    s = await startTestServer(dialect);
    code = await s.newOffice('0801');
    // a batch of three: every resolution is cut off from its children in the queue
    o = await openOffice('0801', { sync: { batchSize: 3 } });
    people = await seedPeople(o.t);
    councilId = (await o.t.call('councils.create', { name: 'کرمان', kind: 'city', county: 'کرمان', province: 'کرمان' }))
      .id;
  });
  afterAll(async () => {
    await o?.close();
    await s?.stop();
  });

  const waiting = async () =>
    (await o.t.core.context.db.read.query(
      'SELECT entity, rejected_code AS code, waiting_reason AS waiting FROM sync_outbox',
    )) as unknown[];

  const expectSame = async () => {
    const mine = await localRecords(o);
    const held = await serverRecords(s, '0801');
    expect([...held.keys()].sort()).toEqual([...mine.keys()].sort());
    for (const [key, v] of mine) expect(held.get(key), key).toEqual(v);
  };

  /** Objected, sent to the council, insisted on, referred, and upheld by the board. */
  async function toUpheld(id: string) {
    o.t.now.value = new Date('2026-11-23T08:00:00Z');
    await toWithCouncil(o.t, people, id, '2026-11-24');
    o.t.now.value = new Date('2026-11-25T08:00:00Z');
    await o.t.call('objection.councilAnswer', {
      resolutionId: id,
      answer: 'insist',
      answerDate: '2026-11-25',
      answerNumber: '۷۸۹',
      referral: REFERRAL,
    });
    const done = await o.t.call('objection.boardDecision', {
      resolutionId: id,
      decision: 'upheld',
      decisionNumber: '۹۸۷',
      decisionDate: '2026-11-25',
    });
    expect(done.status).toBe('upheld');
  }

  /** Sent to the panel, ruled compliant, and the no-conflict notice sent: enforceable. */
  async function toEnforceable(id: string) {
    const r = await o.t.call('resolutions.get', { id });
    await o.t.as(people.secretary).call('review.sendToPanel', { resolutionId: id, rev: r.rev });
    await rule(o.t, people.secretary, id, 'compliant');
    const done = await o.t.call('compliance.noticeSent', {
      resolutionId: id,
      outgoingNumber: '۱۴۰۵/ت/۲۰۲',
      letterDate: todayInTehran(o.t.now.value),
    });
    expect(done.status).toBe('enforceable');
  }

  it('work done before enrolling (the whole office queued in table order) syncs with nothing refused', async () => {
    const upheld = await registerOne(o.t, councilId);
    const enforceable = await registerOne(o.t, councilId);
    const repealed = await registerOne(o.t, councilId);
    await registerOne(o.t, councilId);
    o.t.now.value = new Date('2026-11-23T08:00:00Z');
    await toEnforceable(enforceable.id);
    await toUpheld(upheld.id);
    await toWithCouncil(o.t, people, repealed.id, '2026-11-25');
    await o.t.call('objection.councilAnswer', {
      resolutionId: repealed.id,
      answer: 'repeal',
      answerDate: '2026-11-25',
      answerNumber: '۷۹۰',
    });

    await o.engine.enroll(s.url, code, ADMIN_ACTOR);
    const run = await o.engine.run();
    expect(run).toMatchObject({ ok: true, rejected: 0 });
    expect(await waiting()).toEqual([]);
    await expectSame();
    const held = await serverRecords(s, '0801');
    expect(held.get(`resolution/${upheld.id}`)?.status).toBe('upheld');
    expect(held.get(`resolution/${repealed.id}`)?.status).toBe('withdrawn');
  });

  it('and so does work done offline after that (the queue in the order the changes were made)', async () => {
    // a is on the server in received before its path begins; b is new to it
    const a = await registerOne(o.t, councilId);
    expect(await o.engine.run()).toMatchObject({ ok: true, rejected: 0 });
    const b = await registerOne(o.t, councilId);
    await toUpheld(a.id);
    await toUpheld(b.id);
    expect(await o.engine.run()).toMatchObject({ ok: true, rejected: 0 });
    expect(await waiting()).toEqual([]);
    await expectSame();
  });

  it('a new resolution refused for its status holds its children back, retryable, until it goes again', async () => {
    const r = await registerOne(o.t, councilId);
    await toEnforceable(r.id);
    // a status the office's records do not evidence (a broken row, not something the app writes)
    const db = o.t.core.context.db;
    const set = (status: string) =>
      db.write((tx) => tx.query('UPDATE resolution SET status = ?, rev = rev + 1 WHERE id = ?', [status, r.id]));
    await set('upheld');
    const run = await o.engine.run();
    expect(run).toMatchObject({ ok: true, rejected: 1 });
    const rows = (await db.read.query(
      `SELECT o.entity, o.rejected_code AS code, o.rejected_reason AS reason, o.waiting_reason AS waiting
         FROM sync_outbox o ORDER BY o.entity`,
    )) as { entity: string; code: string | null; reason: string | null; waiting: string | null }[];
    expect(rows.map((x) => [x.entity, x.code, x.waiting !== null])).toEqual([
      ['council_letter', null, true],
      ['resolution', 'transition', false],
      ['ruling', null, true],
    ]);
    expect(rows[1].reason).toContain('مصوبهٔ تازه');
    expect((await serverRecords(s, '0801')).has(`resolution/${r.id}`)).toBe(false);

    // put right, it goes again with its children, and everything is taken
    await set('enforceable');
    expect(await o.engine.run()).toMatchObject({ ok: true, rejected: 0 });
    expect(await waiting()).toEqual([]);
    await expectSame();
  });
});
