// A citizen's complaint across real processes (issue 14 items 7–8): the citizen files it on the
// ministry server's public page in Chromium and gets a tracking code; the office (its own host
// process) syncs, the secretary finds it under «شکایات», links it to the resolution in the register
// and answers; the office syncs again and the citizen reads the answer by the code. Screenshots of
// the public form (desktop and phone) and the office's page in test-output/e2e.
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  apiCall,
  launchBrowser,
  seedUsers,
  setupOffice,
  shotPath,
  signInAs,
  startApp,
  type RunningApp,
} from '../support/app';
import { resolutionInput, tinyPdf, tempDir } from '../support/fixtures';
import { startTestServer, type TestServer } from '../server/support';
import { todayInTehran } from '../../shared/dates/jalali';

let server: TestServer;
let browser: Browser;
let app: RunningApp;
let office: Page;
let councilId = '';
let code = '';

async function syncNow(page: Page) {
  await page.goto(`${app.url}/#/sync`);
  await page.getByTestId('sync-page').waitFor();
  const lastSuccess = () =>
    page.getByTestId('sync-last-success').locator('[data-instant]').getAttribute('data-instant');
  const before = await lastSuccess().catch(() => null);
  await page.getByTestId('sync-now').click();
  await expect.poll(lastSuccess, { timeout: 20_000 }).not.toBe(before);
  await page.getByTestId('sync-now').and(page.locator(':not([disabled])')).waitFor();
}

