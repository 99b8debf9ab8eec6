// Issue 11's screens, through browser mode at 1366×768, each as the user whose screen it is:
// late registration warned before saving and kept on the desk and in the register; a receipt date
// corrected at any stage, saying what it does to the window, its earlier value kept in the
// timeline; the expert's opinion beside the resolution's text, citing the office's own catalog;
// the amendment form starting from the original; a viewer offered only what the core accepts;
// an absent member offered no vote; a member's last day: the buttons work and silence is «not yet
// recorded», and from midnight in Tehran no buttons and the system's «عدم مغایرت».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createCityCouncil,
  moveClock,
  officeInBrowser,
  shotPath,
  typeDate,
  typeDateText,
  signInAs,
  type OfficeInBrowser,
  type RunningApp,
  PANEL_PEOPLE as PEOPLE,
} from '../support/app';
import { api, loginAs, objectedInClosedSession } from '../support/seed';
import { deadlineEnd } from '../../shared/deadlines/calculator';
import type { Resolution, ResolutionPage } from '../../shared/schemas/resolution';
import type { SessionDetail } from '../../shared/schemas/session';

let office: OfficeInBrowser | undefined;
let app: RunningApp;
let page: Page;
let councilId = '';

/** 1405/09/04, a Wednesday */
const TODAY = '2026-11-25';
const NOW = new Date(`${TODAY}T10:30:00+03:30`).toISOString();
const shot = (name: string) => page.screenshot({ path: shotPath(`legal-${name}`) });
let seq = 0;

/** A resolution registered through the API by the secretary (signed in on the page). */
function register(over: Record<string, unknown>) {
  seq += 1;
  return api<Resolution>(page, 'resolutions.register', {
    councilId,
    councilResolutionNumber: `${300 + seq}/۴۵`,
    councilSessionNumber: '۴۵',
    councilSessionDate: '2026-11-01',
    approvalDate: '2026-11-01',
    incomingNumber: `۱۴۰۵/۳${seq}`,
    title: `مصوبهٔ آزمون ${seq}`,
    text: 'ماده ۱- عوارض صدور پروانهٔ ساختمانی سال ۱۴۰۶ مطابق جدول پیوست وصول می‌شود.',
    category: 'fees',
    attachments: [],
    ...over,
  });
}

async function openResolution(id: string) {
  await page.goto(`${app.url}/#/resolutions/${id}`);
  await page.getByTestId('resolution-page').waitFor();
}

beforeAll(async () => {
  office = await officeInBrowser(NOW, Object.values(PEOPLE));
  ({ app, page } = office);
  await page.setViewportSize({ width: 1366, height: 768 });
  councilId = await createCityCouncil(page, 'کرمان');
}, 120_000);

afterAll(() => office?.close());

