// The panel's rulings: recorded from a session (immutable), the objection taken from the expert's
// opinion when the session names none, corrections inside the legal window, the no-conflict
// notice; every refusal writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatJalali } from '../../shared/dates/jalali';
import { eventsFor } from '../../src-main/core/audit/log';
import { startSeededCore, type People, type TestCore } from '../support/core';
import { OBJECTION, expectRefused, failure, registerOne, rule, toAwaitingRuling } from '../support/lifecycle';

let t: TestCore;
let people: People;
let councilId: string;
beforeEach(async () => ({ t, people, councilId } = await startSeededCore()));
afterEach(async () => t.close());

async function awaiting() {
  const r = await registerOne(t, councilId);
  await toAwaitingRuling(t, people, r.id);
  return r;
}

describe('a session’s ruling', () => {
  it('records a compliant ruling with its votes and moves the resolution', async () => {
    const r = await awaiting();
    const { id } = await rule(t, people.secretary, r.id, 'compliant');
    const after = await t.call('resolutions.get', { id: r.id });
    expect(after.status).toBe('compliant');
    // until the notice goes out, the panel's own window is what counts (a correction is still possible)
    expect(after.dueDate).toBe(after.objectionDeadline);
    const rulings = await t.as(people.viewer).call('rulings.list', { resolutionId: r.id });
    expect(rulings).toEqual([
      expect.objectContaining({
        id,
        outcome: 'compliant',
        sessionId: 'session-1',
        votes: { conflict: 0, partial: 0, noConflict: 2, systemNoConflict: 1 },
        objection: null,
        correctsId: null,
        correctedById: null,
        recordedBy: people.secretary.id,
      }),
    ]);
    const history = await t.call('audit.history', { resolutionId: r.id });
    expect(history.map((e) => e.action).slice(-2)).toEqual(['ruling', 'rule_compliant']);
    // immutable
    await expect(
      t.core.context.db.write((tx) => tx.query(`UPDATE ruling SET outcome = 'objected' WHERE id = ?`, [id])),
    ).rejects.toThrow(/immutable/);
    await expect(t.core.context.db.write((tx) => tx.query(`DELETE FROM ruling`))).rejects.toThrow(/immutable/);
  });

  it('takes the objection from the submitted opinion when the session names none', async () => {
    const r = await awaiting();
    await rule(t, people.secretary, r.id, 'objected');
    const [ruling] = await t.call('rulings.list', { resolutionId: r.id });
    expect(ruling.objection).toEqual({
      clause: OBJECTION.clause,
      grounds: OBJECTION.grounds,
      referenceIds: OBJECTION.referenceIds,
      citations: [],
      reasoning: OBJECTION.reasoning,
    });
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('objected');
  });

  it('records the objection the session names, as the system actor too', async () => {
    const r = await awaiting();
    const objection = { ...OBJECTION, clause: 'بند ۳', grounds: ['beyond_powers'], referenceIds: ['councils-law-80'] };
    await rule(t, { id: 'system', name: 'سامانه', role: 'system' }, r.id, 'objected', { objection });
    const [ruling] = await t.call('rulings.list', { resolutionId: r.id });
    expect(ruling.objection?.clause).toBe('بند ۳');
    expect(ruling.recordedBy).toBe('system');
  });

  it('refuses an objection without grounds: no opinion, a no-conflict opinion, or bad objection input', async () => {
    const bare = await registerOne(t, councilId);
    await t.call('review.sendToPanel', { resolutionId: bare.id });
    await expectRefused(
      t,
      bare.id,
      () => failure(rule(t, people.secretary, bare.id, 'objected')),
      'validation',
      /نظر کارشناسی ثبت نشده/,
    );
    const bad = await expectRefused(
      t,
      bare.id,
      () => failure(rule(t, people.secretary, bare.id, 'objected', { objection: { ...OBJECTION, clause: ' ' } })),
      'validation',
    );
    expect(bad.fields?.['objection.clause']).toBeTruthy();
    await expectRefused(
      t,
      bare.id,
      () =>
        failure(
          rule(t, people.secretary, bare.id, 'objected', { objection: { ...OBJECTION, referenceIds: ['x-law'] } }),
        ),
      'validation',
      /مستند قانونی/,
    );
    await expectRefused(
      t,
      bare.id,
      () => failure(rule(t, people.secretary, bare.id, 'objected', { objection: { ...OBJECTION, referenceIds: [] } })),
      'validation',
      /مستند قانونی/,
    );

    const clean = await registerOne(t, councilId);
    await t.call('review.assign', { resolutionId: clean.id, expertId: people.expert.id });
    await t.as(people.expert).call('review.submitOpinion', {
      resolutionId: clean.id,
      conclusion: 'no_conflict',
      reasoning: 'مغایرتی ندارد.',
    });
    await expectRefused(
      t,
      clean.id,
      () => failure(rule(t, people.secretary, clean.id, 'objected')),
      'validation',
      /مغایرتی ذکر نکرده/,
    );
  });

  it('refuses votes that do not carry the outcome, and an even split', async () => {
    const r = await awaiting();
    await expectRefused(
      t,
      r.id,
      () =>
        failure(
          rule(t, people.secretary, r.id, 'objected', {
            votes: { conflict: 1, partial: 0, noConflict: 1, systemNoConflict: 1 },
          }),
        ),
      'validation',
      /هم‌خوان نیست/,
    );
    await expectRefused(
      t,
      r.id,
      () =>
        failure(
          rule(t, people.secretary, r.id, 'compliant', {
            votes: { conflict: 1, partial: 0, noConflict: 0, systemNoConflict: 1 },
          }),
        ),
      'validation',
      /برابر/,
    );
    await expectRefused(
      t,
      r.id,
      () => failure(rule(t, people.secretary, r.id, 'compliant', { sessionId: '' })),
      'validation',
    );
  });

  it('refuses the wrong actor and the wrong state', async () => {
    const r = await awaiting();
    await expectRefused(t, r.id, () => failure(rule(t, people.member1, r.id, 'compliant')), 'forbidden');
    await expectRefused(t, r.id, () => failure(rule(t, people.expert, r.id, 'objected')), 'forbidden');
    const fresh = await registerOne(t, councilId);
    await expectRefused(t, fresh.id, () => failure(rule(t, people.secretary, fresh.id, 'compliant')), 'invalid_state');
  });

  it('refuses an objection after the window, naming the Jalali deadline', async () => {
    const r = await awaiting();
    t.now.value = new Date('2026-12-10T08:00:00Z');
    const e = await expectRefused(
      t,
      r.id,
      () => failure(rule(t, people.secretary, r.id, 'objected')),
      'invalid_state',
      formatJalali(r.objectionDeadline!),
    );
    expect(e.message).toMatch(/انقضای مهلت لازم‌الاجراست/);
    expect(e.message).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
  });
});

