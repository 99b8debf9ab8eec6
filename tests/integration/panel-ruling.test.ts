// Issue 11, the panel's side of the legal path, against the real core on a SQLite file:
// - a panel objection without an expert opinion is ruled with the clause, grounds and citations
//   entered at the ruling (or drafted by the chair), and the close does what it announced;
// - a member's silence is counted only once their deadline day has ended in Tehran;
// - an absent member's finding is refused, and stays off their desk.
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineEnd } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import type { SessionDetail } from '../../shared/schemas/session';
import { installPolicy } from '../../src-main/core/lifecycle/policy';
import { resolutionInput, seedOffice, startCore, type People, type TestCore } from '../support/core';
import { toAwaitingRuling } from '../support/lifecycle';

const TODAY = '2026-11-23';

let t: TestCore;
afterEach(async () => {
  await t?.close();
});

let seq = 0;
async function setup() {
  t = await startCore();
  seq = 0;
  return seedOffice(t);
}

/** Registered and sent straight to the panel: no expert, no opinion. */
async function straightToPanel(councilId: string, over: Record<string, unknown> = {}) {
  seq += 1;
  const r = await t.call(
    'resolutions.register',
    resolutionInput(councilId, { councilResolutionNumber: `${seq}/۹`, incomingNumber: `۱۴۰۵/پ/${seq}`, ...over }),
  );
  return t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev });
}

async function heldSession(resolutionIds: string[], people: People, present: (keyof People)[]) {
  const s = await t.call('sessions.schedule', { date: TODAY, time: '10:00', place: 'سالن جلسات فرمانداری' });
  const d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds });
  return t.call('sessions.recordAttendance', { id: d.session.id, presentMemberIds: present.map((p) => people[p].id) });
}

const itemOf = (d: SessionDetail, resolutionId: string) => d.items.find((i) => i.resolutionId === resolutionId)!;

const PANEL_OBJECTION = {
  clause: 'بند ۳: تغییر کاربری باغ‌های حاشیهٔ شهر به مسکونی',
  grounds: ['conflicts_with_law' as const],
  referenceIds: [] as string[],
  citations: [
    { law: 'قانون حفظ کاربری اراضی زراعی و باغ‌ها', article: '۱', text: 'تغییر کاربری جز در موارد ضروری ممنوع است' },
  ],
  reasoning: 'تغییر کاربری باغ‌ها خارج از محدودهٔ قانونی شهر در صلاحیت شورا نیست.',
};

