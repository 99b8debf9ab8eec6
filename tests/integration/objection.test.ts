// After an objection: the letter and the council's receipt (its clock), the council's answer —
// amend (a new linked version with its own clock), repeal, insist → the dispute board — its
// silence per the policy, and the Administrative Justice Court; every refusal writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { councilAnswerDeadline, disputeBoardDeadline, objectionDeadline } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { SYSTEM_ACTOR } from '../../src-main/core/context';
import { installPolicy } from '../../src-main/core/lifecycle/policy';
import { runCouncilSilenceCheck } from '../../src-main/core/lifecycle/lapse';
import { resolutionInput, seedOffice, startCore, type People, type TestCore } from '../support/core';
import { expectRefused, registerOne, rule, toAwaitingRuling, toWithCouncil } from '../support/lifecycle';

let t: TestCore;
let people: People;
let councilId: string;
let villageId: string;
beforeEach(async () => {
  t = await startCore();
  const seeded = await seedOffice(t);
  people = seeded.people;
  councilId = seeded.kerman.id;
  villageId = seeded.village.id;
});
afterEach(async () => t.close());

const REFERRAL = {
  boardLevel: 'province' as const,
  boardName: 'هیأت حل اختلاف استان کرمان',
  referralDate: '2026-11-25',
  referralNumber: '۱۴۰۵/ت/۲۰۰',
};

async function withCouncil() {
  const r = await registerOne(t, councilId);
  await toWithCouncil(t, people, r.id);
  t.now.value = new Date('2026-11-25T08:00:00Z');
  return r;
}

describe('the objection letter and its receipt', () => {
  it('sends the letter (→ with the council), then starts the council’s clock at its receipt', async () => {
    const r = await registerOne(t, councilId);
    await toAwaitingRuling(t, people, r.id);
    await rule(t, people.secretary, r.id, 'objected');
    const letter = { resolutionId: r.id, outgoingNumber: '۱۴۰۵/ت/۱۰۱', letterDate: '2026-11-23' };
    await expectRefused(t, r.id, () => t.as(people.viewer).fail('objection.letterSent', letter), 'forbidden');
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.letterSent', { ...letter, letterDate: '2026-11-20' }),
      'validation',
      /پیش از تاریخ ثبت رأی/,
    );
    await expectRefused(t, r.id, () => t.fail('objection.letterSent', { ...letter, outgoingNumber: '' }), 'validation');
    const sent = await t.call('objection.letterSent', letter);
    expect(sent).toMatchObject({ status: 'with_council', dueDate: null, dueKind: null });
    // the answer clock does not start before the council receives the letter
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.councilReceived', { resolutionId: r.id, receivedDate: '2026-11-22' }),
      'validation',
      /پیش از تاریخ نامهٔ اعتراض/,
    );
    t.now.value = new Date('2026-11-24T08:00:00Z');
    const received = await t.call('objection.councilReceived', { resolutionId: r.id, receivedDate: '2026-11-24' });
    expect(received.dueDate).toBe(councilAnswerDeadline('2026-11-24', DEFAULT_POLICY));
    expect(received.dueKind).toBe('council_answer');
    expect(received.status).toBe('with_council');
    const records = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(records.letters[0]).toMatchObject({ kind: 'objection', councilReceivedDate: '2026-11-24' });
    expect(records.councilAnswerDeadline).toBe(received.dueDate);
    const history = await t.call('audit.history', { resolutionId: r.id });
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['letter_sent', 'send_objection_letter', 'council_received']),
    );
  });

  it('refuses the letter in the wrong state and the receipt before any letter', async () => {
    const r = await registerOne(t, councilId);
    const letter = { resolutionId: r.id, outgoingNumber: '۱', letterDate: '2026-11-23' };
    await expectRefused(t, r.id, () => t.fail('objection.letterSent', letter), 'invalid_state', /وصول‌شده/);
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.councilReceived', { resolutionId: r.id, receivedDate: '2026-11-23' }),
      'invalid_state',
    );
  });
});