describe('correcting a ruling', () => {
  it('adds a ruling that points to the one it corrects, both ways, inside the window', async () => {
    const r = await awaiting();
    const first = await rule(t, people.secretary, r.id, 'compliant');
    const corrected = await t.call('rulings.correct', {
      resolutionId: r.id,
      correctsId: first.id,
      outcome: 'objected',
      reason: 'سهو در ثبت نتیجهٔ رأی جلسه',
      objection: OBJECTION as never,
    });
    expect(corrected).toMatchObject({
      outcome: 'objected',
      correctsId: first.id,
      correctionReason: 'سهو در ثبت نتیجهٔ رأی جلسه',
    });
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('objected');
    const back = await t.call('rulings.correct', {
      resolutionId: r.id,
      correctsId: corrected.id,
      outcome: 'compliant',
      reason: 'اصلاح دوباره به عدم مغایرت',
    });
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('compliant');
    const all = await t.call('rulings.list', { resolutionId: r.id });
    expect(all.map((x) => [x.id, x.correctedById])).toEqual([
      [first.id, corrected.id],
      [corrected.id, back.id],
      [back.id, null],
    ]);
    const events = await eventsFor(t.core.context.db.read, r.id);
    expect(events[events.length - 1]).toMatchObject({
      action: 'correct_to_compliant',
      reason: 'اصلاح دوباره به عدم مغایرت',
    });
  });

  it('refuses a correction of a superseded ruling, without reason or grounds, by another role, or after the window', async () => {
    const r = await awaiting();
    const first = await rule(t, people.secretary, r.id, 'compliant');
    const input = {
      resolutionId: r.id,
      correctsId: first.id,
      outcome: 'objected' as const,
      reason: 'سهو',
      objection: OBJECTION as never,
    };
    await expectRefused(t, r.id, () => t.fail('rulings.correct', { ...input, reason: '' }), 'validation');
    const noGrounds = await expectRefused(
      t,
      r.id,
      () => t.fail('rulings.correct', { ...input, objection: undefined }),
      'validation',
    );
    expect(noGrounds.fields?.objection).toBeTruthy();
    await expectRefused(t, r.id, () => t.fail('rulings.correct', { ...input, correctsId: 'other' }), 'validation');
    await expectRefused(t, r.id, () => t.fail('rulings.correct', { ...input, outcome: 'compliant' }), 'invalid_state');
    for (const who of [people.member1, people.viewer, people.expert]) {
      await expectRefused(t, r.id, () => t.as(who).fail('rulings.correct', input), 'forbidden');
    }
    t.now.value = new Date('2026-12-10T08:00:00Z');
    await expectRefused(
      t,
      r.id,
      () => t.fail('rulings.correct', input),
      'invalid_state',
      formatJalali(r.objectionDeadline!),
    );
  });
});

describe('the no-conflict notice', () => {
  it('makes a compliant resolution enforceable when it is recorded as sent', async () => {
    const r = await awaiting();
    await rule(t, people.secretary, r.id, 'compliant');
    await expectRefused(
      t,
      r.id,
      () =>
        t.fail('compliance.noticeSent', { resolutionId: r.id, outgoingNumber: '۱۴۰۵/ت/۵', letterDate: '2026-11-30' }),
      'validation',
      /بعد از امروز/,
    );
    await expectRefused(
      t,
      r.id,
      () =>
        t
          .as(people.viewer)
          .fail('compliance.noticeSent', { resolutionId: r.id, outgoingNumber: '۵', letterDate: '2026-11-23' }),
      'forbidden',
    );
    const after = await t.call('compliance.noticeSent', {
      resolutionId: r.id,
      outgoingNumber: '۱۴۰۵/ت/۵',
      letterDate: '2026-11-23',
      letterRef: 'letter-42',
    });
    expect(after).toMatchObject({ status: 'enforceable', dueDate: null, dueKind: null });
    const records = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(records.letters).toEqual([
      expect.objectContaining({ kind: 'compliance', outgoingNumber: '۱۴۰۵/ت/۵', letterRef: 'letter-42' }),
    ]);
    // the process has ended: a correction is refused
    const [ruling] = records.rulings;
    await expectRefused(
      t,
      r.id,
      () =>
        t.fail('rulings.correct', {
          resolutionId: r.id,
          correctsId: ruling.id,
          outcome: 'objected',
          reason: 'x',
          objection: OBJECTION as never,
        }),
      'invalid_state',
      /پایان یافته/,
    );
  });
});
