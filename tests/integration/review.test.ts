// Expert review: assignment, re-assignment, the expert's draft and submitted opinion, sending
// to the panel without one, and the catalog of references; every refusal writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { expertOpinionDeadline, objectionDeadline } from '../../shared/deadlines/calculator';
import { formatJalali } from '../../shared/dates/jalali';
import { eventsFor } from '../../src-main/core/audit/log';
import { startSeededCore, type People, type TestCore } from '../support/core';
import { OBJECTION, assign, expectRefused, registerOne } from '../support/lifecycle';

let t: TestCore;
let people: People;
let councilId: string;
beforeEach(async () => ({ t, people, councilId } = await startSeededCore()));
afterEach(async () => t.close());

const TODAY = '2026-11-23';
const submit = (id: string, over: Record<string, unknown> = {}) => ({
  resolutionId: id,
  conclusion: 'conflict' as const,
  reasoning: OBJECTION.reasoning,
  clauses: [OBJECTION.clause],
  grounds: OBJECTION.grounds as never,
  referenceIds: OBJECTION.referenceIds,
  ...over,
});

describe('assigning an expert', () => {
  it('moves the resolution under review with the expert and the expert’s deadline, audited', async () => {
    const r = await registerOne(t, councilId);
    const after = await assign(t, people, r.id);
    expect(after.status).toBe('under_review');
    expect(after.assignedExpertId).toBe(people.expert.id);
    const own = expertOpinionDeadline(TODAY, DEFAULT_POLICY);
    const panel = objectionDeadline(r.receiptDate, DEFAULT_POLICY);
    expect(after.dueDate).toBe(own < panel ? own : panel);
    expect(after.dueKind).toBe('expert_opinion');
    expect(after.rev).toBe(r.rev + 1);
    const events = await eventsFor(t.core.context.db.read, r.id);
    const last = events[events.length - 1];
    expect(last.action).toBe('assign_expert');
    expect(JSON.parse(last.before!)).toMatchObject({ status: 'received', rev: 1 });
    expect(JSON.parse(last.after!)).toMatchObject({ status: 'under_review', assignedExpertId: people.expert.id });
    expect(last.actorId).toBe(people.secretary.id);
  });

  it('caps the expert’s deadline at the panel’s window', async () => {
    // received 12 days ago: the panel's window ends before five more days are up
    const r = await registerOne(t, councilId, {
      councilSessionDate: '2026-11-10',
      approvalDate: '2026-11-10',
      receiptDate: '2026-11-11',
    });
    const after = await assign(t, people, r.id);
    expect(after.dueDate).toBe(r.objectionDeadline);
    expect(after.dueKind).toBe('expert_opinion');
  });

  it('re-assigns while under review, and refuses the same expert again', async () => {
    const r = await registerOne(t, councilId);
    await assign(t, people, r.id);
    const again = await t.call('review.assign', { resolutionId: r.id, expertId: people.expert2.id });
    expect(again.status).toBe('under_review');
    expect(again.assignedExpertId).toBe(people.expert2.id);
    const events = await eventsFor(t.core.context.db.read, r.id);
    expect(events[events.length - 1].action).toBe('reassign_expert');
    const e = await expectRefused(
      t,
      r.id,
      () => t.fail('review.assign', { resolutionId: r.id, expertId: people.expert2.id }),
      'validation',
    );
    expect(e.fields?.expertId).toBeTruthy();
  });

  it('refuses the wrong role, a user who is not an expert, a stale page and the wrong state', async () => {
    const r = await registerOne(t, councilId);
    const input = { resolutionId: r.id, expertId: people.expert.id };
    for (const who of [people.viewer, people.member1, people.expert, people.admin]) {
      await expectRefused(t, r.id, () => t.as(who).fail('review.assign', input), 'forbidden');
    }
    const notExpert = await expectRefused(
      t,
      r.id,
      () => t.fail('review.assign', { ...input, expertId: people.member1.id }),
      'validation',
      /کارشناس/,
    );
    expect(notExpert.fields?.expertId).toBeTruthy();
    await expectRefused(t, r.id, () => t.fail('review.assign', { ...input, expertId: 'no-such-user' }), 'validation');
    await expectRefused(t, r.id, () => t.fail('review.assign', { ...input, rev: r.rev + 5 }), 'conflict');
    await t.call('review.sendToPanel', { resolutionId: r.id });
    await expectRefused(t, r.id, () => t.fail('review.assign', input), 'invalid_state', /در انتظار رأی هیأت/);
  });

  it('refuses once the panel’s window has closed, naming the deadline', async () => {
    const r = await registerOne(t, councilId);
    t.now.value = new Date('2026-12-15T08:00:00Z');
    const deadline = formatJalali(r.objectionDeadline!);
    await expectRefused(
      t,
      r.id,
      () => t.fail('review.assign', { resolutionId: r.id, expertId: people.expert.id }),
      'invalid_state',
      deadline,
    );
  });
});