describe('a panel objection without an expert opinion', () => {
  it('asks for the clause, grounds and citations at the ruling, and records them', async () => {
    const { kerman, people } = await setup();
    const r = await straightToPanel(kerman.id);
    let d = await heldSession([r.id], people, ['chair', 'member1', 'member2']);
    const item = itemOf(d, r.id);
    for (const who of [people.chair, people.member1] as const)
      await t
        .as(who)
        .call('sessions.recordFinding', { itemId: item.id, finding: 'conflict', note: 'تغییر کاربری باغ' });
    await t.as(people.member2).call('sessions.recordFinding', { itemId: item.id, finding: 'no_conflict' });
    d = await t.call('sessions.get', { id: d.session.id });
    // nothing to record yet: the view says so before anyone presses «صدور رأی»
    expect(itemOf(d, r.id)).toMatchObject({ decision: 'objected', objection: null });
    expect(itemOf(d, r.id).atClose).toMatchObject({ state: 'carried_over', needsObjection: true });

    const rulings = await t.count('ruling');
    const refused = await t.fail('sessions.ruleItem', { id: d.session.id, itemId: item.id });
    expect(refused.code).toBe('validation');
    expect(refused.fields?.objection).toContain('بند مورد اعتراض');
    expect(await t.count('ruling')).toBe(rulings);
    // a citation of the office's own catalog by id is not a national entry: refused, plainly
    const byOfficeId = await t.fail('sessions.ruleItem', {
      id: d.session.id,
      itemId: item.id,
      objection: { ...PANEL_OBJECTION, citations: [], referenceIds: ['office-x'] },
    });
    expect(byOfficeId.message).toContain('به صورت متن');

    const ruled = await t.call('sessions.ruleItem', { id: d.session.id, itemId: item.id, objection: PANEL_OBJECTION });
    expect(itemOf(ruled, r.id)).toMatchObject({ state: 'ruled', outcome: 'objected' });
    const [ruling] = await t.call('rulings.list', { resolutionId: r.id });
    expect(ruling.objection).toEqual(PANEL_OBJECTION);
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('objected');
  });

  it('refuses an objection on an item the members found compliant', async () => {
    const { kerman, people } = await setup();
    const r = await straightToPanel(kerman.id);
    const d = await heldSession([r.id], people, ['chair', 'member1']);
    for (const who of [people.chair, people.member1])
      await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, r.id).id, finding: 'no_conflict' });
    const wrong = await t.fail('sessions.ruleItem', {
      id: d.session.id,
      itemId: itemOf(d, r.id).id,
      objection: PANEL_OBJECTION,
    });
    expect(wrong.message).toContain('عدم مغایرت');
    expect(await t.count('ruling')).toBe(0);
  });

  it('lets the chair draft it; the close records it and does what it announced for every item', async () => {
    const { kerman, people } = await setup();
    const drafted = await straightToPanel(kerman.id);
    const bare = await straightToPanel(kerman.id);
    const compliant = await straightToPanel(kerman.id);
    const withOpinion = await t.call(
      'resolutions.register',
      resolutionInput(kerman.id, { councilResolutionNumber: 'op/1', incomingNumber: 'op/1' }),
    );
    await toAwaitingRuling(t, people, withOpinion.id);
    let d = await heldSession([drafted.id, bare.id, compliant.id, withOpinion.id], people, ['chair', 'member1']);
    for (const who of [people.chair, people.member1]) {
      for (const r of [drafted, bare, withOpinion])
        await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, r.id).id, finding: 'conflict' });
      await t.as(who).call('sessions.recordFinding', { itemId: itemOf(d, compliant.id).id, finding: 'no_conflict' });
    }
    const input = { itemId: itemOf(d, drafted.id).id, objection: PANEL_OBJECTION };
    // only the chair or the secretary drafts it
    expect((await t.as(people.member1).fail('sessions.saveObjection', input)).code).toBe('forbidden');
    expect((await t.as(people.viewer).fail('sessions.saveObjection', input)).code).toBe('forbidden');
    const noCitation = await t
      .as(people.chair)
      .fail('sessions.saveObjection', { ...input, objection: { ...PANEL_OBJECTION, citations: [] } });
    expect(noCitation.fields?.['objection.referenceIds']).toContain('متن آن را بنویسید');
    d = await t.as(people.chair).call('sessions.saveObjection', input);
    expect(itemOf(d, drafted.id).objection).toMatchObject({
      source: 'panel',
      clause: PANEL_OBJECTION.clause,
      recordedByName: people.chair.name,
    });
    // the expert's objection is at hand where there is one
    expect(itemOf(d, withOpinion.id).objection).toMatchObject({
      source: 'opinion',
      recordedByName: people.expert.name,
    });

    d = await t.call('sessions.get', { id: d.session.id });
    const announced = new Map(d.items.map((i) => [i.resolutionId, i.atClose]));
    expect(announced.get(drafted.id)).toMatchObject({ state: 'ruled', outcome: 'objected' });
    expect(announced.get(withOpinion.id)).toMatchObject({ state: 'ruled', outcome: 'objected' });
    expect(announced.get(compliant.id)).toMatchObject({ state: 'ruled', outcome: 'compliant' });
    expect(announced.get(bare.id)).toMatchObject({ state: 'carried_over', outcome: null, needsObjection: true });

    const closed = await t.call('sessions.close', { id: d.session.id });
    for (const item of closed.items) {
      const plan = announced.get(item.resolutionId)!;
      expect([item.resolutionId, item.state, item.outcome]).toEqual([item.resolutionId, plan.state, plan.outcome]);
      if (plan.note) expect(item.note).toBe(plan.note);
    }
    const [ruling] = await t.call('rulings.list', { resolutionId: drafted.id });
    expect(ruling.objection?.citations).toEqual(PANEL_OBJECTION.citations);
    expect((await t.call('resolutions.get', { id: bare.id })).status).toBe('awaiting_ruling');
    const history = await t.call('audit.history', { resolutionId: drafted.id });
    expect(history.map((e) => e.action)).toContain('draft_objection');
  });
});

