// One resolution's whole legal life, through browser mode, each step taken by the role whose step
// it is, with the clock moved between steps as the days pass: the secretary assigns it, the
// expert finds a conflict, the panel rules an objection in session, the letter goes to the
// council, the council insists and it is referred, the dispute board decides. At each step the
// state, the deadline banner's Persian countdown and a screenshot; at the end the timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiCall,
  moveClock,
  shotPath,
  signInAgain,
  signInAs,
  type RunningApp,
  officeInBrowser,
  createCityCouncil,
  type OfficeInBrowser,
  typeDateText,
} from '../support/app';
import { addDays, formatJalali } from '../../shared/dates/jalali';
import {
  councilAnswerDeadline,
  countdownFa,
  disputeBoardDeadline,
  expertOpinionDeadline,
  objectionDeadline,
} from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { TRANSITIONS } from '../../shared/lifecycle/machine';
import type { Resolution } from '../../shared/schemas/resolution';

let app: RunningApp;
let office: OfficeInBrowser | undefined;
let page: Page;
let resolutionId = '';

const PEOPLE = {
  secretary: { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' },
  expert: { username: 'expert', fullName: 'علی کارشناس', role: 'expert', title: 'کارشناس حقوقی' },
  chair: { username: 'chair', fullName: 'محمد فرماندار', role: 'member', isChair: true, title: 'فرماندار' },
  member1: { username: 'member1', fullName: 'حسن قاضی', role: 'member', title: 'رئیس دادگستری' },
  member2: { username: 'member2', fullName: 'رضا نماینده', role: 'member', title: 'نمایندهٔ استانداری' },
} as const;

const TITLE = 'افزودن عوارض پسماند به قبوض آب';
/** 1405/09/01, a Sunday: the resolution is received that morning */
const RECEIPT = '2026-11-22';
const SESSION_DAY = addDays(RECEIPT, 3);
const INSIST_DAY = addDays(SESSION_DAY, 5);
const BOARD_DAY = addDays(INSIST_DAY, 10);

/** `hh:mm` in Tehran on `day`, as the instant the clocks are set to. */
const tehran = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+03:30`).toISOString();

async function setTime(day: string, hhmm: string) {
  await moveClock(app, page, tehran(day, hhmm));
}

const status = () => page.getByTestId('resolution-page').getByTestId('status-chip').first().getAttribute('data-status');

async function expectStatus(code: string) {
  await expect.poll(status).toBe(code);
}

async function resolution(): Promise<Resolution> {
  const r = await apiCall<Resolution>(page, 'resolutions.get', { id: resolutionId });
  return r.data;
}

/** The banner's line for the current step's deadline: its Jalali date and countdown, in Persian digits. */
async function expectDue(due: string, now: string) {
  const r = await resolution();
  expect(r.dueDate).toBe(due);
  const line = page.getByTestId('deadline-due');
  await expect.poll(() => line.textContent()).toContain(formatJalali(due));
  const text = (await line.textContent())!;
  expect(text).toContain(countdownFa(due, new Date(now)));
  expect(text).not.toMatch(/[0-9]/);
}

/** Through the register, as the secretary finds it. */
async function openFromRegister() {
  await page.getByTestId('nav-register').click();
  await page.getByTestId('register-page').waitFor();
  await page.getByTestId('register-grid').locator('[role="row"][data-id]', { hasText: TITLE }).click();
  await page.getByTestId('resolution-page').waitFor();
}

async function shot(name: string) {
  await page.screenshot({ path: shotPath(`lifecycle-${name}`), fullPage: true });
}

/** A Jalali date typed into a date field, as a keyboard would. */
async function typeDate(testId: string, iso: string) {
  await typeDateText(page, testId, formatJalali(iso, { digits: 'latin' }));
}

beforeAll(async () => {
  office = await officeInBrowser(tehran(RECEIPT, '08:30'), Object.values(PEOPLE));
  ({ app, page } = office);
  const councilId = await createCityCouncil(page, 'کرمان');
  await signInAs(page, PEOPLE.secretary.username);
  const r = await apiCall<Resolution>(page, 'resolutions.register', {
    councilId,
    councilResolutionNumber: '۱۲۳/۴۵',
    councilSessionNumber: '۴۵',
    councilSessionDate: '2026-11-15',
    approvalDate: '2026-11-15',
    receiptDate: RECEIPT,
    incomingNumber: '۱۴۰۵/۲۳۴۵',
    title: TITLE,
    text: 'ماده ۱- از ابتدای سال ۱۴۰۶ عوارض بهای خدمات پسماند به قبوض آب مشترکان افزوده می‌شود.',
    category: 'fees',
    attachments: [],
  });
  expect(r.ok).toBe(true);
  resolutionId = r.data.id;
  expect(r.data.objectionDeadline).toBe(objectionDeadline(RECEIPT, DEFAULT_POLICY));
}, 90_000);

afterAll(() => office?.close());

describe('one resolution from receipt to the dispute board, in browser mode', () => {
  it('the secretary assigns the received resolution to the expert', async () => {
    await setTime(RECEIPT, '09:00');
    await openFromRegister();
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await expectStatus('received');
    const objection = page.getByTestId('deadline-objection');
    await expect(objection.textContent()).resolves.toContain(formatJalali(objectionDeadline(RECEIPT, DEFAULT_POLICY)));
    await expect(objection.textContent()).resolves.toContain('۱۴ روز مانده');

    await page.getByTestId('action-assign').click();
    await page.getByTestId('assign-dialog').waitFor();
    await page.getByTestId('field-expertId').locator('input').fill('علی');
    await page.getByRole('option', { name: /علی کارشناس/ }).click();
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('assign-dialog').waitFor({ state: 'detached' });

    await expectStatus('under_review');
    await expect.poll(() => page.getByTestId('assigned-expert').textContent()).toContain(PEOPLE.expert.fullName);
    await expectDue(expertOpinionDeadline(RECEIPT, DEFAULT_POLICY), tehran(RECEIPT, '09:00'));
    await shot('01-assigned');
  });

  it('two days later the expert finds it on the desk and submits an opinion of conflict', async () => {
    const day = addDays(RECEIPT, 2);
    await setTime(day, '10:00');
    await signInAs(page, PEOPLE.expert.username);
    await page.getByTestId('desk-page').waitFor();
    const assigned = page.getByTestId('desk-bucket-assigned');
    await expect.poll(() => assigned.getAttribute('data-count')).toBe('1');
    await expect(assigned.getByTestId('desk-item').textContent()).resolves.toContain(TITLE);
    await shot('02-expert-desk');
    await assigned.getByTestId('desk-item').click();
    await page.getByTestId('resolution-page').waitFor();
    await expectDue(expertOpinionDeadline(RECEIPT, DEFAULT_POLICY), tehran(day, '10:00'));

    await page.getByTestId('action-opinion').click();
    const dialog = page.getByTestId('opinion-dialog');
    await dialog.waitFor();
    await page.getByTestId('conclusion-conflict').check();
    await page
      .getByTestId('field-reasoning')
      .fill('افزودن عوارض پسماند به قبوض آب خارج از تعرفهٔ مصوب و بدون رعایت قانون درآمد پایدار است.');
    await page.getByTestId('field-clause-0').fill('ماده ۱: افزودن عوارض بهای خدمات پسماند به قبوض آب');
    await page.getByTestId('ground-conflicts_with_law').check();
    await page.getByTestId('field-referenceIds').locator('input').fill('عوارض محلی');
    await page.getByTestId('reference-sustainable-revenue-2').click();
    await page.keyboard.press('Escape');
    await dialog.screenshot({ path: shotPath('lifecycle-03-opinion') });
    await page.getByTestId('opinion-submit').click();
    await dialog.waitFor({ state: 'detached' });

    await expectStatus('awaiting_ruling');
    const opinion = page.getByTestId('opinion');
    await expect.poll(() => opinion.textContent()).toContain('ماده ۱: افزودن عوارض');
    await expect(opinion.textContent()).resolves.toContain('مغایرت با قوانین و مقررات');
    await expect(opinion.textContent()).resolves.toMatch(/قانون درآمد پایدار/);
    await shot('04-opinion-submitted');
  });

  it('the secretary schedules a panel session and saves the proposed agenda', async () => {
    const day = addDays(RECEIPT, 2);
    await setTime(day, '11:00');
    await signInAs(page, PEOPLE.secretary.username);
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('sessions-page').waitFor();

    // the session settings: a bad value is refused in Persian and changes nothing
    const summary = page.getByTestId('session-settings-summary');
    const before = await summary.textContent();
    await page.getByTestId('session-settings').click();
    const settings = page.getByTestId('session-settings-dialog');
    await page.getByTestId('field-agendaLimit').fill('۰');
    await page.getByTestId('field-quorum').fill('سه');
    await page.getByTestId('session-settings-submit').click();
    await expect.poll(() => settings.textContent()).toContain('سقف دستور جلسه دست‌کم یک مصوبه است.');
    await expect(settings.textContent()).resolves.toContain('حد نصاب باید عدد باشد.');
    await settings.screenshot({ path: shotPath('lifecycle-04b-session-settings') });
    await settings.getByRole('button', { name: 'انصراف' }).click();
    await settings.waitFor({ state: 'detached' });
    expect(await summary.textContent()).toBe(before);
    await page.getByTestId('session-settings').click();
    await page.getByTestId('field-agendaLimit').fill('۱۲');
    await page.getByTestId('field-quorum').fill('');
    await page.getByTestId('session-settings-submit').click();
    await settings.waitFor({ state: 'detached' });
    await expect.poll(() => summary.textContent()).toBe('سقف دستور جلسه: ۱۲ مصوبه · حد نصاب: اکثریت اعضای فعال');
    await expect(apiCall(page, 'sessions.settings', {})).resolves.toMatchObject({
      data: { agendaLimit: 12, quorum: null },
    });

    await page.getByTestId('session-new').click();
    await page.getByTestId('schedule-dialog').waitFor();
    await typeDate('field-date', SESSION_DAY);
    await page.getByTestId('field-place').fill('سالن جلسات فرمانداری');
    await page.getByTestId('schedule-submit').click();

    const session = page.getByTestId('session-page');
    await session.waitFor();
    await expect(session.getAttribute('data-status')).resolves.toBe('scheduled');
    // before its day the session cannot close
    await expect(page.getByTestId('session-close').isDisabled()).resolves.toBe(true);
    await page.getByTestId('agenda-propose').click();
    const proposed = page.getByTestId('agenda-proposal').getByTestId('proposal-item');
    await expect.poll(() => proposed.count()).toBe(1);
    await expect(proposed.textContent()).resolves.toContain(TITLE);
    await page.getByTestId('agenda-add-picked').click();
    await page.getByTestId('agenda-save').click();
    await expect.poll(() => page.getByTestId('agenda-save').isDisabled()).toBe(true);
    await expect(page.getByTestId('agenda-row').textContent()).resolves.toContain(TITLE);
    await shot('05-session-agenda');
  });

  it("on the session's day the secretary signs in again and records attendance", async () => {
    await setTime(SESSION_DAY, '09:00');
    // the window left open overnight: its next call finds the session ended
    await page.getByTestId('nav-sessions').click();
    await signInAgain(page);
    await page.getByTestId('session-card').first().click();
    await page.getByTestId('session-page').waitFor();
    const boxes = page.getByTestId('attendance').locator('input[type="checkbox"]');
    await expect.poll(() => boxes.count()).toBe(3);
    for (const box of await boxes.all()) await box.check();
    await page.getByTestId('attendance-save').click();
    await expect.poll(() => page.getByTestId('quorum').getAttribute('data-met')).toBe('true');
    await shot('06-attendance');
  });

  it('each member records a finding from the desk: two of conflict, one of no conflict', async () => {
    const votes = [
      [PEOPLE.chair, 'conflict', '09:10'],
      [PEOPLE.member1, 'conflict', '09:20'],
      [PEOPLE.member2, 'no_conflict', '09:30'],
    ] as const;
    for (const [member, finding, hhmm] of votes) {
      await setTime(SESSION_DAY, hhmm);
      await signInAs(page, member.username);
      // members land on their workspace (issue 15); the desk is one menu entry away
      await page.getByTestId('nav-desk').click();
      const bucket = page.getByTestId('desk-bucket-findings');
      await expect.poll(() => bucket.getAttribute('data-count')).toBe('1');
      await bucket.getByTestId('desk-item').click();
      await page.getByTestId('session-page').waitFor();
      const row = page.locator('[data-testid^="item-"]').first();
      const itemId = (await row.getAttribute('data-testid'))!.slice('item-'.length);
      const button = page.getByTestId(`finding-${itemId}-${finding}`);
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      if (member === PEOPLE.member1) await shot('07-member-finding');
    }
  });

  it('the secretary closes the session: the resolution is objected', async () => {
    await setTime(SESSION_DAY, '10:30');
    await signInAs(page, PEOPLE.secretary.username);
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('session-card').first().click();
    await page.getByTestId('session-page').waitFor();
    await expect(page.getByTestId('tally').textContent()).resolves.toContain('۲');
    await page.getByTestId('session-close').click();
    await page.getByTestId('close-dialog').waitFor();
    await expect(page.getByTestId('close-will-rule').textContent()).resolves.toContain('۱');
    await page.getByTestId('session-close-confirm').click();
    await expect.poll(() => page.getByTestId('session-page').getAttribute('data-status')).toBe('closed');
    await expect.poll(() => page.getByTestId('outcome').getAttribute('data-outcome')).toBe('objected');
    await shot('08-session-closed');

    await page.getByTestId('findings').getByRole('link', { name: TITLE }).click();
    await page.getByTestId('resolution-page').waitFor();
    await expectStatus('objected');
    const ruling = page.getByTestId('ruling');
    await expect.poll(() => ruling.textContent()).toContain('اعتراض (مغایرت)');
    await expect(ruling.textContent()).resolves.toContain('ماده ۱: افزودن عوارض');
    await shot('09-objected');
  });

  it('the secretary records the objection letter as sent and its receipt by the council', async () => {
    await setTime(SESSION_DAY, '11:00');
    await page.getByTestId('action-letter-sent').click();
    await page.getByTestId('letter-dialog').waitFor();
    await page.getByTestId('field-outgoingNumber').fill('۱۴۰۵/ت/۱۰۱');
    await page.getByTestId('letter-submit').click();
    await page.getByTestId('letter-dialog').waitFor({ state: 'detached' });
    await expectStatus('with_council');

    await setTime(SESSION_DAY, '11:10');
    await page.getByTestId('action-council-received').click();
    await page.getByTestId('council-received-dialog').waitFor();
    await page.getByTestId('council-received-submit').click();
    await page.getByTestId('council-received-dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await resolution()).dueKind).toBe('council_answer');
    await expectDue(councilAnswerDeadline(SESSION_DAY, DEFAULT_POLICY), tehran(SESSION_DAY, '11:10'));
    await expect(page.getByTestId('letter-objection').textContent()).resolves.toContain('۱۴۰۵/ت/۱۰۱');
    await shot('10-with-council');
  });

  it('five days later the council insists, and the resolution is referred to the dispute board', async () => {
    await setTime(INSIST_DAY, '09:00');
    await signInAs(page, PEOPLE.secretary.username);
    await openFromRegister();
    await expectStatus('with_council');
    await expectDue(councilAnswerDeadline(SESSION_DAY, DEFAULT_POLICY), tehran(INSIST_DAY, '09:00'));

    await page.getByTestId('action-council-answer').click();
    const dialog = page.getByTestId('council-answer-dialog');
    await dialog.waitFor();
    await page.getByTestId('answer-insist').check();
    await page.getByTestId('field-answerNumber').fill('۳۲۱/ش');
    await page.getByTestId('field-note').fill('شورا بر مصوبهٔ خود اصرار دارد.');
    await expect.poll(() => page.getByTestId('field-referral.boardName').inputValue()).not.toBe('');
    await page.getByTestId('field-referral.referralNumber').fill('۱۴۰۵/ت/۱۲۰');
    await dialog.screenshot({ path: shotPath('lifecycle-11-council-insists') });
    await page.getByTestId('council-answer-submit').click();
    await dialog.waitFor({ state: 'detached' });

    await expectStatus('referred');
    await expectDue(disputeBoardDeadline(INSIST_DAY, DEFAULT_POLICY), tehran(INSIST_DAY, '09:00'));
    // a city council's dispute goes to the province's board, named by default
    const referral = page.getByTestId('board-referral');
    await expect.poll(() => referral.textContent()).toContain('هیأت حل اختلاف استان کرمان');
    await expect(referral.textContent()).resolves.toContain(formatJalali(INSIST_DAY));
    await shot('12-referred');
  });

  it("ten days later the board's decision ends the process, and the timeline tells the story", async () => {
    await setTime(BOARD_DAY, '09:00');
    await signInAs(page, PEOPLE.secretary.username);
    await openFromRegister();
    await expectDue(disputeBoardDeadline(INSIST_DAY, DEFAULT_POLICY), tehran(BOARD_DAY, '09:00'));
    await expect(page.getByTestId('deadline-banner').getAttribute('data-overdue')).resolves.toBe('false');

    await page.getByTestId('action-board-decision').click();
    const dialog = page.getByTestId('board-decision-dialog');
    await dialog.waitFor();
    await page.getByTestId('field-decision').click();
    await page.getByTestId('option-upheld').click();
    await page.getByTestId('field-decisionNumber').fill('۷۷/ح');
    await page.getByTestId('board-decision-submit').click();
    await dialog.waitFor({ state: 'detached' });

    await expectStatus('upheld');
    await expect.poll(() => page.getByTestId('no-actions').textContent()).toBe('رسیدگی به این مصوبه پایان یافته است.');
    expect(await page.getByTestId('deadline-banner').count()).toBe(0);
    expect(await page.getByTestId('actions-panel').getByRole('button').allTextContents()).toEqual([
      'ثبت ابطال در دیوان عدالت اداری',
      'اصلاح مشخصات ثبت',
    ]);

    // the timeline, newest first: read oldest first, each step with whoever took it
    const events = page.getByTestId('timeline').getByTestId('timeline-event');
    await expect.poll(() => events.first().textContent()).toContain(TRANSITIONS.board_upholds.label);
    const story = (await events.allTextContents()).reverse();
    const steps: [string, string][] = [
      ['ثبت مصوبه', PEOPLE.secretary.fullName],
      [TRANSITIONS.assign_expert.label, PEOPLE.secretary.fullName],
      [TRANSITIONS.record_opinion.label, PEOPLE.expert.fullName],
      ['افزودن به دستور جلسهٔ هیأت', PEOPLE.secretary.fullName],
      ['ثبت نظر عضو هیأت', PEOPLE.chair.fullName],
      ['ثبت نظر عضو هیأت', PEOPLE.member1.fullName],
      ['ثبت نظر عضو هیأت', PEOPLE.member2.fullName],
      [TRANSITIONS.rule_objected.label, PEOPLE.secretary.fullName],
      [TRANSITIONS.send_objection_letter.label, PEOPLE.secretary.fullName],
      ['وصول نامهٔ اعتراض در شورا', PEOPLE.secretary.fullName],
      [TRANSITIONS.council_insists.label, PEOPLE.secretary.fullName],
      [TRANSITIONS.board_upholds.label, PEOPLE.secretary.fullName],
    ];
    let at = -1;
    for (const [title, actor] of steps) {
      const next = story.findIndex((e, i) => i > at && e.startsWith(title) && e.includes(actor));
      expect(next, `«${title}» by ${actor} after entry ${at}:\n${story.join('\n')}`).toBeGreaterThan(at);
      at = next;
    }
    // every date and time in it in Persian digits
    expect(story.join('')).not.toMatch(/[0-9]/);
    // the page scrolls inside the app's frame: a tall window pictures the records and the timeline whole
    const snackbar = page.getByTestId('snackbar');
    if (await snackbar.count()) {
      await snackbar.getByRole('button').click();
      await snackbar.waitFor({ state: 'detached' });
    }
    await page.setViewportSize({ width: 1440, height: 2300 });
    await shot('13-upheld');
    await page.getByTestId('timeline').screenshot({ path: shotPath('lifecycle-14-timeline') });
  });
});
