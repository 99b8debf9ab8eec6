import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import type { SessionDetail } from '../../shared/schemas/session';
import { installPolicy } from '../../src-main/core/lifecycle/policy';
import { resolutionInput, seedOffice, startCore, type People, type TestCore } from '../support/core';

const TODAY = '2026-11-23'; // the test clock's day in Tehran (1405/09/02)

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

let seq = 0;
/** A resolution registered and sent to the panel: status awaiting_ruling. */
async function ripe(councilId: string, over: Record<string, unknown> = {}) {
  seq += 1;
  const r = await t.call(
    'resolutions.register',
    resolutionInput(councilId, {
      councilResolutionNumber: `${seq}/۸`,
      incomingNumber: `۱۴۰۵/ج/${seq}`,
      title: `مصوبهٔ آزمون ${seq}`,
      ...over,
    }),
  );
  return t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev });
}

/** A resolution whose expert found a conflict, with grounds and a citation: an objection can stand. */
async function ripeWithObjection(councilId: string, people: People, over: Record<string, unknown> = {}) {
  seq += 1;
  const r = await t.call(
    'resolutions.register',
    resolutionInput(councilId, { councilResolutionNumber: `${seq}/۸`, incomingNumber: `۱۴۰۵/ج/${seq}`, ...over }),
  );
  const assigned = await t.call('review.assign', { resolutionId: r.id, expertId: people.expert.id, rev: r.rev });
  const [ref] = await t.call('references.list', {});
  await t.as(people.expert).call('review.submitOpinion', {
    resolutionId: assigned.id,
    conclusion: 'conflict',
    reasoning: 'اخذ عوارض از قبوض آب خارج از اختیارات شوراست.',
    clauses: ['بند ۱: افزودن عوارض پسماند به قبوض آب'],
    grounds: ['conflicts_with_law'],
    referenceIds: [ref.id],
  });
  return t.call('resolutions.get', { id: r.id });
}

async function setup() {
  t = await startCore();
  seq = 0;
  return seedOffice(t);
}

async function sessionWith(resolutionIds: string[], date = TODAY) {
  const s = await t.call('sessions.schedule', { date, time: '10:00', place: 'سالن جلسات فرمانداری' });
  return t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds });
}

const itemOf = (d: SessionDetail, resolutionId: string) => d.items.find((i) => i.resolutionId === resolutionId)!;