describe("a member's silence", () => {
  /** members have 5 days from receipt (2026-11-20), so their deadline, 2026-11-25, ends before the panel's */
  async function lastDay() {
    const { kerman, people } = await setup();
    await t.core.context.db.write((tx) =>
      installPolicy(
        tx,
        { ...DEFAULT_POLICY, version: 'test-member-5', memberFindingDays: 5 },
        new Date().toISOString(),
      ),
    );
    const r = await straightToPanel(kerman.id, { receiptDate: '2026-11-20' });
    const d = await heldSession([r.id], people, ['chair', 'member1', 'member2']);
    await t.as(people.chair).call('sessions.recordFinding', { itemId: itemOf(d, r.id).id, finding: 'conflict' });
    return {
      people,
      r,
      sessionId: d.session.id,
      itemId: itemOf(d, r.id).id,
      end: Date.parse(deadlineEnd('2026-11-25')),
    };
  }

  it('is «not yet recorded» until the deadline day ends in Tehran, and final from that instant', async () => {
    const { people, r, sessionId, itemId, end } = await lastDay();
    expect(new Date(end).toISOString()).toBe('2026-11-25T20:30:00.000Z'); // midnight in Tehran

    t.now.value = new Date(end - 1);
    let d = await t.call('sessions.get', { id: sessionId });
    expect(itemOf(d, r.id)).toMatchObject({
      silenceFinal: false,
      countdownFa: 'امروز آخرین مهلت است',
      tally: { conflict: 1, systemNoConflict: 0, missing: 2 },
      decision: 'open',
    });
    // the vote buttons work, and what they record counts
    await t.as(people.member1).call('sessions.recordFinding', { itemId, finding: 'no_conflict' });
    const desk = await t.as(people.member2).call('desk.get', {});
    expect(desk.buckets.find((b) => b.key === 'dueToday')?.count).toBe(1);

    t.now.value = new Date(end);
    d = await t.call('sessions.get', { id: sessionId });
    expect(itemOf(d, r.id)).toMatchObject({ silenceFinal: true, tally: { systemNoConflict: 1, missing: 0 } });
    const late = await t.as(people.member2).fail('sessions.recordFinding', { itemId, finding: 'conflict' });
    expect(late.code).toBe('invalid_state');
    expect(late.message).toContain('سیستمی');
    // nothing left for them to do: the item is off their desk
    const after = await t.as(people.member2).call('desk.get', {});
    expect(after.buckets.find((b) => b.key === 'overdue')?.count).toBe(0);
    expect(after.buckets.find((b) => b.key === 'findings')?.count).toBe(0);

    t.now.value = new Date(end + 1);
    d = await t.call('sessions.get', { id: sessionId });
    expect(itemOf(d, r.id).silenceFinal).toBe(true);
  });

  it('ruled on the last day, a silent member abstains: no system finding is recorded', async () => {
    const { people, r, sessionId, itemId, end } = await lastDay();
    t.now.value = new Date(end - 60_000);
    await t.as(people.member1).call('sessions.recordFinding', { itemId, finding: 'conflict' });
    const closed = await t.call('sessions.close', { id: sessionId });
    expect(itemOf(closed, r.id).findings.filter((f) => f.source === 'system')).toEqual([]);
    expect(itemOf(closed, r.id)).toMatchObject({ tally: { conflict: 2, systemNoConflict: 0, missing: 1 } });
  });
});

describe("an absent member's finding", () => {
  it('is refused with a clear message once attendance records them absent, and leaves their desk', async () => {
    const { kerman, people } = await setup();
    const r = await straightToPanel(kerman.id);
    const s = await t.call('sessions.schedule', { date: TODAY, time: '10:00', place: 'فرمانداری' });
    const d = await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: [r.id] });
    const itemId = itemOf(d, r.id).id;
    // before attendance every active member may record ahead of the session
    expect((await t.as(people.member2).call('desk.get', {})).buckets.find((b) => b.key === 'findings')?.count).toBe(1);
    await t.call('sessions.recordAttendance', {
      id: s.session.id,
      presentMemberIds: [people.chair.id, people.member1.id],
    });
    const findings = await t.count('session_finding');
    const events = await t.count('audit_event');
    const refused = await t.as(people.member2).fail('sessions.recordFinding', { itemId, finding: 'conflict' });
    expect(refused.code).toBe('invalid_state');
    expect(refused.message).toContain('غایب ثبت شده‌اید');
    expect([await t.count('session_finding'), await t.count('audit_event')]).toEqual([findings, events]);
    expect((await t.as(people.member2).call('desk.get', {})).buckets.find((b) => b.key === 'findings')?.count).toBe(0);
    // present members still vote
    await t.as(people.member1).call('sessions.recordFinding', { itemId, finding: 'conflict' });
  });
});
