// «در فرصت قانونی», through browser mode: a resolution the panel does not object to within its
// window (14 days from receipt, the receipt day not counted, a last day on a holiday moved to the
// next working day) becomes enforceable by lapse when the app next checks — here at its start,
// on the same data with a later clock. Then nobody can object any more: the page offers no such
// action and the core refuses a direct call, naming the deadline in Jalali. A viewer sees no
// actions at any point and the core answers them 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiCall,
  shotPath,
  signIn,
  signInAs,
  startApp,
  type RunningApp,
  officeInBrowser,
  createCityCouncil,
  type OfficeInBrowser,
} from '../support/app';
import { addDays, formatJalali } from '../../shared/dates/jalali';
import { countdownFa, expertOpinionDeadline, isWorkingDay, objectionDeadline } from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { TRANSITIONS } from '../../shared/lifecycle/machine';
import type { Resolution } from '../../shared/schemas/resolution';

let app: RunningApp;
let office: OfficeInBrowser | undefined;
let page: Page;
let resolutionId = '';
let expertId = '';

const TITLE = 'نامگذاری معابر جدید شهر';
/** 1405/09/18: the 14th day after it, 1405/10/02, is an official holiday */
const RECEIPT = '2026-12-09';
const DEADLINE = objectionDeadline(RECEIPT, DEFAULT_POLICY);