describe('scheduling a panel session', () => {
  it('numbers sessions within the Jalali year and refuses bad input without writing', async () => {
    const { people } = await setup();
    const first = await t.call('sessions.schedule', { date: '2026-11-25', time: '۹:۳۰', place: 'فرمانداری' });
    expect(first.session).toMatchObject({ year: 1405, number: 1, time: '09:30', status: 'scheduled' });
    const second = await t.call('sessions.schedule', { date: '2026-12-02', time: '10:00', place: 'فرمانداری' });
    expect(second.session.number).toBe(2);
    // the next Jalali year starts its own count (1406/01/20)
    const nextYear = await t.call('sessions.schedule', { date: '2027-04-09', time: '10:00', place: 'فرمانداری' });
    expect(nextYear.session).toMatchObject({ year: 1406, number: 1 });

    const before = await t.count('panel_session');
    const badTime = await t.fail('sessions.schedule', { date: '2026-11-25', time: '25:00', place: 'فرمانداری' });
    expect(badTime.code).toBe('validation');
    expect(badTime.fields?.time).toContain('ساعت');
    const past = await t.fail('sessions.schedule', { date: '2026-11-20', time: '10:00', place: 'فرمانداری' });
    expect(past.fields?.date).toContain('پیش از امروز');
    const noPlace = await t.fail('sessions.schedule', { date: '2026-11-25', time: '10:00', place: '  ' });
    expect(noPlace.fields?.place).toBe('محل جلسه را وارد کنید.');
    const clash = await t.fail('sessions.schedule', { date: '2026-11-25', time: '09:30', place: 'جای دیگر' });
    expect(clash.code).toBe('duplicate');
    expect(
      (await t.as(people.member1).fail('sessions.schedule', { date: '2026-11-25', time: '11:00', place: 'x' })).code,
    ).toBe('forbidden');
    expect(await t.count('panel_session')).toBe(before);

    // edit while scheduled, with the rev the user saw
    const moved = await t.call('sessions.update', {
      id: first.session.id,
      rev: first.session.rev,
      date: '2026-11-26',
      time: '11:00',
      place: 'سالن شورای تأمین',
    });
    expect(moved.session).toMatchObject({ date: '2026-11-26', place: 'سالن شورای تأمین', number: 1, rev: 2 });
    const stale = await t.fail('sessions.update', {
      id: first.session.id,
      rev: 1,
      date: '2026-11-26',
      time: '11:00',
      place: 'x',
    });
    expect(stale.code).toBe('conflict');

    // cancel needs a reason; a cancelled session is a record
    const noReason = await t.fail('sessions.cancel', { id: second.session.id, rev: second.session.rev, reason: '' });
    expect(noReason.fields?.reason).toBeTruthy();
    const cancelled = await t.call('sessions.cancel', { id: second.session.id, rev: 1, reason: 'مأموریت رئیس هیأت' });
    expect(cancelled.session).toMatchObject({ status: 'cancelled', cancelReason: 'مأموریت رئیس هیأت', number: 2 });
    const again = await t.fail('sessions.update', {
      id: second.session.id,
      rev: 2,
      date: '2026-12-03',
      time: '10:00',
      place: 'x',
    });
    expect(again.code).toBe('invalid_state');

    // everyone signed in reads the schedule
    const list = await t.as(people.viewer).call('sessions.list', {});
    expect(list.map((s) => s.number)).toEqual([1, 2, 1]);
    expect(
      (await t.as(people.viewer).call('sessions.list', { status: ['scheduled'], from: '2026-11-01', to: '2026-12-31' }))
        .length,
    ).toBe(1);
  });
});

