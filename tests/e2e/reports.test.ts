// The reports page (issue 12) in Chromium through browser mode, on the hand-computed history
// (tests/fixtures/reports-history.ts): the secretary picks Azar 1405 and sees the same figures
// the core's tests expect, in Persian digits, each chart with its table; a filter narrows them;
// a member who is not the chair has no reports entry. Screenshots at 1366×768.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shotPath, signInAs, startApp, type RunningApp } from '../support/app';
import { PASSWORD, tempDir } from '../support/core';
import { NOW } from '../fixtures/reports-history';
import { reportsOffice } from '../fixtures/reports-history-load';
import { toPersianDigits } from '../../shared/text/persian';
import { flat, pdfText, reads } from '../support/pdf';

let app: RunningApp;
let browser: Browser;
let page: Page;

/** The office with the history, its secretary and an ordinary member who may sign in. */
async function prepareOffice(dir: string) {
  const t = await reportsOffice(dir);
  const [admin] = await t.as({ id: 'x', name: 'x', role: 'admin' }).call('users.list', { role: 'admin' });
  const asAdmin = t.as({ id: admin.id, name: admin.fullName, role: 'admin' });
  await asAdmin.call('users.create', {
    username: 'secretary',
    fullName: 'زهرا دبیری',
    role: 'secretary',
    password: PASSWORD,
  });
  await asAdmin.call('users.create', {
    username: 'member9',
    fullName: 'عضو آزمون',
    role: 'member',
    password: PASSWORD,
  });
  await t.close();
}