describe('the expert’s opinion', () => {
  it('keeps drafts private to their author, then submits once and moves the resolution to the panel', async () => {
    const r = await registerOne(t, councilId);
    await assign(t, people, r.id);
    const asExpert = t.as(people.expert);
    // a draft may be incomplete
    const draft = await asExpert.call('review.saveOpinion', { resolutionId: r.id, reasoning: 'در حال بررسی' });
    expect(draft.status).toBe('draft');
    expect(draft.conclusion).toBeNull();
    const saved = await asExpert.call('review.saveOpinion', {
      resolutionId: r.id,
      conclusion: 'partial_conflict',
      reasoning: 'پیش‌نویس دوم',
      clauses: ['بند ۲', '  '],
      grounds: ['beyond_powers'],
    });
    expect(saved.id).toBe(draft.id);
    expect(saved.rev).toBe(2);
    expect(saved.clauses).toEqual(['بند ۲']);
    expect((await asExpert.call('review.get', { resolutionId: r.id })).opinions).toHaveLength(1);
    expect((await t.call('review.get', { resolutionId: r.id })).opinions).toHaveLength(0);
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('under_review');

    const opinion = await asExpert.call('review.submitOpinion', submit(r.id));
    expect(opinion).toMatchObject({ id: draft.id, status: 'submitted', conclusion: 'conflict' });
    expect(opinion.referenceIds).toEqual(OBJECTION.referenceIds);
    const after = await t.call('resolutions.get', { id: r.id });
    expect(after.status).toBe('awaiting_ruling');
    expect(after.dueKind).toBe('objection');
    expect(after.dueDate).toBe(after.objectionDeadline);
    // every role reads the submitted opinion (members vote on it)
    const seen = await t.as(people.member1).call('review.get', { resolutionId: r.id });
    expect(seen.opinions.map((o) => o.expertName)).toEqual([people.expert.name]);
    expect(await t.count('expert_opinion')).toBe(1);

    // frozen: a second submission is refused by state, and the row by its trigger
    await expectRefused(t, r.id, () => asExpert.fail('review.submitOpinion', submit(r.id)), 'invalid_state');
    await expect(
      t.core.context.db.write((tx) => tx.query(`UPDATE expert_opinion SET reasoning = 'x' WHERE id = ?`, [opinion.id])),
    ).rejects.toThrow(/immutable/);
  });

  it('accepts a no-conflict opinion without clauses or citations', async () => {
    const r = await registerOne(t, councilId);
    await assign(t, people, r.id);
    const o = await t.as(people.expert).call('review.submitOpinion', {
      resolutionId: r.id,
      conclusion: 'no_conflict',
      reasoning: 'مصوبه در حدود اختیارات شورا و مطابق قانون است.',
    });
    expect(o.conclusion).toBe('no_conflict');
  });

  it('refuses another expert, other roles, bad input and unknown references, writing nothing', async () => {
    const r = await registerOne(t, councilId);
    await assign(t, people, r.id);
    const asExpert = t.as(people.expert);
    await expectRefused(
      t,
      r.id,
      () => t.as(people.expert2).fail('review.submitOpinion', submit(r.id)),
      'forbidden',
      /کارشناسِ تعیین‌شده/,
    );
    await expectRefused(t, r.id, () => t.as(people.expert2).fail('review.saveOpinion', submit(r.id)), 'forbidden');
    for (const who of [people.secretary, people.member1, people.viewer]) {
      await expectRefused(t, r.id, () => t.as(who).fail('review.submitOpinion', submit(r.id)), 'forbidden');
    }
    const noClause = await expectRefused(
      t,
      r.id,
      () => asExpert.fail('review.submitOpinion', submit(r.id, { clauses: [] })),
      'validation',
    );
    expect(noClause.fields?.clauses).toBeTruthy();
    const noCitation = await expectRefused(
      t,
      r.id,
      () => asExpert.fail('review.submitOpinion', submit(r.id, { referenceIds: [] })),
      'validation',
    );
    expect(noCitation.fields?.referenceIds).toBeTruthy();
    const noReasoning = await expectRefused(
      t,
      r.id,
      () => asExpert.fail('review.submitOpinion', submit(r.id, { reasoning: '  ' })),
      'validation',
    );
    expect(noReasoning.fields?.reasoning).toBeTruthy();
    await expectRefused(
      t,
      r.id,
      () => asExpert.fail('review.submitOpinion', submit(r.id, { referenceIds: ['no-such-law'] })),
      'validation',
      /مستند قانونی/,
    );
    await expectRefused(
      t,
      r.id,
      () => asExpert.fail('review.submitOpinion', submit(r.id, { grounds: ['heresy'] })),
      'validation',
    );
    // Islamic standards alone need no citation from the catalog
    const o = await asExpert.call(
      'review.submitOpinion',
      submit(r.id, { grounds: ['conflicts_with_islamic_standards'], referenceIds: [] }),
    );
    expect(o.grounds).toEqual(['conflicts_with_islamic_standards']);
  });

  it('refuses an opinion on a resolution that was never assigned', async () => {
    const r = await registerOne(t, councilId);
    await expectRefused(
      t,
      r.id,
      () => t.as(people.expert).fail('review.saveOpinion', { resolutionId: r.id }),
      'invalid_state',
      /وصول‌شده/,
    );
  });
});

