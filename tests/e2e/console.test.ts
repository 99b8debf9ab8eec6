// The ministry console in Chromium over a small generated country with known figures: the
// ministry sees the country and drills down to a resolution's timeline and exports the register;
// a province and a county see only their own figures. Screenshots in test-output/e2e.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serverSignIn, shotPath } from '../support/app';
import { ADMIN_ACTOR, openOffice, startTestServer, type TestServer } from '../server/support';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { currentPolicy } from '../../src-main/core/lifecycle/policy';
import { cliAccount } from '../server/consoleClient';
import { buildCountry, fileComplaint, KERMAN, YAZD } from '../server/country';

let server: TestServer;
let browser: Browser;
const passwords: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('sqlite');
  const country = await buildCountry(server.db, server.url);
  // citizens' complaints on the real public form: two to بم's office, one to میبد's
  for (const code of ['0801', '0801', '0901']) await fileComplaint(server.url, country.offices[code]);
  passwords.minister = await cliAccount(server.dbUrl, 'minister', 'ministry');
  passwords.yazd = await cliAccount(server.dbUrl, 'yazd', 'province', { province: YAZD, role: 'viewer' });
  passwords.bam = await cliAccount(server.dbUrl, 'bam', 'county', { province: KERMAN, county: 'بم', role: 'viewer' });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'fa-IR',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/console/?year=1405`);
  await serverSignIn(page, username, passwords[username]);
  await page.getByTestId('account').waitFor();
  return page;
}

const stat = (page: Page, key: string) => page.getByTestId(`stat-${key}`);

/** Clicks an export button and checks the download is an Excel (zip) file. */
async function downloadsExcel(page: Page, testId: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(
    fs
      .readFileSync(await download.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
}

describe('the ministry console', () => {
  it('shows the ministry the country, and drills down to a timeline and an Excel register', async () => {
    const page = await signIn('minister');
    // the first figures wait for the server's rollup worker: with e2e files two at a time on a
    // loaded machine it took over the 15-s default (twice at load ~20)
    await expect.poll(() => page.getByTestId('unit-name').textContent(), { timeout: 60_000 }).toBe('کل کشور');
    await expect.poll(() => stat(page, 'received').textContent()).toContain('۹');
    await expect.poll(() => stat(page, 'stale').textContent()).toContain('۲');
    await page.getByTestId('units-table').getByRole('button', { name: KERMAN }).waitFor();
    await page.screenshot({ path: shotPath('console-ministry'), fullPage: true });
    await page.getByTestId('units-table').getByRole('button', { name: KERMAN }).click();
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe(KERMAN);
    await expect.poll(() => stat(page, 'received').textContent()).toContain('۵');
    await page.getByTestId('units-table').getByRole('button', { name: 'بم' }).click();
    await expect.poll(() => stat(page, 'received').textContent()).toContain('۳');
    await page
      .getByTestId('units-table')
      .getByRole('button', { name: /دبیرخانه بم/ })
      .first()
      .click();
    await page.getByTestId('register').getByRole('button', { name: 'bam-2' }).click();
    await expect.poll(() => page.getByTestId('timeline-event').count()).toBe(2);
    await page.screenshot({ path: shotPath('console-timeline') });
    await page.getByRole('button', { name: 'بستن' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-register').click()]);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('tab', { name: 'گذشته از مهلت' }).click();
    await expect.poll(() => page.getByTestId('overdue').textContent()).toContain('bam-3');
    await page.context().close();
  });

  it('shows the panel members’ and experts’ figures by unit, with chart, table and Excel', async () => {
    const page = await signIn('minister');
    await page.getByTestId('units-table').getByRole('button', { name: KERMAN }).click();
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe(KERMAN);
    const members = page.getByTestId('members-table');
    // بم: three members, 4 of 6 attendances (۶۷٪), 3 of 4 findings on time (۷۵٪), half agreeing
    await expect.poll(() => members.getByRole('row', { name: /^بم/ }).textContent()).toMatch(/۳.*۶۷٪.*۴.*۷۵٪.*۱.*۵۰٪/);
    await expect.poll(() => page.getByTestId('experts-table').textContent()).toContain(`جمع ${KERMAN}`);
    await page.getByTestId('members').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('console-members'), fullPage: true });
    await downloadsExcel(page, 'export-members');
    await page.context().close();
  });

  it('shows the citizens’ complaints by unit, with chart, table and Excel', async () => {
    const page = await signIn('minister');
    const table = page.getByTestId('complaints-table');
    await expect
      .poll(() => table.getByRole('row', { name: new RegExp(`^${KERMAN}`) }).textContent())
      .toMatch(/۳.*۲.*۰/);
    await expect.poll(() => table.getByRole('row', { name: new RegExp(`^${YAZD}`) }).textContent()).toMatch(/۱.*۱.*۰/);
    await expect.poll(() => table.textContent()).toContain('جمع کل کشور');
    await page.getByTestId('complaints').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shotPath('console-complaints') });
    await downloadsExcel(page, 'export-complaints');
    await page.context().close();
  });

  it('shows a province and a county only their own figures', async () => {
    const yazd = await signIn('yazd');
    await expect.poll(() => yazd.getByTestId('unit-name').textContent()).toBe(YAZD);
    await expect.poll(() => stat(yazd, 'received').textContent()).toContain('۴');
    expect(await yazd.getByRole('tab', { name: 'مدیریت' }).count()).toBe(0);
    expect(await yazd.getByTestId('breadcrumbs').textContent()).not.toContain('کل کشور');
    await yazd.screenshot({ path: shotPath('console-province'), fullPage: true });
    await yazd.context().close();
    const bam = await signIn('bam');
    await expect.poll(() => bam.getByTestId('unit-name').textContent()).toBe('بم');
    await expect.poll(() => stat(bam, 'received').textContent()).toContain('۳');
    await bam.context().close();
  });

  it('lets the ministry admin add an office, give it a code and publish a policy the office receives', async () => {
    const page = await signIn('minister');
    await page.getByRole('tab', { name: 'مدیریت' }).click();
    await page.getByTestId('add-office').click();
    await page.getByTestId('place-province').click();
    await page.getByRole('option', { name: KERMAN }).click();
    await page.getByTestId('place-county').click();
    await page.getByRole('option', { name: 'بم' }).click();
    await page.getByTestId('place-code').fill('0977');
    await page.getByTestId('place-name').fill('دبیرخانهٔ تازهٔ بم');
    await page.getByRole('button', { name: 'ثبت' }).click();
    await page.getByTestId('code-0977').click();
    await page.getByRole('button', { name: 'صدور کد' }).click();
    const code = (await page.getByTestId('issued-code').textContent())!.trim();
    expect(code.length).toBeGreaterThan(8);
    expect(await page.getByTestId('enroll-qr').locator('svg').count()).toBe(1);
    await page.screenshot({ path: shotPath('console-admin-code') });
    await page.getByRole('button', { name: 'بستن' }).click();

    await page.getByRole('tab', { name: 'انتشار اطلاعات پایه' }).click();
    await page.getByTestId('publish-text').fill('{ "version": "x" ');
    await page.getByRole('button', { name: 'بررسی و پیش‌نمایش' }).click();
    await expect.poll(() => page.getByTestId('admin-publish').textContent()).toContain('JSON معتبر نیست');
    await page
      .getByTestId('publish-text')
      .fill(JSON.stringify({ ...DEFAULT_POLICY, version: 'ministry-e2e-1', objectionDays: 18 }));
    await page.getByRole('button', { name: 'بررسی و پیش‌نمایش' }).click();
    await expect.poll(() => page.getByTestId('publish-preview').textContent()).toContain('منتشر خواهد شد');
    await page.screenshot({ path: shotPath('console-admin-publish') });
    await page.getByRole('button', { name: 'انتشار', exact: true }).click();
    await expect.poll(() => page.getByTestId('admin-publish').textContent()).toContain('منتشر شد');

    const office = await openOffice('0977', { county: 'بم' });
    try {
      await office.engine.enroll(server.url, code, ADMIN_ACTOR);
      expect(await office.engine.run()).toMatchObject({ ok: true });
      expect((await currentPolicy(office.t.core.context.db.read)).version).toBe('ministry-e2e-1');
    } finally {
      await office.close();
    }
    await page.getByRole('tab', { name: 'دبیرخانه‌ها' }).click();
    await expect.poll(() => page.getByTestId('offices-table').textContent()).toContain('دبیرخانهٔ تازهٔ بم');
    const row = page.getByTestId('offices-table').getByRole('row').filter({ hasText: '0977' });
    await expect.poll(() => row.textContent()).not.toContain('متصل نشده');
    await page.screenshot({ path: shotPath('console-admin-offices'), fullPage: true });
    await page.context().close();
  });

  it('lets the ministry admin turn an account off, which ends its open session, and on again', async () => {
    const yazd = await signIn('yazd');
    const page = await signIn('minister');
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('tab', { name: 'مدیریت' }).click();
    await page.getByRole('tab', { name: 'حساب‌ها', exact: true }).click();
    const row = page.getByTestId('admin-accounts').getByRole('row').filter({ hasText: 'yazd' });
    const chip = (state: string) => row.getByText(state, { exact: true }).count();
    await expect.poll(() => chip('فعال')).toBe(1);
    await page.getByTestId('account-active-yazd').click();
    await expect.poll(() => chip('غیرفعال')).toBe(1);
    await page.screenshot({ path: shotPath('console-admin-account-off') });
    // the province viewer's open page finds its session ended at its next call
    await yazd.reload();
    await yazd.getByRole('button', { name: 'ورود' }).waitFor();
    await serverSignIn(yazd, 'yazd', passwords.yazd);
    await expect.poll(() => yazd.getByRole('alert').first().textContent()).toBeTruthy();
    expect(await yazd.getByTestId('account').count()).toBe(0);
    await page.getByTestId('account-active-yazd').click();
    await expect.poll(() => chip('فعال')).toBe(1);
    await yazd.getByRole('button', { name: 'ورود' }).click();
    await yazd.getByTestId('account').waitFor();
    await yazd.context().close();
    await page.context().close();
  });
});