describe('the council’s answer', () => {
  it('repeal → withdrawn, recorded immutably', async () => {
    const r = await withCouncil();
    const after = await t.call('objection.councilAnswer', {
      resolutionId: r.id,
      answer: 'repeal',
      answerDate: '2026-11-25',
      answerNumber: '۳۴۵/ش',
      note: 'شورا مصوبه را لغو کرد.',
    });
    expect(after).toMatchObject({ status: 'withdrawn', dueDate: null });
    const { answers } = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(answers).toEqual([expect.objectContaining({ answer: 'repeal', answerNumber: '۳۴۵/ش' })]);
    await expect(
      t.core.context.db.write((tx) => tx.query(`UPDATE council_answer SET answer = 'insist'`)),
    ).rejects.toThrow(/immutable/);
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.councilAnswer', { resolutionId: r.id, answer: 'repeal', answerDate: '2026-11-25' }),
      'invalid_state',
    );
  });

  it('insist → referred to the board with its own deadline, then upheld', async () => {
    const r = await withCouncil();
    const noReferral = await expectRefused(
      t,
      r.id,
      () => t.fail('objection.councilAnswer', { resolutionId: r.id, answer: 'insist', answerDate: '2026-11-25' }),
      'validation',
    );
    expect(noReferral.fields?.referral).toBeTruthy();
    await expectRefused(
      t,
      r.id,
      () =>
        t.fail('objection.councilAnswer', {
          resolutionId: r.id,
          answer: 'insist',
          answerDate: '2026-11-25',
          referral: { ...REFERRAL, referralDate: '2026-11-26' },
        }),
      'validation',
      /بعد از امروز/,
    );
    const referred = await t.call('objection.councilAnswer', {
      resolutionId: r.id,
      answer: 'insist',
      answerDate: '2026-11-25',
      referral: REFERRAL,
    });
    expect(referred).toMatchObject({
      status: 'referred',
      dueDate: disputeBoardDeadline('2026-11-25', DEFAULT_POLICY),
      dueKind: 'dispute_board',
    });
    const decision = {
      resolutionId: r.id,
      decision: 'upheld' as const,
      decisionNumber: '۹۸۷',
      decisionDate: '2026-11-25',
    };
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.boardDecision', { ...decision, decisionDate: '2026-11-20' }),
      'validation',
      /پیش از تاریخ ارجاع/,
    );
    await expectRefused(t, r.id, () => t.as(people.member1).fail('objection.boardDecision', decision), 'forbidden');
    const upheld = await t.call('objection.boardDecision', decision);
    expect(upheld).toMatchObject({ status: 'upheld', dueDate: null });
    const { referrals } = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(referrals).toEqual([
      expect.objectContaining({
        cause: 'insist',
        boardName: REFERRAL.boardName,
        decision: 'upheld',
        decisionNumber: '۹۸۷',
      }),
    ]);
    await expect(
      t.core.context.db.write((tx) => tx.query(`UPDATE board_referral SET decision = 'annulled'`)),
    ).rejects.toThrow(/immutable/);
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.boardDecision', { ...decision, decision: 'annulled' }),
      'invalid_state',
      /پایان یافته/,
    );
  });

  it('insist → board annuls', async () => {
    const r = await withCouncil();
    await t.call('objection.councilAnswer', {
      resolutionId: r.id,
      answer: 'insist',
      answerDate: '2026-11-25',
      referral: REFERRAL,
    });
    const annulled = await t.call('objection.boardDecision', {
      resolutionId: r.id,
      decision: 'annulled',
      decisionNumber: '۱۲',
      decisionDate: '2026-11-25',
      note: 'مصوبه ابطال شد.',
    });
    expect(annulled.status).toBe('annulled');
  });

  it('amend → the amended version is registered, linked, on its own clock, and the old one withdrawn', async () => {
    const r = await withCouncil();
    const amended = resolutionInput(councilId, {
      councilResolutionNumber: '۱۲۳/۴۶',
      councilSessionNumber: '۴۸',
      councilSessionDate: '2026-11-24',
      approvalDate: '2026-11-24',
      receiptDate: '2026-11-25',
      incomingNumber: '۱۴۰۵/۲۵۰۰',
      title: 'اصلاح مصوبهٔ عوارض پسماند',
    });
    // another council's resolution cannot amend this one
    const before = await t.count('resolution');
    const wrong = await expectRefused(
      t,
      r.id,
      () =>
        t.fail('objection.registerAmendment', {
          supersedesId: r.id,
          answerDate: '2026-11-25',
          resolution: { ...amended, councilId: villageId },
        }),
      'validation',
    );
    expect(wrong.fields?.['resolution.councilId']).toBeTruthy();
    // an invalid answer date rolls back the registration too
    await expectRefused(
      t,
      r.id,
      () =>
        t.fail('objection.registerAmendment', { supersedesId: r.id, answerDate: '2026-11-26', resolution: amended }),
      'validation',
    );
    expect(await t.count('resolution')).toBe(before);

    const next = await t.call('objection.registerAmendment', {
      supersedesId: r.id,
      answerDate: '2026-11-25',
      answerNumber: '۴۰۰/ش',
      resolution: amended,
    });
    expect(next).toMatchObject({ status: 'received', supersedesId: r.id, receiptDate: '2026-11-25' });
    expect(next.objectionDeadline).toBe(objectionDeadline('2026-11-25', DEFAULT_POLICY));
    expect(next.objectionDeadline).not.toBe(r.objectionDeadline);
    const old = await t.call('resolutions.get', { id: r.id });
    expect(old).toMatchObject({ status: 'withdrawn', dueDate: null });
    const records = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(records.amendedById).toBe(next.id);
    expect(records.answers[0]).toMatchObject({ answer: 'amend', amendedResolutionId: next.id });
    const history = await t.call('audit.history', { resolutionId: r.id });
    expect(history[history.length - 1].action).toBe('council_amends');

    // the old version cannot be amended twice
    await expectRefused(
      t,
      r.id,
      () =>
        t.fail('objection.registerAmendment', {
          supersedesId: r.id,
          answerDate: '2026-11-25',
          resolution: { ...amended, incomingNumber: '۹۹۹', councilResolutionNumber: '۹۹۹' },
        }),
      'invalid_state',
    );
  });

  it('refuses an amendment of a resolution that is not with the council, registering nothing', async () => {
    const r = await registerOne(t, councilId);
    await expectRefused(
      t,
      r.id,
      () =>
        t.fail('objection.registerAmendment', {
          supersedesId: r.id,
          answerDate: '2026-11-23',
          resolution: resolutionInput(councilId, { incomingNumber: 'A-1', councilResolutionNumber: 'A-1' }),
        }),
      'invalid_state',
    );
  });
});