async function choose(testId: string, option: string) {
  const item = page.getByRole('option', { name: option, exact: true });
  // the header gains its export buttons when the first report arrives, which can move the select
  // from under a click already on its way (seen once under a full run's load): open it until it shows
  await expect
    .poll(
      async () => {
        if (!(await item.isVisible())) await page.getByTestId(testId).locator('..').click();
        return item.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await item.click();
}

const stat = (key: string) => page.getByTestId(`stat-${key}`);

beforeAll(async () => {
  const dir = tempDir('tatbiq-reports-');
  await prepareOffice(dir);
  app = await startApp({ dataDir: dir, clock: NOW });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR', acceptDownloads: true });
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(app.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('reports page', () => {
  it('shows Azar 1405 as computed by hand, in Persian digits, each chart beside its table', async () => {
    await signInAs(page, 'secretary');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-page').waitFor();
    await choose('report-kind', 'ماه');
    await choose('report-month', 'آذر');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).locator('..').innerText()).toContain('آذر ۱۴۰۵');
    await expect.poll(() => stat('received').innerText()).toContain('۱۲');
    expect(await stat('in-window').innerText()).toContain('۷');
    expect(await stat('late').innerText()).toContain('۱');
    expect(await stat('lapsed').innerText()).toContain('۱');
    expect(await stat('pending').innerText()).toContain('۳');
    await expect.poll(() => page.getByTestId('table-lapsed').innerText()).toContain('مصوبهٔ آزمون r4');
    expect(await page.getByTestId('chart-clock').locator('svg').count()).toBeGreaterThan(0);
    // the axis speaks Persian digits
    expect(await page.getByTestId('chart-clock').innerText()).toMatch(/[۰-۹]/);
    expect(await page.getByTestId('chart-clock').innerText()).not.toMatch(/[0-9]/);
    await page.screenshot({ path: shotPath('reports-compliance'), fullPage: false });
    await page.screenshot({ path: shotPath('reports-compliance-full'), fullPage: true });
  });

  it('outcomes, members, experts and councils', async () => {
    await page.getByTestId('report-tab-outcomes').click();
    expect(await stat('rate').innerText()).toContain('۶۲٫۵٪');
    expect(await page.getByTestId('table-grounds').innerText()).toContain('مغایرت با قوانین و مقررات');
    await page.screenshot({ path: shotPath('reports-outcomes'), fullPage: true });
    await page.getByTestId('report-tab-members').click();
    const members = await page.getByTestId('table-members').innerText();
    expect(members).toContain('محمد فرماندار');
    expect(members).toContain('۵۰٪'); // m2's agreement with the ruling
    await page.screenshot({ path: shotPath('reports-members') });
    await page.getByTestId('report-tab-experts').click();
    expect(await page.getByTestId('table-experts').innerText()).toContain('علی کارشناس');
    await page.getByTestId('report-tab-councils').click();
    const councils = await page.getByTestId('table-councils').innerText();
    expect(councils).toContain('شورای اسلامی روستای اختیارآباد');
    await page.screenshot({ path: shotPath('reports-councils') });
  });

  it('exports what is on screen to Excel, read back with exceljs', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export-excel').click(),
    ]);
    expect(download.suggestedFilename()).toBe('گزارش هیأت تطبیق — آذر ۱۴۰۵.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as never);
    const ws = wb.getWorksheet('رعایت مهلت‌ها')!;
    expect(ws.views[0]).toMatchObject({ rightToLeft: true });
    expect(ws.getCell('A2').value).toBe('وصول‌شده');
    expect(ws.getCell('B2').value).toBe(12);
  });

  it('prints what is on screen as a PDF, read with pdftotext', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-export-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe('گزارش هیأت تطبیق — آذر ۱۴۰۵.pdf');
    const text = flat(pdfText(fs.readFileSync((await download.path())!)));
    expect(reads(text, 'جمهوری اسلامی ایران')).toBe(true);
    expect(reads(text, 'آذر ۱۴۰۵')).toBe(true);
    expect(reads(text, `وصول‌شده ${toPersianDigits(12)}`)).toBe(true);
    expect(reads(text, 'نرخ اعتراض ۶۲٫۵٪')).toBe(true);
  });

  it('exports the register as it is filtered to Excel in a folder, with progress, and reads it back', async () => {
    await page.getByTestId('nav-register').click();
    await page.getByTestId('register-page').waitFor();
    await page.getByTestId('register-export-button').click();
    const dialog = page.getByTestId('register-export-dialog');
    await page.getByTestId('register-export-folder').fill('/no/such/folder');
    await page.getByTestId('register-export-start').click();
    await expect.poll(() => page.getByTestId('register-export-error').innerText()).toContain('پوشهٔ مقصد پیدا نشد');
    const dir = tempDir('tatbiq-register-export-');
    await page.getByTestId('register-export-folder').fill(dir);
    await page.getByTestId('register-export-start').click();
    await page.getByTestId('register-export-done').waitFor();
    await dialog.screenshot({ path: shotPath('register-export-done') });
    const [name] = fs.readdirSync(dir);
    expect(name).toMatch(/^دفتر مصوبات — 1405-09-\d\d\.xlsx$/);
    expect(await page.getByTestId('register-export-done').innerText()).toContain(name);
    expect(await page.getByTestId('register-export-done').innerText()).toContain(dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, name));
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').value).toBe('شمارهٔ وصول');
    // the history's thirteen resolutions (r0–r12), newest first as the register shows them
    expect(ws.rowCount - 1).toBe(13);
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-page').waitFor();
  });

  it('a filter narrows every figure; a period with no records says so', async () => {
    await page.getByTestId('report-tab-compliance').click();
    await choose('report-council-kind', 'روستا');
    await expect.poll(() => stat('received').innerText()).toContain(toPersianDigits(4));
    await choose('report-year', '۱۴۰۴');
    await page.getByTestId('reports-empty').waitFor();
  });

  it('a member who is not the chair has no reports entry, and the core refuses the address', async () => {
    await signInAs(page, 'member9');
    expect(await page.getByTestId('nav-reports').count()).toBe(0);
    await page.goto(`${app.url}/#/reports`);
    await page.getByTestId('reports-error').waitFor();
    expect(await page.getByTestId('reports-error').innerText()).toContain('رئیس هیأت');
  });
});