describe('issue 11 screens, in browser mode at 1366×768', () => {
  it('late registration is warned before saving, and stays on the desk and in the register', async () => {
    await signInAs(page, PEOPLE.secretary.username);
    await page.getByTestId('nav-new-resolution').click();
    await page.getByTestId('field-councilId').locator('input').fill('کرمان');
    await page.getByRole('option').first().click();
    await page.getByTestId('field-councilResolutionNumber').fill('۸۸/۴۰');
    await page.getByTestId('field-councilSessionNumber').fill('۴۰');
    await typeDate(page, 'field-councilSessionDate', '2026-11-01');
    await typeDate(page, 'field-receiptDate', '2026-11-05'); // the window ended 1405/08/28
    await page.getByTestId('field-incomingNumber').fill('۱۴۰۵/۲۲۰۰');
    await page.getByTestId('field-category').click();
    await page.getByRole('option', { name: 'درآمد و عوارض' }).click();
    await page.getByTestId('field-title').fill('تخفیف عوارض نوسازی برای بافت فرسوده');
    await page.getByTestId('field-text').fill('تخفیف پنجاه درصدی عوارض نوسازی.');
    await page.getByTestId('resolution-submit').click();
    const dialog = page.getByTestId('late-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('late-message').textContent()).resolves.toContain('۱۴۰۵/۰۸/۲۸');
    await page.waitForTimeout(400); // the dialog's fade-in, for the picture
    await shot('01-late-warning');
    // back to the date: nothing was registered
    await dialog.getByRole('button', { name: 'بازگشت و بررسی تاریخ' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await api<ResolutionPage>(page, 'resolutions.list', {})).total).toBe(0);

    await page.getByTestId('resolution-submit').click();
    await page.getByTestId('late-confirm').click();
    await page.getByTestId('resolution-page').waitFor();
    await page.getByTestId('registered-late').waitFor();
    await expect
      .poll(() => page.getByTestId('status-chip').first().getAttribute('data-status'))
      .toBe('enforceable_by_lapse');

    await page.getByTestId('nav-desk').click();
    const card = page.getByTestId('desk-bucket-lateRegistered');
    await expect.poll(() => card.getAttribute('data-count')).toBe('1');
    await expect(card.getByTestId('desk-item').textContent()).resolves.toContain('۶ روز پس از پایان مهلت ثبت شد');
    await card.scrollIntoViewIfNeeded();
    await shot('02-desk-late');
    await card.getByTestId('desk-register-lateRegistered').click();
    await page.getByTestId('register-page').waitFor();
    const rows = page.getByTestId('register-grid').locator('[role="row"][data-id]');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(page.getByTestId('register-status').textContent()).resolves.toContain('ثبت پس از انقضای مهلت');
  });

  it('the receipt date is corrected after referral; reopening the lapsed one is confirmed first; the history keeps the old date', async () => {
    const lapsed = (await api<ResolutionPage>(page, 'resolutions.list', { filter: { late: true } })).rows[0];
    await openResolution(lapsed.id);
    await page.getByTestId('action-correct-registration').click();
    const dialog = page.getByTestId('registration-correction-dialog');
    await dialog.waitFor();
    // it was in fact received on 1405/08/26 (2026-11-17): the panel has until 1405/09/10
    await typeDateText(page, 'field-receiptDate', '14050826');
    await page.getByTestId('registration-correction-submit').click();
    await expect.poll(() => dialog.textContent()).toContain('دلیل اصلاح را وارد کنید.');
    await page.getByTestId('field-reason').fill('تاریخ وصول از روی مهر دبیرخانه در نامهٔ شورا اصلاح شد.');
    await page.getByTestId('registration-correction-submit').click();
    const confirm = page.getByTestId('registration-correction-confirm');
    await expect.poll(() => confirm.textContent()).toContain('«وصول‌شده» بازمی‌گردد');
    await expect(page.getByTestId('registration-correction-submit').textContent()).resolves.toBe('تأیید و ثبت اصلاح');
    expect((await api<Resolution>(page, 'resolutions.get', { id: lapsed.id })).receiptDate).toBe('2026-11-05');
    await dialog.screenshot({ path: shotPath('legal-03-correction-confirm') });
    await page.getByTestId('registration-correction-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('snackbar').textContent()).toContain('۱۴۰۵/۰۹/۱۰');
    await expect.poll(() => page.getByTestId('status-chip').first().getAttribute('data-status')).toBe('received');
    const changes = page.getByTestId('timeline').getByTestId('timeline-change');
    await expect.poll(() => changes.allTextContents()).toContain('تاریخ وصول: ۱۴۰۵/۰۸/۱۴ ← ۱۴۰۵/۰۸/۲۶');
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await shot('04-correction-timeline');
    // the review can go on: it is not a dead end
    await page.getByTestId('action-assign').waitFor();
  });

  it("the expert writes beside the resolution's text and cites the office's own catalog", async () => {
    await page.goto(`${app.url}/#/references`);
    await page.getByTestId('reference-new').click();
    await page.getByTestId('field-law').fill('آیین‌نامهٔ معاملات شهرداری کرمان');
    await page.getByTestId('field-article').fill('۱۲');
    await page.getByTestId('field-text').fill('فروش اموال غیرمنقول فقط از راه مزایده');
    await page.getByTestId('reference-submit').click();
    await page.getByTestId('reference-dialog').waitFor({ state: 'detached' });
    const r = await register({ title: 'فروش زمین شهرداری بدون مزایده', receiptDate: '2026-11-24' });
    const experts = await api<{ id: string }[]>(page, 'users.list', { role: 'expert' });
    await api(page, 'review.assign', { resolutionId: r.id, expertId: experts[0].id });

    await signInAs(page, PEOPLE.expert.username);
    await openResolution(r.id);
    await page.getByTestId('action-opinion').click();
    const dialog = page.getByTestId('opinion-dialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('resolution-text-aside').textContent()).resolves.toContain(
      'عوارض صدور پروانهٔ ساختمانی',
    );
    await page.getByTestId('field-referenceIds').locator('input').fill('مزایده');
    await page.getByRole('option', { name: /آیین‌نامهٔ معاملات شهرداری کرمان/ }).click();
    await page.keyboard.press('Escape');
    // copied in as a written citation, not cited by an id the ministry would not know
    await expect(page.getByTestId('field-citations.0.law').inputValue()).resolves.toBe(
      'آیین‌نامهٔ معاملات شهرداری کرمان',
    );
    await dialog.screenshot({ path: shotPath('legal-05-opinion-dialog') });
    await page.getByTestId('conclusion-conflict').check();
    await page.getByTestId('field-reasoning').fill('فروش بدون مزایده مغایر آیین‌نامهٔ معاملات است.');
    await page.getByTestId('field-clause-0').fill('بند ۱: فروش زمین بدون مزایده');
    await page.getByTestId('ground-conflicts_with_law').check();
    await page.getByTestId('opinion-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const review = await api<{ opinions: { citations: { law: string; article: string }[] }[] }>(page, 'review.get', {
      resolutionId: r.id,
    });
    expect(review.opinions[0].citations).toEqual([
      { law: 'آیین‌نامهٔ معاملات شهرداری کرمان', article: '۱۲', text: 'فروش اموال غیرمنقول فقط از راه مزایده' },
    ]);
  });

  it("the council's amendment starts from the original's title and text", async () => {
    const title = 'افزودن عوارض پسماند به قبوض آب';
    const text = 'ماده ۱- از ابتدای سال ۱۴۰۶ عوارض بهای خدمات پسماند به قبوض آب مشترکان افزوده می‌شود.';
    // ruled objected in a session held today, the letter sent: it is with the council
    const { resolutionId } = await objectedInClosedSession(
      page,
      { secretary: 'secretary', expert: 'expert', members: ['chair', 'member1', 'member2'] },
      {
        councilId,
        title,
        text,
        councilResolutionNumber: '۷۷/۱',
        councilSessionNumber: '۱',
        councilSessionDate: '2026-11-01',
        approvalDate: '2026-11-01',
        receiptDate: '2026-11-24',
        incomingNumber: '۱۴۰۵/۷۷۷',
        category: 'fees',
      },
      TODAY,
    );
    const r = await api<Resolution>(page, 'resolutions.get', { id: resolutionId });
    await api(page, 'objection.letterSent', {
      resolutionId,
      outgoingNumber: '۱۴۰۵/ت/۹',
      letterDate: TODAY,
      rev: r.rev,
    });
    await signInAs(page, PEOPLE.secretary.username);
    await openResolution(resolutionId);
    await page.getByTestId('action-council-answer').click();
    await page.getByTestId('answer-amend').check();
    await page.getByTestId('council-answer-submit').click();
    const dialog = page.getByTestId('amendment-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('field-resolution.title').inputValue()).resolves.toBe(title);
    await expect(page.getByTestId('field-resolution.text').inputValue()).resolves.toBe(text);
    await dialog.getByRole('button', { name: 'انصراف' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('a viewer is offered only what the core accepts', async () => {
    const any = (await api<ResolutionPage>(page, 'resolutions.list', {})).rows.find((x) => x.status === 'received')!;
    await signInAs(page, PEOPLE.viewer.username);
    expect(await page.getByTestId('nav-new-resolution').count()).toBe(0);
    await page.goto(`${app.url}/#/resolutions/new`);
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('resolution-form').count()).toBe(0);
    await page.goto(`${app.url}/#/resolutions/${any.id}/edit`);
    await page.getByTestId('no-access').waitFor();
    await page.goto(`${app.url}/#/councils`);
    await page.getByTestId('councils-grid').waitFor();
    for (const id of ['council-new', 'council-import', 'council-edit'])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    await shot('06-viewer-councils');
    await openResolution(any.id);
    expect(await page.getByTestId('resolution-edit').count()).toBe(0);
    expect(await page.getByTestId('actions-panel').getByRole('button').count()).toBe(0);
    await page.goto(`${app.url}/#/letters?new=objection&resolution=${any.id}`);
    await page.getByTestId('letters-page').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('new-letter-dialog').count()).toBe(0);
    await page.goto(`${app.url}/#/references`);
    await page.getByTestId('references-grid').waitFor();
    expect(await page.getByTestId('reference-new').count()).toBe(0);
  });

  it("an absent member gets no vote buttons; on a member's last day the buttons and the state agree", async () => {
    await loginAs(page, PEOPLE.secretary.username);
    // received 1405/08/20: the members' (and the panel's) last day is today
    const lastDay = await register({ title: 'بودجهٔ اصلاحی شهرداری', receiptDate: '2026-11-11' });
    await api(page, 'review.sendToPanel', { resolutionId: lastDay.id });
    const s = await api<SessionDetail>(page, 'sessions.schedule', { date: TODAY, time: '16:00', place: 'فرمانداری' });
    const d = await api<SessionDetail>(page, 'sessions.setAgenda', {
      id: s.session.id,
      rev: s.session.rev,
      resolutionIds: [lastDay.id],
    });
    const members = await api<{ id: string; username: string }[]>(page, 'users.list', { role: 'member' });
    const present = members.filter((u) => u.username !== 'member2').map((u) => u.id);
    await api(page, 'sessions.recordAttendance', { id: s.session.id, presentMemberIds: present });
    const itemId = d.items[0].id;
    const openSession = async () => {
      await page.goto(`${app.url}/#/sessions/${s.session.id}`);
      await page.getByTestId('findings').waitFor();
    };

    await signInAs(page, PEOPLE.member2.username);
    await openSession();
    await page.getByTestId('absent-me').waitFor();
    expect(await page.getByTestId(`my-finding-${itemId}`).count()).toBe(0);

    await signInAs(page, PEOPLE.member1.username);
    await openSession();
    const row = page.getByTestId(`item-${itemId}`);
    await expect(row.textContent()).resolves.toContain('امروز آخرین مهلت است');
    // the chair has not voted: «not yet recorded», not the system's no-conflict
    expect(await row.locator('[data-source="system"]').count()).toBe(0);
    await page.getByTestId(`finding-${itemId}-conflict`).click();
    await expect.poll(() => page.getByTestId(`finding-${itemId}-conflict`).getAttribute('aria-pressed')).toBe('true');
    await shot('07-last-day');

    // midnight in Tehran: the deadline day has ended (and the long idle ended the sign-in)
    await moveClock(app, page, deadlineEnd(TODAY));
    await signInAs(page, PEOPLE.member1.username);
    await openSession();
    await expect.poll(() => page.getByTestId(`my-finding-${itemId}`).count()).toBe(0);
    await expect.poll(() => row.locator('[data-source="system"]').count()).toBe(1);
    await shot('08-after-midnight');
  });
});