describe('the agenda', () => {
  it('proposes what is ripe, soonest panel deadline first, up to the office limit', async () => {
    const { kerman, people } = await setup();
    const late = await ripe(kerman.id, { receiptDate: '2026-11-20' });
    const early = await ripe(kerman.id, { receiptDate: '2026-11-12' });
    const middle = await ripe(kerman.id, { receiptDate: '2026-11-16' });
    // still with the expert: proposed only when the secretary asks for it
    const withExpert = await t.call(
      'resolutions.register',
      resolutionInput(kerman.id, { incomingNumber: '۹۹۹', councilResolutionNumber: '۹۹۹', receiptDate: '2026-11-18' }),
    );
    await t.call('review.assign', { resolutionId: withExpert.id, expertId: people.expert.id, rev: withExpert.rev });

    await t.as(people.admin).call('sessions.updateSettings', { agendaLimit: 2, quorum: null });
    const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place: 'فرمانداری' });
    const p = await t.call('sessions.proposeAgenda', { id: s.session.id });
    expect(p.items.map((i) => i.resolutionId)).toEqual([early.id, middle.id]);
    expect(p).toMatchObject({ limit: 2, available: 3, endingBefore: 0 });
    expect(p.items[0].countdownFa).toBe('۳ روز مانده'); // 2026-11-26

    await t.as(people.admin).call('sessions.updateSettings', { agendaLimit: 30, quorum: null });
    const all = await t.call('sessions.proposeAgenda', { id: s.session.id, includeUnderReview: true });
    expect(all.items.map((i) => i.resolutionId)).toEqual([early.id, middle.id, withExpert.id, late.id]);

    await t.as(people.admin).call('sessions.updateSettings', { agendaLimit: 2, quorum: null });
    const over = await t.fail('sessions.setAgenda', {
      id: s.session.id,
      rev: s.session.rev,
      resolutionIds: [early.id, middle.id, late.id],
    });
    expect(over.fields?.resolutionIds).toContain('حداکثر ۲ مصوبه');
    const set = await t.call('sessions.setAgenda', {
      id: s.session.id,
      rev: s.session.rev,
      resolutionIds: [middle.id, early.id],
    });
    expect(set.items.map((i) => i.resolutionId)).toEqual([middle.id, early.id]);

    // one scheduled agenda at a time
    const other = await t.call('sessions.schedule', { date: '2026-11-24', time: '10:00', place: 'فرمانداری' });
    expect((await t.call('sessions.proposeAgenda', { id: other.session.id })).items.map((i) => i.resolutionId)).toEqual(
      [late.id],
    );
    const taken = await t.fail('sessions.setAgenda', { id: other.session.id, rev: 1, resolutionIds: [early.id] });
    expect(taken.message).toContain('جلسهٔ شمارهٔ ۱ سال ۱۴۰۵');
    // a window that ends before the session's day cannot be ruled there
    const far = await t.call('sessions.schedule', { date: '2026-12-06', time: '10:00', place: 'فرمانداری' });
    expect((await t.call('sessions.proposeAgenda', { id: far.session.id })).endingBefore).toBe(1);
    const tooLate = await t.fail('sessions.setAgenda', { id: far.session.id, rev: 1, resolutionIds: [late.id] });
    expect(tooLate.message).toContain('پیش از تاریخ این جلسه');
    // a bad id list is refused whole
    const dup = await t.fail('sessions.setAgenda', { id: s.session.id, rev: 2, resolutionIds: [early.id, early.id] });
    expect(dup.code).toBe('validation');

    // removing an item keeps its findings; putting it back restores them
    const item = itemOf(set, early.id);
    await t
      .as(people.member1)
      .call('sessions.recordFinding', { itemId: item.id, finding: 'conflict', note: 'عوارض مضاعف' });
    const removed = await t.call('sessions.setAgenda', { id: s.session.id, rev: 2, resolutionIds: [middle.id] });
    expect(removed.items.map((i) => i.resolutionId)).toEqual([middle.id]);
    const gone = await t.as(people.member1).fail('sessions.recordFinding', { itemId: item.id, finding: 'conflict' });
    expect(gone.message).toBe('این مصوبه در دستور جلسه نیست.');
    const back = await t.call('sessions.setAgenda', { id: s.session.id, rev: 3, resolutionIds: [early.id, middle.id] });
    expect(itemOf(back, early.id).findings).toMatchObject([
      { memberId: people.member1.id, finding: 'conflict', note: 'عوارض مضاعف' },
    ]);
    const history = await t.call('audit.history', { resolutionId: early.id });
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['add_to_agenda', 'record_finding', 'remove_from_agenda']),
    );
  });
});

