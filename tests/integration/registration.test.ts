// Issue 11, the registration side of the legal path, against the real core on a SQLite file:
// - late registration: warned (needs_confirmation) before anything is written, lapsed at once
//   when confirmed, and kept on a list (the register's filter; the desk: desk.test.ts);
// - correcting the registration fields at any stage: with a reason, recorded (correction record,
//   audit chain), the deadlines recomputed, and what the correction may and may not do to the
//   panel's window decided and said in Persian.
import { afterEach, describe, expect, it } from 'vitest';
import { resolutionInput, startSeededCore, type People, type TestCore } from '../support/core';
import { registerOne, rule, toAwaitingRuling } from '../support/lifecycle';
import { runLapseCheck } from '../../src-main/core/lifecycle/lapse';
import { registrationOf } from '../../shared/schemas/resolution';

let t: TestCore;
let people: People;
let councilId: string;
let villageId: string;

afterEach(() => t?.close());

async function setup() {
  ({ t, people, councilId, villageId } = await startSeededCore());
}

/** The registration fields of a resolution as resolutions.correct takes them, with `over` changed. */
async function correction(
  id: string,
  over: Record<string, unknown>,
  reason = 'تاریخ وصول از روی دفتر اندیکاتور اصلاح شد',
) {
  const r = await t.call('resolutions.get', { id });
  return {
    id,
    rev: r.rev,
    reason,
    ...registrationOf(r),
    ...over,
  };
}

/** approved early in the month, so any receipt date the tests use is after it */
const EARLY = { approvalDate: '2026-11-01', councilSessionDate: '2026-11-01' };

const counts = async () => ({
  resolution: await t.count('resolution'),
  corrections: await t.count('registration_correction'),
  audit: await t.count('audit_event'),
});

describe('late registration', () => {
  it('warns before writing anything, then registers and lapses at once, kept on the late list', async () => {
    await setup();
    const before = await counts();
    // today is 2026-11-23; received 2026-11-05, the window ended 2026-11-19 (۱۴۰۵/۰۸/۲۸)
    const late = resolutionInput(councilId, { ...EARLY, receiptDate: '2026-11-05' });
    const warned = await t.fail('resolutions.register', late);
    expect(warned.code).toBe('needs_confirmation');
    expect(warned.message).toContain('۱۴۰۵/۰۸/۲۸');
    expect(warned.message).toContain('لازم‌الاجرا به علت انقضای مهلت');
    expect(warned.fields?.receiptDate).toBe(warned.message);
    expect(await counts()).toEqual(before);

    const r = await t.call('resolutions.register', { ...late, confirmLate: true });
    expect(r).toMatchObject({ status: 'enforceable_by_lapse', registeredLate: true, dueDate: null });
    const history = await t.call('audit.history', { resolutionId: r.id });
    expect(history.map((e) => [e.action, e.actorId])).toEqual([
      ['register', people.secretary.id],
      ['lapse', 'system'],
    ]);
    const inTime = await registerOne(t, councilId);
    expect(inTime.registeredLate).toBe(false);
    const listed = await t.as(people.viewer).call('resolutions.list', { filter: { late: true } });
    expect(listed.rows.map((x) => x.id)).toEqual([r.id]);
  });

  it('asks again when an edit of a received resolution moves its receipt out of the window', async () => {
    await setup();
    const r = await registerOne(t, councilId);
    const input = { ...resolutionInput(councilId, EARLY), councilResolutionNumber: 'R-x', incomingNumber: 'IN-x' };
    const edit = { ...input, id: r.id, rev: r.rev, receiptDate: '2026-11-05' };
    const warned = await t.fail('resolutions.update', edit);
    expect(warned.code).toBe('needs_confirmation');
    expect((await t.call('resolutions.get', { id: r.id })).receiptDate).toBe(r.receiptDate);
    const saved = await t.call('resolutions.update', { ...edit, confirmLate: true });
    expect(saved.status).toBe('enforceable_by_lapse');
  });
});