describe('sending to the panel', () => {
  it('goes from received or under review, by the secretary only', async () => {
    const a = await registerOne(t, councilId);
    const b = await registerOne(t, councilId);
    await assign(t, people, b.id);
    await expectRefused(
      t,
      a.id,
      () => t.as(people.expert).fail('review.sendToPanel', { resolutionId: a.id }),
      'forbidden',
    );
    const sentA = await t.call('review.sendToPanel', { resolutionId: a.id, reason: 'نیازی به نظر کارشناسی نیست' });
    const sentB = await t.call('review.sendToPanel', { resolutionId: b.id });
    expect([sentA.status, sentB.status]).toEqual(['awaiting_ruling', 'awaiting_ruling']);
    const events = await eventsFor(t.core.context.db.read, a.id);
    expect(events[events.length - 1]).toMatchObject({ action: 'send_to_panel', reason: 'نیازی به نظر کارشناسی نیست' });
    await expectRefused(t, a.id, () => t.fail('review.sendToPanel', { resolutionId: a.id }), 'invalid_state');
  });
});

describe('legal references', () => {
  it('lists the seeded catalog for any signed-in role, with the citation text', async () => {
    const refs = await t.as(people.viewer).call('references.list', {});
    expect(refs.length).toBeGreaterThanOrEqual(10);
    const art80 = refs.find((x) => x.id === 'councils-law-80')!;
    expect(art80.text).toBe('قانون تشکیلات، وظایف و انتخابات شوراهای اسلامی کشور و انتخاب شهرداران — مادهٔ ۸۰');
    expect(refs.find((x) => x.id === 'councils-law-71-16')!.text).toMatch(/مادهٔ ۷۱، بند ۱۶$/);
    expect(refs.some((x) => x.law === 'قانون مالیات بر ارزش افزوده' && x.article === '۵۰')).toBe(true);
  });
});