describe('attendance, findings and rulings', () => {
  it('refuses to rule without quorum, and a close without quorum carries everything over', async () => {
    const { kerman, people } = await setup();
    const a = await ripe(kerman.id);
    const tomorrow = await t.call('sessions.schedule', { date: '2026-11-24', time: '10:00', place: 'فرمانداری' });
    const early = await t.fail('sessions.recordAttendance', {
      id: tomorrow.session.id,
      presentMemberIds: [people.chair.id],
    });
    expect(early.message).toContain('از آن روز ممکن است');

    const d = await sessionWith([a.id]);
    const id = d.session.id;
    expect(d.quorum).toMatchObject({ activeMembers: 3, required: 2, recorded: false, met: false });
    expect((await t.fail('sessions.ruleBlock', { id })).message).toBe('ابتدا حضور و غیاب اعضا را ثبت کنید.');
    const notMember = await t.fail('sessions.recordAttendance', { id, presentMemberIds: [people.expert.id] });
    expect(notMember.fields?.presentMemberIds).toBeTruthy();
    const one = await t.call('sessions.recordAttendance', { id, presentMemberIds: [people.chair.id] });
    expect(one.quorum).toMatchObject({ present: 1, required: 2, recorded: true, met: false });
    await t.as(people.chair).call('sessions.recordFinding', { itemId: itemOf(one, a.id).id, finding: 'no_conflict' });
    const refused = await t.fail('sessions.ruleBlock', { id });
    expect(refused.message).toContain('حد نصاب');
    expect((await t.fail('sessions.ruleItem', { id, itemId: itemOf(one, a.id).id })).message).toContain('حد نصاب');

    const closed = await t.call('sessions.close', { id });
    expect(closed.session.status).toBe('closed');
    expect(itemOf(closed, a.id)).toMatchObject({ state: 'carried_over', outcome: null, decision: 'no_quorum' });
    expect(itemOf(closed, a.id).note).toContain('حد نصاب');
    expect((await t.call('resolutions.get', { id: a.id })).status).toBe('awaiting_ruling');
    expect(await t.count('ruling')).toBe(0);

    // the office may set its own quorum (DOMAIN.md: configurable per office)
    await t.as(people.admin).call('sessions.updateSettings', { agendaLimit: 30, quorum: 1 });
    const next = await t.call('sessions.schedule', { date: TODAY, time: '12:00', place: 'فرمانداری' });
    const proposal = await t.call('sessions.proposeAgenda', { id: next.session.id });
    expect(proposal.items[0]).toMatchObject({
      resolutionId: a.id,
      carriedFrom: { sessionId: id, number: 2, year: 1405 },
    });
    const held = await t.call('sessions.recordAttendance', {
      id: next.session.id,
      presentMemberIds: [people.chair.id],
    });
    expect(held.quorum).toMatchObject({ required: 1, met: true });
  });

  it('rules by the majority of members present; a tie is carried over; an absent vote does not count', async () => {
    const { kerman, people } = await setup();
    const objected = await ripeWithObjection(kerman.id, people);
    const compliant = await ripe(kerman.id);
    const tie = await ripe(kerman.id);
    let d = await sessionWith([objected.id, compliant.id, tie.id]);
    const id = d.session.id;
    const vote = (who: keyof People, resolutionId: string, finding: 'conflict' | 'partial_conflict' | 'no_conflict') =>
      t.as(people[who]).call('sessions.recordFinding', { itemId: itemOf(d, resolutionId).id, finding });

    // findings ahead of the session; a member may change theirs until the item is ruled
    await vote('chair', objected.id, 'no_conflict');
    await vote('chair', objected.id, 'conflict');
    await vote('member1', objected.id, 'partial_conflict');
    await vote('member2', objected.id, 'no_conflict');
    await vote('chair', compliant.id, 'no_conflict');
    await vote('member1', compliant.id, 'no_conflict');
    await vote('member2', compliant.id, 'conflict'); // absent: not counted
    await vote('chair', tie.id, 'conflict');
    await vote('member1', tie.id, 'no_conflict');

    d = await t.call('sessions.recordAttendance', { id, presentMemberIds: [people.chair.id, people.member1.id] });
    expect(itemOf(d, objected.id)).toMatchObject({
      tally: { conflict: 1, partial: 1, noConflict: 0, missing: 0 },
      decision: 'objected',
    });
    expect(itemOf(d, compliant.id)).toMatchObject({
      tally: { noConflict: 2, conflict: 0 },
      decision: 'compliant',
      uncontested: true,
    });
    expect(itemOf(d, tie.id).decision).toBe('tie');
    expect((await t.fail('sessions.ruleItem', { id, itemId: itemOf(d, tie.id).id })).message).toContain('برابر');

    const ruled = await t.call('sessions.ruleItem', { id, itemId: itemOf(d, objected.id).id });
    expect(itemOf(ruled, objected.id)).toMatchObject({ state: 'ruled', outcome: 'objected' });
    expect((await t.call('resolutions.get', { id: objected.id })).status).toBe('objected');
    const locked = await t
      .as(people.chair)
      .fail('sessions.recordFinding', { itemId: itemOf(d, objected.id).id, finding: 'no_conflict' });
    expect(locked.message).toContain('صادر شده');

    const closed = await t.call('sessions.close', { id });
    expect(itemOf(closed, compliant.id)).toMatchObject({
      state: 'ruled',
      outcome: 'compliant',
      tally: { noConflict: 2, conflict: 0 },
    });
    expect(itemOf(closed, tie.id)).toMatchObject({ state: 'carried_over', decision: 'tie' });
    expect(itemOf(closed, tie.id).note).toContain('برابر');
    expect((await t.call('resolutions.get', { id: compliant.id })).status).toBe('compliant');
    expect((await t.call('resolutions.get', { id: tie.id })).status).toBe('awaiting_ruling');

    const minutes = await t.as(people.viewer).call('sessions.minutes', { id });
    expect(minutes.summary).toEqual({ ruled: 2, compliant: 1, objected: 1, carriedOver: 1, dropped: 0 });
    expect(minutes.attendance.map((m) => [m.fullName, m.present])).toEqual([
      ['محمد فرماندار', true],
      ['حسن قاضی', true],
      ['رضا نماینده', false],
    ]);
    expect(minutes.items[0]).toMatchObject({
      resolutionId: objected.id,
      outcome: 'objected',
      councilDisplayName: 'شورای اسلامی شهر کرمان',
    });
  });

  it('counts a silent present member as «عدم مغایرت (سیستمی)» once their deadline has passed', async () => {
    const { kerman, people } = await setup();
    // members have 5 days from receipt; the panel's window stays open (14 days)
    await t.core.context.db.write((tx) =>
      installPolicy(
        tx,
        { ...DEFAULT_POLICY, version: 'test-member-5', memberFindingDays: 5 },
        new Date().toISOString(),
      ),
    );
    const a = await ripe(kerman.id, { receiptDate: '2026-11-20' }); // members' deadline 2026-11-25
    let d = await sessionWith([a.id]);
    const id = d.session.id;
    expect(itemOf(d, a.id)).toMatchObject({
      findingDeadline: '2026-11-25',
      countdownFa: '۲ روز مانده',
      silenceFinal: false,
    });
    await t.call('sessions.recordAttendance', {
      id,
      presentMemberIds: [people.chair.id, people.member1.id, people.member2.id],
    });
    await t.as(people.chair).call('sessions.recordFinding', { itemId: itemOf(d, a.id).id, finding: 'conflict' });

    t.now.value = new Date('2026-11-26T08:00:00Z');
    const late = await t
      .as(people.member1)
      .fail('sessions.recordFinding', { itemId: itemOf(d, a.id).id, finding: 'conflict' });
    expect(late.message).toContain('سیستمی');
    d = await t.call('sessions.get', { id });
    expect(itemOf(d, a.id)).toMatchObject({
      silenceFinal: true,
      tally: { conflict: 1, systemNoConflict: 2, missing: 0 },
      decision: 'compliant',
    });

    const closed = await t.call('sessions.close', { id });
    const item = itemOf(closed, a.id);
    expect(item).toMatchObject({
      state: 'ruled',
      outcome: 'compliant',
      tally: { conflict: 1, noConflict: 0, systemNoConflict: 2 },
    });
    // stored, and visibly not a vote
    expect(
      item.findings
        .filter((f) => f.source === 'system')
        .map((f) => f.memberId)
        .sort(),
    ).toEqual([people.member1.id, people.member2.id].sort());
    expect(item.findings.find((f) => f.memberId === people.chair.id)?.source).toBe('member');
  });

  it('closes in one go: a refused ruling is carried over alone, a closed window drops its item', async () => {
    const { kerman, people } = await setup();
    const noGrounds = await ripe(kerman.id); // no expert opinion: an objection has nothing to stand on
    const fine = await ripe(kerman.id);
    const expiring = await ripe(kerman.id, { receiptDate: '2026-11-12' }); // window ends 2026-11-26
    const d = await sessionWith([noGrounds.id, fine.id, expiring.id]);
    const id = d.session.id;
    await t.call('sessions.recordAttendance', { id, presentMemberIds: [people.chair.id, people.member1.id] });
    for (const who of [people.chair, people.member1]) {
      await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, noGrounds.id).id, finding: 'conflict' });
      await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, fine.id).id, finding: 'no_conflict' });
      await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, expiring.id).id, finding: 'no_conflict' });
    }
    t.now.value = new Date('2026-11-27T08:00:00Z');
    const closed = await t.call('sessions.close', { id });
    expect(itemOf(closed, fine.id)).toMatchObject({ state: 'ruled', outcome: 'compliant' });
    expect(itemOf(closed, noGrounds.id)).toMatchObject({
      state: 'carried_over',
      outcome: null,
      tally: { conflict: 2 },
    });
    // what the close dialog announced for it (atClose), and why, in the minutes
    expect(itemOf(closed, noGrounds.id).note).toMatch(/بند مورد اعتراض، جهت و مستند قانونی اعتراض ثبت نشد/);
    expect(itemOf(closed, expiring.id)).toMatchObject({ state: 'dropped' });
    expect(itemOf(closed, expiring.id).note).toContain('به پایان رسیده است');
    expect(await t.count('ruling')).toBe(1);
    expect((await t.call('resolutions.get', { id: noGrounds.id })).status).toBe('awaiting_ruling');
    expect((await t.call('resolutions.get', { id: fine.id })).status).toBe('compliant');
  });

  it('rules the uncontested items together as one block', async () => {
    const { kerman, people } = await setup();
    const [a, b, c] = [await ripe(kerman.id), await ripe(kerman.id), await ripe(kerman.id)];
    const d = await sessionWith([a.id, b.id, c.id]);
    const id = d.session.id;
    await t.call('sessions.recordAttendance', { id, presentMemberIds: [people.chair.id, people.member1.id] });
    for (const who of [people.chair, people.member1]) {
      for (const r of [a, b])
        await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, r.id).id, finding: 'no_conflict' });
    }
    await t.as(people.chair).call('sessions.recordFinding', { itemId: itemOf(d, c.id).id, finding: 'conflict' });
    await t.as(people.member1).call('sessions.recordFinding', { itemId: itemOf(d, c.id).id, finding: 'no_conflict' });

    const after = await t.call('sessions.ruleBlock', { id });
    expect(after.items.map((i) => [i.resolutionId, i.state, i.outcome])).toEqual([
      [a.id, 'ruled', 'compliant'],
      [b.id, 'ruled', 'compliant'],
      [c.id, 'pending', null],
    ]);
    expect(after.session.ruledCount).toBe(2);
    expect(await t.count('ruling')).toBe(2);
    expect((await t.fail('sessions.ruleBlock', { id })).message).toContain('هیچ مصوبه‌ای');
    // attendance is frozen once a ruling stands on it
    expect((await t.fail('sessions.recordAttendance', { id, presentMemberIds: [people.chair.id] })).code).toBe(
      'invalid_state',
    );
    // and a ruled item stays on the agenda whatever the new list says
    const kept = await t.call('sessions.setAgenda', { id, rev: after.session.rev, resolutionIds: [c.id] });
    expect(kept.items.map((i) => i.resolutionId)).toEqual([a.id, b.id, c.id]);
  });

  it('lets only members record findings, and only their own', async () => {
    const { kerman, people } = await setup();
    const a = await ripe(kerman.id);
    const d = await sessionWith([a.id]);
    const itemId = itemOf(d, a.id).id;
    expect((await t.fail('sessions.recordFinding', { itemId, finding: 'no_conflict' })).code).toBe('forbidden');
    expect((await t.as(people.expert).fail('sessions.recordFinding', { itemId, finding: 'no_conflict' })).code).toBe(
      'forbidden',
    );
    expect((await t.as(people.viewer).fail('sessions.recordFinding', { itemId, finding: 'no_conflict' })).code).toBe(
      'forbidden',
    );
    const forOther = await t
      .as(people.member1)
      .fail('sessions.recordFinding', { itemId, finding: 'conflict', memberId: people.member2.id });
    expect(forOther.code).toBe('validation');
    expect(forOther.message).toContain('فقط نظر خود');
    const badChoice = await t.as(people.member1).fail('sessions.recordFinding', { itemId, finding: 'maybe' });
    expect(badChoice.fields?.finding).toBeTruthy();
    await t.as(people.member1).call('sessions.recordFinding', { itemId, finding: 'conflict' });
    const after = await t.as(people.member2).call('sessions.get', { id: d.session.id });
    expect(itemOf(after, a.id).findings).toEqual([
      expect.objectContaining({ memberId: people.member1.id, source: 'member' }),
    ]);
    expect(await t.count('session_finding')).toBe(1);
    // a member deactivated since signing in can no longer vote
    const m2 = (await t.as(people.admin).call('users.list', { role: 'member' })).find(
      (u) => u.id === people.member2.id,
    )!;
    await t.as(people.admin).call('users.update', { ...m2, active: false });
    expect((await t.as(people.member2).fail('sessions.recordFinding', { itemId, finding: 'conflict' })).code).toBe(
      'forbidden',
    );
  });

  it('keeps a closed session immutable and serves its minutes', async () => {
    const { kerman, people } = await setup();
    const a = await ripe(kerman.id);
    const d = await sessionWith([a.id]);
    const id = d.session.id;
    expect((await t.fail('sessions.minutes', { id })).message).toContain('پس از پایان جلسه');
    await t.call('sessions.recordAttendance', {
      id,
      presentMemberIds: [people.chair.id, people.member1.id, people.member2.id],
    });
    for (const who of [people.chair, people.member1]) {
      await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, a.id).id, finding: 'no_conflict' });
    }
    const closed = await t.call('sessions.close', { id });
    const rev = closed.session.rev;
    const events = await t.count('audit_event');
    const refusals = [
      await t.fail('sessions.update', { id, rev, date: TODAY, time: '10:00', place: 'x' }),
      await t.fail('sessions.cancel', { id, rev, reason: 'x' }),
      await t.fail('sessions.setAgenda', { id, rev, resolutionIds: [] }),
      await t.fail('sessions.recordAttendance', { id, presentMemberIds: [] }),
      await t.fail('sessions.ruleBlock', { id }),
      await t.fail('sessions.close', { id }),
      await t.fail('sessions.proposeAgenda', { id }),
      await t.as(people.member2).fail('sessions.recordFinding', { itemId: itemOf(d, a.id).id, finding: 'conflict' }),
    ];
    for (const r of refusals) expect(r.code).toBe('invalid_state');
    expect(refusals[0].message).toBe('جلسهٔ شمارهٔ ۱ سال ۱۴۰۵ برگزارشده است و تغییر نمی‌کند.');
    expect(await t.count('audit_event')).toBe(events);

    const minutes = await t.call('sessions.minutes', { id });
    expect(minutes.office.name).toContain('کرمان');
    expect(minutes.quorum).toMatchObject({ present: 3, required: 2, met: true });
    // a silent member whose deadline is still ahead abstained: no system vote
    expect(minutes.items).toEqual([
      expect.objectContaining({
        outcome: 'compliant',
        state: 'ruled',
        tally: { conflict: 0, partial: 0, noConflict: 2, systemNoConflict: 0, missing: 1 },
      }),
    ]);
  });
});