describe('correcting the registration fields', () => {
  it('moves the window before the ruling, recording the earlier values, the reason and the effect', async () => {
    await setup();
    const r = await registerOne(t, councilId, { receiptDate: '2026-11-15' }); // window ends 2026-11-29
    const sent = await t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev });
    const noReason = await t.fail('resolutions.correct', await correction(r.id, { receiptDate: '2026-11-18' }, ' '));
    expect(noReason.fields?.reason).toBe('دلیل اصلاح را وارد کنید.');
    const stale = await t.fail('resolutions.correct', {
      ...(await correction(r.id, { receiptDate: '2026-11-18' })),
      rev: 1,
    });
    expect(stale.code).toBe('conflict');
    expect((await t.fail('resolutions.correct', await correction(r.id, {}))).message).toContain('تغییر نکرده');
    expect(
      (await t.as(people.viewer).fail('resolutions.correct', await correction(r.id, { receiptDate: '2026-11-18' })))
        .code,
    ).toBe('forbidden');

    const done = await t.call(
      'resolutions.correct',
      await correction(r.id, { receiptDate: '2026-11-18', incomingNumber: '۱۴۰۵/۹۹' }),
    );
    expect(done.effect).toBe('deadline_moved');
    expect(done.message).toBe('اصلاح ثبت شد؛ مهلت اعتراض هیأت از ۱۴۰۵/۰۹/۰۸ به ۱۴۰۵/۰۹/۱۱ تغییر کرد.');
    expect(done.resolution).toMatchObject({
      status: 'awaiting_ruling',
      receiptDate: '2026-11-18',
      incomingNumber: '۱۴۰۵/۹۹',
      objectionDeadline: '2026-12-02',
      dueDate: '2026-12-02',
      rev: sent.rev + 1,
    });
    const [record]: { before: string; after: string; reason: string; effect: string; recordedBy: string }[] =
      await t.core.context.db.read.query(
        `SELECT before, after, reason, effect, recorded_by AS recordedBy FROM registration_correction WHERE resolution_id = ?`,
        [r.id],
      );
    expect(JSON.parse(record.before)).toMatchObject({ receiptDate: '2026-11-15', objectionDeadline: '2026-11-29' });
    expect(JSON.parse(record.after)).toMatchObject({ receiptDate: '2026-11-18', incomingNumber: '۱۴۰۵/۹۹' });
    expect(record).toMatchObject({ effect: 'deadline_moved', recordedBy: people.secretary.id });
    const [event] = (await t.call('audit.history', { resolutionId: r.id })).filter(
      (e) => e.action === 'correct_registration',
    );
    expect(JSON.parse(event.before!)).toMatchObject({ receiptDate: '2026-11-15' });
    expect(event.reason).toBe('تاریخ وصول از روی دفتر اندیکاتور اصلاح شد');
    // the register finds it under its corrected number, and the correction goes up on the next sync
    expect((await t.call('resolutions.list', { filter: { q: '۱۴۰۵/۹۹' } })).rows.map((x) => x.id)).toEqual([r.id]);
    const [{ n }] = await t.core.context.db.read.query(
      `SELECT count(*) AS n FROM sync_outbox WHERE entity = 'registration_correction'`,
    );
    expect(n).toBe(1);
  });

  it("recomputes the expert's deadline from the assignment, capped by the corrected window", async () => {
    await setup();
    const r = await registerOne(t, councilId, { receiptDate: '2026-11-15' });
    await t.call('review.assign', { resolutionId: r.id, expertId: people.expert.id });
    expect((await t.call('resolutions.get', { id: r.id })).dueDate).toBe('2026-11-28'); // 5 days from 11-23
    // received earlier than recorded: the panel's window now ends 2026-11-26, before the expert's
    const done = await t.call('resolutions.correct', await correction(r.id, { receiptDate: '2026-11-12' }));
    expect(done.resolution).toMatchObject({
      objectionDeadline: '2026-11-26',
      dueDate: '2026-11-26',
      dueKind: 'expert_opinion',
    });
  });

  it('closes the window before the ruling only when confirmed, and the resolution then lapses', async () => {
    await setup();
    const r = await registerOne(t, councilId, { ...EARLY, receiptDate: '2026-11-15' });
    const input = await correction(r.id, { receiptDate: '2026-11-05' });
    const before = await counts();
    const warned = await t.fail('resolutions.correct', input);
    expect(warned.code).toBe('needs_confirmation');
    expect(warned.message).toContain('۱۴۰۵/۰۸/۲۸');
    expect(await counts()).toEqual(before);
    const done = await t.call('resolutions.correct', { ...input, confirm: true });
    expect(done).toMatchObject({ effect: 'window_closed', resolution: { status: 'enforceable_by_lapse' } });
    expect(done.message).toContain('لازم‌الاجرا شد');
  });

  it('reopens a lapse that rested on a wrong receipt date, when confirmed; a still-closed one only moves', async () => {
    await setup();
    t.now.value = new Date('2026-11-05T08:00:00Z');
    const r = await registerOne(t, councilId, { ...EARLY, receiptDate: '2026-11-05' });
    t.now.value = new Date('2026-11-23T08:00:00Z'); // the window ended 2026-11-19
    await runLapseCheck(t.core.context);
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('enforceable_by_lapse');

    const still = await t.call('resolutions.correct', await correction(r.id, { receiptDate: '2026-11-06' }));
    expect(still).toMatchObject({ effect: 'deadline_moved', resolution: { status: 'enforceable_by_lapse' } });

    // it was in fact received on 2026-11-16: the panel has until 2026-11-30
    const input = await correction(r.id, { receiptDate: '2026-11-16' });
    const warned = await t.fail('resolutions.correct', input);
    expect(warned.code).toBe('needs_confirmation');
    expect(warned.message).toContain('«وصول‌شده» بازمی‌گردد');
    const done = await t.call('resolutions.correct', { ...input, confirm: true });
    expect(done).toMatchObject({
      effect: 'window_reopened',
      resolution: { status: 'received', objectionDeadline: '2026-11-30', dueDate: '2026-11-30', dueKind: 'objection' },
    });
    const actions = (await t.call('audit.history', { resolutionId: r.id })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['correct_registration', 'reopen_after_correction']);
    // and the review goes on
    await t.call('review.sendToPanel', { resolutionId: r.id });
  });

  it('after the ruling: keeps the ruling inside the corrected window or refuses, and never changes the council', async () => {
    await setup();
    const r = await registerOne(t, councilId, { ...EARLY, receiptDate: '2026-11-15' });
    await toAwaitingRuling(t, people, r.id);
    await rule(t, people.secretary, r.id, 'objected'); // ruled 2026-11-23
    const before = await counts();
    const outside = await t.fail(
      'resolutions.correct',
      await correction(r.id, { receiptDate: '2026-11-05', confirm: true }),
    );
    expect(outside.code).toBe('invalid_state');
    expect(outside.message).toContain('رأی هیأت در ۱۴۰۵/۰۹/۰۲ صادر شده است');
    expect(outside.message).toContain('هیأت حل اختلاف یا دیوان عدالت اداری');
    const council = await t.fail('resolutions.correct', await correction(r.id, { councilId: villageId }));
    expect(council.fields?.councilId).toContain('پس از رأی هیأت');
    expect(await counts()).toEqual(before);

    const inside = await t.call('resolutions.correct', await correction(r.id, { receiptDate: '2026-11-12' }));
    expect(inside).toMatchObject({
      effect: 'deadline_moved',
      resolution: { status: 'objected', objectionDeadline: '2026-11-26', dueDate: '2026-11-26' },
    });
    const title = await t.call(
      'resolutions.correct',
      await correction(r.id, { title: 'افزودن عوارض پسماند' }, 'غلط املایی'),
    );
    expect(title).toMatchObject({ effect: 'none', message: 'اصلاح ثبت شد؛ مهلت اعتراض هیأت تغییری نکرد.' });
  });

  it('refuses what registration refuses: a number already used, a receipt before approval', async () => {
    await setup();
    const a = await registerOne(t, councilId);
    const b = await registerOne(t, councilId);
    const dup = await t.fail('resolutions.correct', await correction(b.id, { incomingNumber: a.incomingNumber }));
    expect(dup.code).toBe('duplicate');
    const order = await t.fail('resolutions.correct', await correction(b.id, { receiptDate: '2026-11-01' }));
    expect(order.fields?.receiptDate).toBe('تاریخ وصول نمی‌تواند پیش از تاریخ تصویب باشد.');
  });
});