const tehran = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+03:30`).toISOString();

/** Stops the app and starts it again on the same data, its clock at `iso` (the lapse check runs at start). */
async function restartAt(iso: string) {
  const { dataDir } = app;
  await app.stop();
  app = await startApp({ dataDir, clock: iso });
  await page.clock.setFixedTime(new Date(iso));
  await page.goto(app.url);
  await page.getByTestId('login-page').waitFor();
}

async function openFromRegister() {
  await page.getByTestId('nav-register').click();
  await page.getByTestId('register-page').waitFor();
  await page.getByTestId('register-grid').locator('[role="row"][data-id]', { hasText: TITLE }).click();
  await page.getByTestId('resolution-page').waitFor();
}

const status = () => page.getByTestId('resolution-page').getByTestId('status-chip').first();
const actionButtons = () => page.getByTestId('actions-panel').locator('[data-testid^="action-"]');

async function actionIds(): Promise<string[]> {
  const ids = await actionButtons().evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.sort();
}

beforeAll(async () => {
  // the deadline this test needs: moved off a holiday that is not a Friday
  expect(isWorkingDay(addDays(RECEIPT, 14), DEFAULT_POLICY)).toBe(false);
  expect(DEADLINE).toBe(addDays(RECEIPT, 15));

  const start = tehran(addDays(RECEIPT, 1), '09:00');
  office = await officeInBrowser(start, [
    { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' },
    { username: 'expert', fullName: 'علی کارشناس', role: 'expert' },
    { username: 'viewer', fullName: 'ناظر استان', role: 'viewer' },
  ]);
  ({ app, page } = office);
  const councilId = await createCityCouncil(page, 'کرمان');
  const experts = await apiCall<{ id: string }[]>(page, 'users.list', { role: 'expert' });
  expertId = experts.data[0].id;
  await signInAs(page, 'secretary');
  const r = await apiCall<Resolution>(page, 'resolutions.register', {
    councilId,
    councilResolutionNumber: '۸۸',
    councilSessionNumber: '۳۰',
    councilSessionDate: '2026-12-01',
    approvalDate: '2026-12-01',
    receiptDate: RECEIPT,
    incomingNumber: '۱۴۰۵/۳۰۱۰',
    title: TITLE,
    text: 'نام خیابان‌های جدید منطقهٔ سه به شرح پیوست تعیین می‌شود.',
    category: 'other',
    attachments: [],
  });
  expect(r.ok).toBe(true);
  resolutionId = r.data.id;
  expect(r.data.objectionDeadline).toBe(DEADLINE);
  const assigned = await apiCall<Resolution>(page, 'review.assign', { resolutionId, expertId });
  expect(assigned.data.status).toBe('under_review');
}, 90_000);

afterAll(async () => {
  // the app was restarted on a new clock: stop the one running now
  await office?.browser.close();
  await app?.stop();
});

describe('a resolution the panel let lapse, in browser mode', () => {
  it('on the last evening of its window (moved off the holiday) it is still open, and the banner says so', async () => {
    // the 14th day, the holiday, is over: a count that did not move the deadline would have lapsed it
    await restartAt(tehran(DEADLINE, '20:00'));
    await signIn(page, 'secretary');
    await openFromRegister();
    await expect(status().getAttribute('data-status')).resolves.toBe('under_review');
    const line = page.getByTestId('deadline-objection');
    await expect(line.textContent()).resolves.toContain(formatJalali(DEADLINE));
    await expect(line.textContent()).resolves.toContain('امروز آخرین مهلت است');
    expect(countdownFa(DEADLINE, new Date(tehran(DEADLINE, '20:00')))).toBe('امروز آخرین مهلت است');
    // the expert's five days are long over: that line, and so the banner, is overdue
    const expertDue = expertOpinionDeadline(addDays(RECEIPT, 1), DEFAULT_POLICY);
    const now = new Date(tehran(DEADLINE, '20:00'));
    await expect(page.getByTestId('deadline-due').textContent()).resolves.toContain(countdownFa(expertDue, now));
    expect(countdownFa(expertDue, now)).toMatch(/^[۰-۹]+ روز گذشته$/);
    await expect(page.getByTestId('deadline-banner').getAttribute('data-overdue')).resolves.toBe('true');
    // and, at any stage, the correction of the registration (issue 11)
    expect(await actionIds()).toEqual([
      'action-correct-registration',
      'action-court',
      'action-reassign',
      'action-send-to-panel',
    ]);
    await page.screenshot({ path: shotPath('lapse-01-last-day') });
  });

  it('a viewer opening it sees no actions, and the core refuses the viewer with 403', async () => {
    await signInAs(page, 'viewer');
    await openFromRegister();
    await expect(status().getAttribute('data-status')).resolves.toBe('under_review');
    await page.getByTestId('no-actions').waitFor();
    expect(await actionButtons().count()).toBe(0);
    expect(await page.getByTestId('actions-panel').getByRole('button').count()).toBe(0);
    await page.screenshot({ path: shotPath('lapse-02-viewer') });

    const before = (await apiCall<Resolution>(page, 'resolutions.get', { id: resolutionId })).data;
    const r = await apiCall(page, 'review.sendToPanel', { resolutionId, reason: '' });
    expect(r.status).toBe(403);
    expect(r.error).toEqual({ code: 'forbidden', message: 'نقش «ناظر» اجازهٔ این کار را ندارد.' });
    const after = (await apiCall<Resolution>(page, 'resolutions.get', { id: resolutionId })).data;
    expect(after.rev).toBe(before.rev);
  });

  it('the next morning, after the check at start, it is enforceable by lapse', async () => {
    await restartAt(tehran(addDays(DEADLINE, 1), '08:00'));
    await signIn(page, 'secretary');
    await openFromRegister();
    await expect(status().getAttribute('data-status')).resolves.toBe('enforceable_by_lapse');
    await expect(status().textContent()).resolves.toBe('لازم‌الاجرا به علت انقضای مهلت');
    const banner = page.getByTestId('deadline-banner');
    await expect(banner.textContent()).resolves.toContain(
      `مهلت قانونی رسیدگی هیأت در ${formatJalali(DEADLINE)} به پایان رسیده است.`,
    );
    // nothing that would lead to an objection is offered; a court's annulment still may come
    expect(await actionIds()).toEqual(['action-correct-registration', 'action-court']);
    await expect(page.getByTestId('no-actions').textContent()).resolves.toBe('رسیدگی به این مصوبه پایان یافته است.');

    const latest = page.getByTestId('timeline').getByTestId('timeline-event').first();
    await expect.poll(() => latest.textContent()).toContain(TRANSITIONS.lapse.label);
    await expect(latest.textContent()).resolves.toContain('سامانه');
    await page.screenshot({ path: shotPath('lapse-03-lapsed') });
  });

  it('a direct call that would lead to an objection is refused, naming the deadline in Jalali', async () => {
    const before = (await apiCall<Resolution>(page, 'resolutions.get', { id: resolutionId })).data;
    for (const [method, input] of [
      ['review.sendToPanel', { resolutionId, reason: 'طرح در هیأت برای اعتراض' }],
      ['review.assign', { resolutionId, expertId }],
    ] as const) {
      const r = await apiCall(page, method, input);
      expect(r.status, method).toBe(409);
      expect(r.error.code).toBe('invalid_state');
      expect(r.error.message).toContain(`مهلت قانونی اعتراض هیأت در ${formatJalali(DEADLINE)} به پایان رسیده`);
      expect(r.error.message).toContain('لازم‌الاجرا به علت انقضای مهلت');
    }
    const after = (await apiCall<Resolution>(page, 'resolutions.get', { id: resolutionId })).data;
    expect(after).toMatchObject({ status: 'enforceable_by_lapse', rev: before.rev });
  });
});
