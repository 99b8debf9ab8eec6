import { afterEach, describe, expect, it } from 'vitest';
import type { Desk, DeskBucketKey } from '../../shared/schemas/desk';
import { resolutionInput, seedOffice, startCore, type People, type TestCore } from '../support/core';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

let seq = 0;
/** Registered on the day it was received (so in time), the clock then back where it was. */
async function register(councilId: string, receiptDate: string) {
  seq += 1;
  const now = t.now.value;
  t.now.value = new Date(`${receiptDate}T08:00:00Z`);
  try {
    return await t.call(
      'resolutions.register',
      resolutionInput(councilId, {
        councilResolutionNumber: `${seq}/۱۲`,
        incomingNumber: `۱۴۰۵/د/${seq}`,
        title: `مصوبهٔ میز کار ${seq}`,
        councilSessionDate: '2026-11-01',
        approvalDate: '2026-11-01',
        receiptDate,
      }),
    );
  } finally {
    t.now.value = now;
  }
}

const bucket = (d: Desk, key: DeskBucketKey) => {
  const b = d.buckets.find((x) => x.key === key);
  if (!b) throw new Error(`no bucket ${key} for ${d.role}`);
  return b;
};
const ids = (d: Desk, key: DeskBucketKey) => bucket(d, key).items.map((i) => i.resolutionId);
const at = (day: string) => {
  t.now.value = new Date(`${day}T08:00:00Z`);
};

async function setup() {
  t = await startCore();
  seq = 0;
  return seedOffice(t);
}

/** Rules a resolution objected in a session held today (its expert found a conflict). */
async function ruleObjected(people: People, resolutionId: string) {
  const r = await t.call('resolutions.get', { id: resolutionId });
  const assigned = await t.call('review.assign', { resolutionId, expertId: people.expert.id, rev: r.rev });
  const [ref] = await t.call('references.list', {});
  await t.as(people.expert).call('review.submitOpinion', {
    resolutionId: assigned.id,
    conclusion: 'conflict',
    reasoning: 'عوارض جدید بدون مجوز قانونی است.',
    clauses: ['بند ۲'],
    grounds: ['conflicts_with_law'],
    referenceIds: [ref.id],
  });
  const s = await t.call('sessions.schedule', { date: '2026-11-23', time: '08:00', place: 'فرمانداری' });
  const d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: [resolutionId] });
  await t.call('sessions.recordAttendance', {
    id: s.session.id,
    presentMemberIds: [people.chair.id, people.member1.id],
  });
  for (const who of [people.chair, people.member1]) {
    await t.as(who).call('sessions.recordFinding', { itemId: d.items[0].id, finding: 'conflict' });
  }
  await t.call('sessions.close', { id: s.session.id });
}