/** One sync run started through the contract, waited for (outside a test: no expect.poll). */
async function syncByApi(page: Page) {
  type St = { running: boolean; lastSuccessAt: string | null };
  const before = await apiCall<St>(page, 'sync.status', {});
  await apiCall(page, 'sync.now', {});
  for (let i = 0; i < 200; i++) {
    const st = await apiCall<St>(page, 'sync.status', {});
    if (st.ok && !st.data.running && st.data.lastSuccessAt !== (before.ok ? before.data.lastSuccessAt : null)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the office did not sync');
}

/** Picks `option` in the MUI select labelled `label`. */
async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  server = await startTestServer('sqlite');
  const enrollment = await server.newOffice('0801', 'کرمان');
  browser = await launchBrowser();
  app = await startApp();
  office = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
  await setupOffice(office, app.url);
  await seedUsers(office, [{ username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' }]);
  const c = await apiCall<{ id: string }>(office, 'councils.create', {
    name: 'کرمان',
    kind: 'city',
    county: 'کرمان',
    province: 'کرمان',
  });
  if (!c.ok) throw new Error(c.error.message);
  councilId = c.data.id;
  const e = await apiCall(office, 'sync.enroll', { serverUrl: server.url, code: enrollment });
  if (!e.ok) throw new Error(e.error.message);
  await syncByApi(office);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await server?.stop();
});

describe('a citizen complains and the office answers', () => {
  it('the form refuses bad fields in Persian, on a phone too', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fa-IR' });
    await page.goto(`${server.url}/public/complaint`);
    await page.getByTestId('complaint-form').waitFor();
    await page.getByTestId('grounds').fill('کوتاه');
    await page.getByTestId('contact').fill('۱۲۳');
    await page.getByTestId('complaint-submit').click();
    await page.getByText('شمارهٔ تلفن همراه (مانند ۰۹۱۲۳۴۵۶۷۸۹) یا نشانی رایانامهٔ درست بنویسید.').waitFor();
    await page.getByText('دبیرخانهٔ هیأت تطبیق شهرستان را انتخاب کنید.').waitFor();
    await page.screenshot({ path: shotPath('complaint-form-phone'), fullPage: true });
    // a file that is not a PDF or an image is refused before it is sent
    const exe = path.join(tempDir('complaint-'), 'x.pdf');
    fs.writeFileSync(exe, 'MZ not a pdf');
    await page.getByTestId('complaint-file').setInputFiles(exe);
    await expect.poll(() => page.getByTestId('complaint-file-error').textContent()).toContain('فقط می‌تواند PDF');
    await page.close();
  });

  it('files a complaint on the public page and gets a tracking code', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
    await page.goto(`${server.url}/public/complaint`);
    await pick(page, 'استان', 'کرمان');
    await pick(page, 'شهرستان', 'کرمان');
    await pick(page, 'شورا', 'کرمان');
    await page.getByTestId('resolutionNumber').fill('۱۲۳/۴۵');
    await page.getByTestId('resolutionDate').fill('۱۴۰۵/۰۸/۱۹');
    await page
      .getByTestId('grounds')
      .fill('عوارض پسماند بدون آگهی عمومی و بدون مجوز قانونی به قبوض آب افزوده شده است.');
    await page.getByTestId('name').fill('مریم احمدی');
    await page.getByTestId('contact').fill('۰۹۱۲۳۴۵۶۷۸۹');
    const pdf = path.join(tempDir('complaint-'), 'قبض.pdf');
    fs.writeFileSync(pdf, tinyPdf('bill'));
    await page.getByTestId('complaint-file').setInputFiles(pdf);
    await page.getByTestId('complaint-file-name').waitFor();
    await page.screenshot({ path: shotPath('complaint-form-desktop'), fullPage: true });
    await page.getByTestId('complaint-submit').click();
    const shown = page.getByTestId('tracking-code');
    await shown.waitFor();
    code = (await shown.getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^\d{16}$/);
    expect(await shown.textContent()).toMatch(/^[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{4}-[۰-۹]{4}$/);
    await page.screenshot({ path: shotPath('complaint-filed'), fullPage: true });
    await page.close();
  });

  it('the office syncs, links it to the resolution and answers', async () => {
    await syncNow(office);
    await signInAs(office, 'secretary');
    const r = await apiCall<{ id: string }>(
      office,
      'resolutions.register',
      resolutionInput(councilId, { title: 'اخذ عوارض پسماند از قبوض آب', receiptDate: todayInTehran() }),
    );
    if (!r.ok) throw new Error(r.error.message);
    await office.goto(`${app.url}/#/complaints`);
    const row = office.getByTestId('complaint-row');
    await row.waitFor();
    expect(await row.getAttribute('data-code')).toBe(code);
    await office.screenshot({ path: shotPath('office-complaints'), fullPage: true });
    await row.getByTestId('complaint-open').click();
    const dialog = office.getByTestId('complaint-dialog');
    await dialog.getByTestId('complaint-file').waitFor();
    // a resolution the council never sent is registered from the complaint, prefilled
    await dialog.getByTestId('complaint-register').click();
    await office.getByTestId('complaint-register-page').waitFor();
    await expect.poll(() => office.getByTestId('field-councilResolutionNumber').inputValue()).toBe('123/45');
    await office.screenshot({ path: shotPath('office-complaint-register') });
    // here the resolution is in the register already: back to link it
    await office.goto(`${app.url}/#/complaints`);
    await row.getByTestId('complaint-open').click();
    await dialog.getByTestId('complaint-file').waitFor();
    await dialog.getByLabel('جست‌وجوی مصوبه در دفتر ثبت (شماره، عنوان، شورا)').fill('پسماند');
    await office.getByRole('option').first().click();
    await dialog.getByTestId('complaint-link-button').click();
    await dialog.getByTestId('complaint-resolution').waitFor();
    await dialog.getByTestId('complaint-answer-text').fill('شکایت شما در هیأت بررسی شد و به این مصوبه اعتراض شد.');
    await dialog.getByTestId('complaint-answer-save').click();
    await dialog.getByTestId('complaint-answered').waitFor();
    await office.screenshot({ path: shotPath('office-complaint-dialog') });
    // the resolution's page shows the complaint beside it
    await office.goto(`${app.url}/#/resolutions/${r.data.id}`);
    await office.getByTestId('resolution-complaints').waitFor();
    // the office's reports count it, received and answered
    await office.goto(`${app.url}/#/reports`);
    await expect.poll(() => office.getByTestId('stat-complaints-received').textContent()).toContain('۱');
    await expect.poll(() => office.getByTestId('stat-complaints-answered').textContent()).toContain('۱');
    await syncNow(office);
  });

  it('the citizen reads the answer by the tracking code', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fa-IR' });
    await page.goto(`${server.url}/public/complaint#track`);
    await page.getByTestId('track-code').fill('1234');
    await page.getByTestId('track-submit').click();
    await page.getByText('کد پیگیری ۱۶ رقم است').waitFor();
    const persian = code.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    await page.getByTestId('track-code').fill(persian.replace(/(.{4})(?=.)/g, '$1-'));
    await page.getByTestId('track-submit').click();
    await expect
      .poll(() => page.getByTestId('track-answer-text').textContent())
      .toBe('شکایت شما در هیأت بررسی شد و به این مصوبه اعتراض شد.');
    await page.screenshot({ path: shotPath('complaint-answer-phone'), fullPage: true });
    await page.close();
  });
});
