// The ministry console in Chromium over a small generated country with known figures: the
// ministry sees the country and drills down to a resolution's timeline and exports the register;
// a province and a county see only their own figures. Screenshots in test-output/e2e.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, shotPath } from '../support/app';
import { startTestServer, type TestServer } from '../server/support';
import { cliAccount } from '../server/consoleClient';
import { buildCountry, KERMAN, YAZD } from '../server/country';

let server: TestServer;
let browser: Browser;
const passwords: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('sqlite');
  await buildCountry(server.db, server.url);
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
  await page.getByLabel('نام کاربری').fill(username);
  await page.getByLabel('گذرواژه').fill(passwords[username]);
  await page.getByRole('button', { name: 'ورود' }).click();
  await page.getByTestId('account').waitFor();
  return page;
}

const stat = (page: Page, key: string) => page.getByTestId(`stat-${key}`);

describe('the ministry console', () => {
  it('shows the ministry the country, and drills down to a timeline and an Excel register', async () => {
    const page = await signIn('minister');
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe('کل کشور');
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
});
