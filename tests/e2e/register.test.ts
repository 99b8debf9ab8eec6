// The first day of an office, through browser mode: set up the office and its admin, the admin
// makes the secretary's account, and the secretary signs in, imports the councils, registers a
// resolution with its PDF, finds it with Arabic spellings, opens it. Then the bad inputs: each
// refused in Persian, and nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  apiCall as callFrom,
  launchBrowser,
  OFFICE,
  shotPath,
  signIn,
  signOut,
  startApp,
  type RunningApp,
  typeDateText,
} from '../support/app';
import { tempDir, tinyPdf } from '../support/fixtures';

let app: RunningApp;
let browser: Browser;
let page: Page;

const COUNCILS_CSV = [
  'نام,نوع,شهرستان,استان',
  'كرمان,شهر,کرمان,کرمان',
  'اختیارآباد,روستا,کرمان,کرمان',
  'باغین,شهر,کرمان,کرمان',
].join('\n');

function file(name: string, content: string | Buffer): string {
  const dir = tempDir('tatbiq-e2e-files-');
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

/** Types a Jalali date into a date field (Latin digits, as a keyboard). */
async function typeDate(testId: string, ymd: string) {
  await typeDateText(page, testId, ymd);
}

async function apiCall<T>(method: string, input: unknown): Promise<T> {
  return (await callFrom(page, method, input)) as T;
}

const SECRETARY = { username: 'z.dabiri', fullName: 'زهرا دبیری', password: 'dabir-1405-k' };

async function registeredCount(): Promise<number> {
  const r = await apiCall<{ ok: boolean; data: { total: number } }>('resolutions.list', {});
  return r.data.total;
}

async function fillResolution(opts: { council: string; number: string; incoming: string; title: string }) {
  await page.getByTestId('field-councilId').locator('input').fill(opts.council);
  await page.getByRole('option').first().click();
  await page.getByTestId('field-councilResolutionNumber').fill(opts.number);
  await page.getByTestId('field-councilSessionNumber').fill('۱۲');
  await typeDate('field-councilSessionDate', '1405/08/20');
  await typeDate('field-receiptDate', '1405/09/01');
  await page.getByTestId('field-incomingNumber').fill(opts.incoming);
  await page.getByTestId('field-category').click();
  await page.getByRole('option', { name: 'درآمد و عوارض' }).click();
  await page.getByTestId('field-title').fill(opts.title);
  await page
    .getByTestId('field-text')
    .fill('ماده ۱- عوارض صدور پروانه ساختمانی برای سال ۱۴۰۶ مطابق جدول پیوست وصول می‌شود.');
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fa-IR' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the register, end to end in browser mode', () => {
  it('sets up the office and its admin on first run, and signs the admin in', async () => {
    await page.goto(app.url);
    await page.getByTestId('office-setup').waitFor();
    await page.getByTestId('field-province').fill('کرمان');
    await page.getByTestId('field-county').fill('کرمان');
    await page.getByTestId('field-code').fill('KRM-01');
    await page.getByTestId('field-name').fill('دبیرخانه هیأت تطبیق مصوبات شهرستان کرمان');
    await page.getByTestId('field-admin.fullName').fill(OFFICE.admin.fullName);
    await page.getByTestId('field-admin.username').fill(OFFICE.admin.username);
    await page.getByTestId('field-admin.password').fill(OFFICE.admin.password);
    await page.getByTestId('field-adminConfirm').fill('not-the-same-1');
    await page.getByTestId('office-setup-submit').click();
    await expect
      .poll(() => page.getByTestId('office-setup').textContent())
      .toContain('تکرار گذرواژه با گذرواژه یکی نیست.');
    await page.getByTestId('field-adminConfirm').fill(OFFICE.admin.password);
    await page.screenshot({ path: shotPath('01-office-setup'), fullPage: true });
    await page.getByTestId('office-setup-submit').click();

    await page.getByTestId('user-menu').waitFor();
    await expect(page.getByTestId('office-name').textContent()).resolves.toContain('کرمان');
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('مدیر سامانه');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    // the admin keeps users and councils; registering is the secretariat's
    await page.getByTestId('nav-users').waitFor();
    expect(await page.getByTestId('nav-new-resolution').count()).toBe(0);
  });

  it("the admin makes the secretary's account on the Users page; the secretary signs in", async () => {
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-page').waitFor();
    await page.getByTestId('user-new').click();
    const dialog = page.getByTestId('user-dialog');
    await dialog.waitFor();
    await page.getByTestId('field-fullName').fill(SECRETARY.fullName);
    await page.getByTestId('field-username').fill(SECRETARY.username);
    await page.getByTestId('field-title').fill('کارشناس دبیرخانه');
    await page.getByTestId('field-role').click();
    await page.getByTestId('role-option-secretary').click();
    // the chair's box is for members only
    expect(await page.getByTestId('field-isChair').count()).toBe(0);
    await page.getByTestId('field-password').fill('short');
    await page.getByTestId('user-submit').click();
    await expect.poll(() => dialog.textContent()).toContain('گذرواژه دست‌کم ۸ نویسه است.');
    await page.getByTestId('field-password').fill(SECRETARY.password);
    await page.screenshot({ path: shotPath('02-new-user') });
    await page.getByTestId('user-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('users-grid').locator('[role="row"]', { hasText: SECRETARY.fullName });
    await expect(row.textContent()).resolves.toContain('دبیرخانه');
    await page.screenshot({ path: shotPath('03-users') });

    await signOut(page);
    await signIn(page, SECRETARY.username, SECRETARY.password);
    await expect(page.getByTestId('user-name').textContent()).resolves.toBe(SECRETARY.fullName);
    await expect(page.getByTestId('user-role').textContent()).resolves.toBe('دبیرخانه');
    expect(await page.getByTestId('nav-users').count()).toBe(0);
  });

  it('imports councils from a CSV, and refuses a bad file without importing any row', async () => {
    await page.getByTestId('nav-councils').click();
    await page.getByTestId('councils-page').waitFor();

    const bad = file('bad.csv', '\ufeffنام,نوع,شهرستان,استان\nزرند,شهر,زرند,کرمان\nراور,دهستان,راور,کرمان\n');
    await page.getByTestId('council-import-input').setInputFiles(bad);
    await page.getByTestId('council-import-errors').waitFor();
    await expect(page.getByTestId('council-import-error-row').first().textContent()).resolves.toMatch(/۳/);
    const afterBad = await apiCall<{ data: unknown[] }>('councils.list', {});
    expect(afterBad.data).toHaveLength(0);

    await page.getByTestId('council-import-input').setInputFiles(file('councils.csv', '\ufeff' + COUNCILS_CSV));
    await page.getByTestId('council-import-success').waitFor();
    await expect(page.getByTestId('council-import-success').textContent()).resolves.toContain('۳');
    await page.getByTestId('councils-grid').getByText('شورای اسلامی شهر کرمان').waitFor();
    await page.screenshot({ path: shotPath('04-councils') });
  });

  it('registers a resolution with its PDF and opens its page', async () => {
    await page.getByTestId('nav-new-resolution').click();
    await page.getByTestId('resolution-form').waitFor();
    await fillResolution({
      council: 'کرمان',
      number: '۴۵',
      incoming: '۱۰۰۱',
      title: 'تعيين عوارض صدور پروانه ساختمانی',
    });
    await page.getByTestId('attachments-input').setInputFiles(file('مصوبه.pdf', tinyPdf()));
    await page.getByTestId('attachment-chip').waitFor();
    await page.screenshot({ path: shotPath('05-new-resolution'), fullPage: true });
    await page.getByTestId('resolution-submit').click();

    await page.getByTestId('resolution-page').waitFor();
    const details = page.getByTestId('resolution-details');
    await expect(details.textContent()).resolves.toContain('شورای اسلامی شهر کرمان');
    await expect(page.getByTestId('detail-receiptDate').textContent()).resolves.toContain('۱۴۰۵/۰۹/۰۱');
    // stored normalized: the Arabic ي typed in the title is the Persian ی
    await expect(page.getByTestId('resolution-title').textContent()).resolves.toBe('تعیین عوارض صدور پروانه ساختمانی');
    await page.getByTestId('attachment-item').first().waitFor();
    await page.screenshot({ path: shotPath('06-resolution-page'), fullPage: true });
    expect(await registeredCount()).toBe(1);
  });

  it('finds it in the register by the Arabic spellings «كرمان» and «ي»', async () => {
    await page.getByTestId('nav-register').click();
    await page.waitForURL(/#\/register/);
    await page.getByTestId('register-page').waitFor();
    const search = page.getByTestId('register-search');
    const rows = page.getByTestId('register-grid').locator('[role="row"][data-id]');

    // a second resolution, from another council, that the searches must leave out
    const other = await apiCall<{ data: { id: string }[] }>('councils.list', {});
    const village = other.data.find((c) => (c as unknown as { name: string }).name === 'اختیارآباد')!;
    const reg = await apiCall<{ ok: boolean }>('resolutions.register', {
      councilId: village.id,
      councilResolutionNumber: '7',
      councilSessionNumber: '3',
      councilSessionDate: '2026-11-05',
      approvalDate: '2026-11-05',
      receiptDate: '2026-11-20',
      incomingNumber: '1002',
      category: 'other',
      title: 'نامگذاری معابر روستا',
      text: 'نامگذاری کوچه‌های جدید',
      attachments: [],
    });
    expect(reg.ok).toBe(true);
    await page.reload();
    // a reloaded page loads the whole app again: on a busy machine that takes more than a second
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);

    await search.fill('كرمان');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('تعیین عوارض');
    await page.screenshot({ path: shotPath('07-search-kerman') });

    await search.fill('تعيين');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('کرمان');
    await rows.first().click();
    await page.getByTestId('resolution-page').waitFor();

    await page.getByTestId('nav-register').click();
    await search.fill('');
    await expect.poll(() => rows.count()).toBe(2);
    await page.screenshot({ path: shotPath('08-register') });
    // README's picture is this screen, refreshed by every run that has REFRESH_DOCS set
    if (process.env.REFRESH_DOCS) fs.copyFileSync(shotPath('08-register'), 'docs/register.png');
  });

  it('refuses bad input in Persian and writes nothing', async () => {
    const before = await registeredCount();
    await page.getByTestId('nav-new-resolution').click();
    await page.getByTestId('resolution-form').waitFor();

    // duplicate: same council and number as the first one
    await fillResolution({ council: 'کرمان', number: '45', incoming: '۱۰۰۳', title: 'تکراری' });
    await page.getByTestId('resolution-submit').click();
    await expect
      .poll(() => page.locator('form').textContent())
      .toMatch(/مصوبهٔ شمارهٔ ۴۵ .* قبلاً با شمارهٔ ثبت ۱۰۰۱ ثبت شده است/);
    await page.screenshot({ path: shotPath('09-duplicate'), fullPage: true });

    // an invalid date: Esfand 30 of a year that has no such day
    await page.getByTestId('field-councilResolutionNumber').fill('46');
    await typeDate('field-receiptDate', '1404/12/30');
    await page.getByTestId('resolution-submit').click();
    await expect.poll(() => page.getByTestId('field-receiptDate').textContent()).toMatch(/تاریخ|معتبر/);

    // a non-PDF attachment and an oversized PDF
    await page.getByTestId('attachments-input').setInputFiles(file('نامه.pdf', 'this is not a pdf'));
    await expect.poll(() => page.getByTestId('attachments-error').textContent()).toMatch(/PDF/);
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(11 * 1024 * 1024, 32)]);
    await page.getByTestId('attachments-input').setInputFiles(file('بزرگ.pdf', big));
    await expect.poll(() => page.getByTestId('attachments-error').textContent()).toMatch(/مگابایت/);
    await page.screenshot({ path: shotPath('10-bad-attachments'), fullPage: true });

    // an unknown council, through the API the form uses
    const unknown = await apiCall<{ ok: boolean; error: { code: string; message: string } }>('resolutions.register', {
      councilId: '0190d3c4-0000-7000-8000-000000000000',
      councilResolutionNumber: '9',
      councilSessionNumber: '1',
      councilSessionDate: '2026-11-05',
      approvalDate: '2026-11-05',
      receiptDate: '2026-11-20',
      incomingNumber: '1009',
      category: 'other',
      title: 'آزمون',
      text: 'آزمون',
      attachments: [],
    });
    expect(unknown.ok).toBe(false);
    expect(unknown.error.message).toMatch(/شورا/);

    expect(await registeredCount()).toBe(before);
  });
});