describe('the desk', () => {
  it('shows the secretary every deadline and what waits on the secretariat, as the clock moves', async () => {
    const { kerman, people } = await setup();
    const overdue = await register(kerman.id, '2026-11-05'); // panel window ended 2026-11-19
    const today = await register(kerman.id, '2026-11-09'); // ends today, 2026-11-23
    const soon = await register(kerman.id, '2026-11-11'); // ends 2026-11-25
    const ripe = await register(kerman.id, '2026-11-15');
    await t.call('review.sendToPanel', { resolutionId: ripe.id, rev: ripe.rev });
    const toObject = await register(kerman.id, '2026-11-15');

    let d = await t.call('desk.get', {});
    expect(d).toMatchObject({ role: 'secretary', today: '2026-11-23', horizonDays: 3 });
    expect(d.buckets.map((b) => b.key)).toEqual([
      'overdue',
      'dueToday',
      'dueSoon',
      'toAssign',
      'toRule',
      'objectionLetters',
      'councilAnswers',
      'boardOverdue',
      'lateRegistered',
    ]);
    expect(ids(d, 'overdue')).toEqual([overdue.id]);
    expect(bucket(d, 'overdue').items[0]).toMatchObject({
      dueKind: 'objection',
      countdownFa: '۴ روز گذشته',
      daysLeft: -4,
    });
    expect(bucket(d, 'dueToday').items[0]).toMatchObject({
      resolutionId: today.id,
      countdownFa: 'امروز آخرین مهلت است',
    });
    expect(bucket(d, 'dueSoon').items[0]).toMatchObject({ resolutionId: soon.id, countdownFa: '۲ روز مانده' });
    expect(bucket(d, 'toAssign')).toMatchObject({ count: 4, registerStatus: ['received'] });
    expect(ids(d, 'toAssign')).toEqual([overdue.id, today.id, soon.id, toObject.id]);
    expect(ids(d, 'toRule')).toEqual([ripe.id]);
    expect(d.statusCounts).toEqual([]); // the overview is the viewer's and the admin's

    // on a session's agenda it no longer waits to be put before the panel
    const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place: 'فرمانداری' });
    await t.call('sessions.setAgenda', { id: s.session.id, rev: 1, resolutionIds: [ripe.id] });
    await ruleObjected(people, toObject.id);
    d = await t.call('desk.get', { limit: 2 });
    expect(bucket(d, 'toRule').count).toBe(0);
    expect(ids(d, 'objectionLetters')).toEqual([toObject.id]);
    expect(bucket(d, 'toAssign')).toMatchObject({ count: 3 });
    expect(bucket(d, 'toAssign').items).toHaveLength(2);
    expect(d.upcomingSessions).toEqual([
      expect.objectContaining({ id: s.session.id, number: 1, itemCount: 1, daysLeft: 2 }),
    ]);

    // the letter goes out; the council's answer is chased when its deadline nears
    const objected = await t.call('resolutions.get', { id: toObject.id });
    const sent = await t.call('objection.letterSent', {
      resolutionId: objected.id,
      outgoingNumber: '۱۴۰۵/ت/۱۲',
      letterDate: '2026-11-23',
      rev: objected.rev,
    });
    await t.call('objection.councilReceived', { resolutionId: sent.id, receivedDate: '2026-11-23', rev: sent.rev });
    d = await t.call('desk.get', {});
    expect(bucket(d, 'objectionLetters').count).toBe(0);
    expect(bucket(d, 'councilAnswers').count).toBe(0); // due 2026-12-03

    at('2026-12-01');
    d = await t.call('desk.get', {});
    expect(bucket(d, 'councilAnswers').items).toEqual([
      expect.objectContaining({ resolutionId: toObject.id, dueKind: 'council_answer', countdownFa: '۲ روز مانده' }),
    ]);
    expect(d.upcomingSessions).toEqual([]); // the session's day has passed

    at('2026-12-05');
    d = await t.call('desk.get', {});
    expect(bucket(d, 'councilAnswers').items[0]).toMatchObject({ countdownFa: '۲ روز گذشته' });
    const late = await t.call('resolutions.get', { id: toObject.id });
    await t.call('objection.noAnswer', {
      resolutionId: late.id,
      rev: late.rev,
      referral: { boardLevel: 'province', boardName: 'هیأت حل اختلاف استان کرمان', referralDate: '2026-12-05' },
    });
    d = await t.call('desk.get', {});
    expect(bucket(d, 'councilAnswers').count).toBe(0);
    expect(bucket(d, 'boardOverdue').count).toBe(0);

    at('2026-12-23');
    d = await t.call('desk.get', {});
    expect(bucket(d, 'boardOverdue').items).toEqual([
      expect.objectContaining({ resolutionId: toObject.id, dueKind: 'dispute_board', status: 'referred' }),
    ]);
    expect(bucket(d, 'boardOverdue').items[0].daysLeft).toBeLessThan(0);
  });

  it("shows an expert their assigned reviews and their deadline's countdown", async () => {
    const { kerman, people } = await setup();
    const r = await register(kerman.id, '2026-11-15'); // panel window ends 2026-11-29
    await t.call('review.assign', { resolutionId: r.id, expertId: people.expert.id, rev: r.rev });
    const other = await register(kerman.id, '2026-11-16');
    await t.call('review.assign', { resolutionId: other.id, expertId: people.expert2.id, rev: other.rev });

    const expert = t.as(people.expert);
    let d = await expert.call('desk.get', {});
    expect(d.buckets.map((b) => b.key)).toEqual(['overdue', 'dueToday', 'dueSoon', 'assigned']);
    expect(ids(d, 'assigned')).toEqual([r.id]);
    expect(bucket(d, 'assigned').items[0]).toMatchObject({ dueKind: 'expert_opinion', dueDate: '2026-11-28' });
    expect(bucket(d, 'dueSoon').count).toBe(0);

    at('2026-11-26');
    d = await expert.call('desk.get', {});
    expect(bucket(d, 'dueSoon').items).toEqual([
      expect.objectContaining({ resolutionId: r.id, countdownFa: '۲ روز مانده' }),
    ]);
    at('2026-11-28');
    d = await expert.call('desk.get', {});
    expect(ids(d, 'dueToday')).toEqual([r.id]);
    at('2026-11-29');
    d = await expert.call('desk.get', {});
    expect(bucket(d, 'overdue').items).toEqual([
      expect.objectContaining({ resolutionId: r.id, countdownFa: '۱ روز گذشته' }),
    ]);
    // the secretary sees the expert's deadline too
    expect(ids(await t.call('desk.get', {}), 'overdue')).toContain(r.id);
    expect(ids(await t.as(people.expert2).call('desk.get', {}), 'assigned')).toEqual([other.id]);
  });

  it('shows a member the findings still to record on upcoming agendas', async () => {
    const { kerman, people } = await setup();
    const a = await register(kerman.id, '2026-11-15'); // members' deadline = panel window, 2026-11-29
    const b = await register(kerman.id, '2026-11-16');
    for (const r of [a, b]) await t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev });
    const s = await t.call('sessions.schedule', { date: '2026-11-28', time: '10:00', place: 'فرمانداری' });
    const d0 = await t.call('sessions.setAgenda', { id: s.session.id, rev: 1, resolutionIds: [a.id, b.id] });

    const member = t.as(people.member1);
    let d = await member.call('desk.get', {});
    expect(d.buckets.map((x) => x.key)).toEqual(['overdue', 'dueToday', 'dueSoon', 'findings']);
    expect(bucket(d, 'findings').items).toEqual([
      expect.objectContaining({
        key: d0.items[0].id,
        resolutionId: a.id,
        session: expect.objectContaining({ number: 1, date: '2026-11-28' }),
      }),
      expect.objectContaining({ key: d0.items[1].id, resolutionId: b.id }),
    ]);
    expect(bucket(d, 'dueSoon').count).toBe(0);
    expect(d.upcomingSessions).toHaveLength(1);

    await member.call('sessions.recordFinding', { itemId: d0.items[1].id, finding: 'no_conflict' });
    at('2026-11-27');
    d = await member.call('desk.get', {});
    expect(ids(d, 'findings')).toEqual([a.id]);
    expect(bucket(d, 'dueSoon').items).toEqual([
      expect.objectContaining({ resolutionId: a.id, countdownFa: '۲ روز مانده' }),
    ]);
    // another member still owes both
    expect(bucket(await t.as(people.member2).call('desk.get', {}), 'findings').count).toBe(2);
  });

  it('gives the viewer and the admin the counts overview', async () => {
    const { kerman, people } = await setup();
    await register(kerman.id, '2026-11-05');
    await register(kerman.id, '2026-11-22');
    for (const who of [people.viewer, people.admin]) {
      const d = await t.as(who).call('desk.get', {});
      expect(d.buckets.map((b) => [b.key, b.count])).toEqual([
        ['overdue', 1],
        ['dueToday', 0],
        ['dueSoon', 0],
        ['lateRegistered', 0],
      ]);
      expect(d.statusCounts).toEqual([{ status: 'received', count: 2 }]);
    }
  });

  it('keeps a resolution registered after its window on the desk, saying how late, for accountability', async () => {
    const { kerman, people } = await setup();
    // received 2026-11-05: the window ended 2026-11-19, and it is registered only today, 2026-11-23
    const refused = await t.fail(
      'resolutions.register',
      resolutionInput(kerman.id, {
        receiptDate: '2026-11-05',
        approvalDate: '2026-11-01',
        councilSessionDate: '2026-11-01',
      }),
    );
    expect(refused.code).toBe('needs_confirmation');
    const late = await t.call(
      'resolutions.register',
      resolutionInput(kerman.id, {
        receiptDate: '2026-11-05',
        approvalDate: '2026-11-01',
        councilSessionDate: '2026-11-01',
        confirmLate: true,
      }),
    );
    for (const who of [people.secretary, people.viewer]) {
      const d = await t.as(who).call('desk.get', {});
      expect(bucket(d, 'lateRegistered')).toMatchObject({ count: 1, registerLate: true });
      expect(bucket(d, 'lateRegistered').items).toEqual([
        expect.objectContaining({
          resolutionId: late.id,
          status: 'enforceable_by_lapse',
          note: '۴ روز پس از پایان مهلت ثبت شد',
        }),
      ]);
    }
    // it has lapsed, so no deadline bucket holds it any more
    expect(bucket(await t.call('desk.get', {}), 'overdue').count).toBe(0);
  });
});