describe('the council’s silence', () => {
  it('with the default policy the objection stands: refused before the window ends, referred after', async () => {
    const r = await withCouncil();
    const input = { resolutionId: r.id, referral: REFERRAL };
    await expectRefused(t, r.id, () => t.fail('objection.noAnswer', input), 'invalid_state', /هنوز به پایان نرسیده/);
    const deadline = councilAnswerDeadline('2026-11-24', DEFAULT_POLICY);
    t.now.value = new Date(`${deadline}T21:00:00Z`); // the deadline day is over in Tehran
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.noAnswer', { ...input, referral: { ...REFERRAL, referralDate: '2026-11-25' } }),
      'validation',
      /پیش از پایان مهلت پاسخ شورا/,
    );
    const referred = await t.call('objection.noAnswer', {
      ...input,
      referral: { ...REFERRAL, referralDate: deadline },
    });
    expect(referred.status).toBe('referred');
    expect(referred.dueDate).toBe(disputeBoardDeadline(deadline, DEFAULT_POLICY));
    const { referrals } = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(referrals[0].cause).toBe('no_answer');
    // nothing for the automatic check to do under this policy
    expect(await runCouncilSilenceCheck(t.core.context)).toEqual({ withdrawn: 0 });
  });

  it('with policy «withdrawn» the system ends it; the secretary may not', async () => {
    await t.core.context.db.write((tx) =>
      installPolicy(tx, { ...DEFAULT_POLICY, version: 'test-withdrawn', councilNoAnswerOutcome: 'withdrawn' }, 'now'),
    );
    const other = await registerOne(t, councilId);
    const r = await withCouncil();
    await toWithCouncil(t, people, other.id, '2026-11-28');
    const deadline = councilAnswerDeadline('2026-11-24', DEFAULT_POLICY);
    t.now.value = new Date(`${deadline}T21:00:00Z`);
    await expectRefused(
      t,
      r.id,
      () => t.fail('objection.noAnswer', { resolutionId: r.id, referral: { ...REFERRAL, referralDate: deadline } }),
      'forbidden',
      /سامانه/,
    );
    expect(await runCouncilSilenceCheck(t.core.context)).toEqual({ withdrawn: 1 });
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('withdrawn');
    // received four days later: its window is still open
    expect((await t.call('resolutions.get', { id: other.id })).status).toBe('with_council');
    const history = await t.call('audit.history', { resolutionId: r.id });
    expect(history[history.length - 1]).toMatchObject({
      action: 'council_no_answer_withdrawn',
      actorId: SYSTEM_ACTOR.id,
    });
    expect(await runCouncilSilenceCheck(t.core.context)).toEqual({ withdrawn: 0 });
  });
});

describe('the Administrative Justice Court', () => {
  it('annuls at any stage but after the process ended in withdrawal or annulment', async () => {
    const r = await withCouncil();
    const input = { resolutionId: r.id, rulingNumber: '۱۴۰۵۰۹۹۷۰۹۰۵۸', rulingDate: '2026-11-25', note: 'ابطال' };
    await expectRefused(t, r.id, () => t.as(people.viewer).fail('court.annulment', input), 'forbidden');
    await expectRefused(t, r.id, () => t.fail('court.annulment', { ...input, rulingNumber: '' }), 'validation');
    const annulled = await t.call('court.annulment', input);
    expect(annulled).toMatchObject({ status: 'annulled', dueDate: null });
    const { courtRulings } = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(courtRulings).toEqual([expect.objectContaining({ rulingNumber: input.rulingNumber })]);
    await expectRefused(t, r.id, () => t.fail('court.annulment', input), 'invalid_state', /پایان یافته/);

    // also straight from the register, while still before the panel
    const fresh = await registerOne(t, councilId);
    expect((await t.call('court.annulment', { ...input, resolutionId: fresh.id })).status).toBe('annulled');
  });
});
