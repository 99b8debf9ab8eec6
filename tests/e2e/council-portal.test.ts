// Issue 14 across real processes: the ministry server, the office's browser-mode host and
// Chromium. A council secretary signs in to the council portal and submits a resolution with its
// signed minutes; the office syncs, registers it from «مصوبات الکترونیکی رسیده» with one
// confirmation (the receipt date the server's); its next sync tells the portal, which says «ثبت شد».
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { todayInTehran } from '../../shared/dates/jalali';
import {
  apiCall,
  enrolledOfficeInBrowser,
  launchBrowser,
  serverSignIn,
  shotPath,
  signInAs,
  syncOffice,
  typeDate,
  type OfficeInBrowser,
} from '../support/app';
import { tinyPdf } from '../support/fixtures';
import { cliAccount } from '../server/consoleClient';
import { startTestServer, type TestServer } from '../server/support';

let server: TestServer;
let office: OfficeInBrowser;
let browser: Browser;
let portal: Page;
let password = '';
let adminPassword = '';

beforeAll(async () => {
  server = await startTestServer('sqlite');
  const code = await server.newOffice('0801', 'کرمان');
  ({ office } = await enrolledOfficeInBrowser(server.url, code, new Date().toISOString(), [
    { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' },
  ]));
  browser = await launchBrowser();
  portal = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
  // the county's console admin makes the council secretary's account, in the console
  adminPassword = await cliAccount(server.dbUrl, 'kerman', 'county', { province: 'کرمان', county: 'کرمان' });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await office?.close();
  await server?.stop();
});

describe('a council submits; the office registers; the council sees it', () => {
  it('the county admin makes the council secretary’s account in the console', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
    await page.goto(`${server.url}/console/`);
    await serverSignIn(page, 'kerman', adminPassword);
    await page.getByRole('tab', { name: 'مدیریت' }).click();
    await page.getByRole('tab', { name: 'حساب‌های شوراها' }).click();
    await page.getByTestId('add-council-account').click();
    await page.getByTestId('council-account-council').locator('[role="combobox"]').click();
    await page.getByRole('option', { name: /شورای اسلامی شهر کرمان/ }).click();
    await page.getByTestId('council-account-username').fill('kerman.sec');
    await page.getByTestId('council-account-name').fill('منشی شورای اسلامی شهر کرمان');
    await page.getByRole('button', { name: 'ثبت' }).click();
    password = (await page.getByTestId('shown-password').textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.getByTestId('admin-council-accounts').textContent()).toContain('kerman.sec');
    await page.screenshot({ path: shotPath('console-council-accounts') });
    await page.close();
  });

  it('the council secretary signs in and submits with the signed minutes; the receipt shows', async () => {
    await portal.goto(`${server.url}/council/`);
    await serverSignIn(portal, 'kerman.sec', password);
    await expect.poll(() => portal.getByTestId('portal-council').textContent()).toContain('شورای اسلامی شهر کرمان');
    await portal.getByTestId('new-submission').click();
    const form = portal.getByTestId('submit-form');
    await form.getByLabel('شمارهٔ مصوبه').fill('۱۲/۳۴۵');
    await form.getByLabel('شمارهٔ جلسه').fill('۳۴');
    const today = todayInTehran();
    await typeDate(portal, 'session-date', today);
    await typeDate(portal, 'approval-date', today);
    await form.getByLabel('موضوع مصوبه').fill('نرخ کرایهٔ تاکسی درون‌شهری سال ۱۴۰۶');
    await portal.getByTestId('category').locator('[role="combobox"]').click();
    await portal.getByRole('option', { name: 'درآمد و عوارض' }).click();
    await form.getByLabel('متن مصوبه').fill('شورای اسلامی شهر کرمان نرخ کرایهٔ تاکسی را ده درصد افزایش داد.');
    await portal.getByTestId('pdf-input').setInputFiles({
      name: 'صورتجلسه-۳۴.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('e2e minutes'),
    });
    await portal.screenshot({ path: shotPath('council-portal-form'), fullPage: true });
    await portal.getByTestId('send-submission').click();
    const receipt = portal.getByTestId('receipt');
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain('۱۴۰۵/۰۰۰۰۰۱');
    await portal.screenshot({ path: shotPath('council-portal-receipt'), fullPage: true });
    await portal.setViewportSize({ width: 390, height: 844 });
    await portal.screenshot({ path: shotPath('council-portal-receipt-phone'), fullPage: true });
    await portal.getByRole('button', { name: 'بازگشت به فهرست' }).click();
    await expect.poll(() => portal.getByTestId('submission-state').textContent()).toContain('در انتظار ثبت');
    await portal.screenshot({ path: shotPath('council-portal-list-phone'), fullPage: true });
    await portal.setViewportSize({ width: 1366, height: 768 });
  });

  it('the office syncs, and the secretary registers it from the desk’s inbox with one confirmation', async () => {
    const p = office.page;
    await syncOffice(p);
    await signInAs(p, 'secretary');
    await p.setViewportSize({ width: 1366, height: 768 });
    const inbox = p.getByTestId('council-inbox');
    await inbox.waitFor();
    expect(await inbox.textContent()).toContain('نرخ کرایهٔ تاکسی');
    expect(await inbox.getByTestId('countdown').count()).toBe(1);
    await p.screenshot({ path: shotPath('office-council-inbox') });
    await inbox.getByTestId('inbox-register').click();
    const dialog = p.getByTestId('inbox-register-dialog');
    await dialog.waitFor();
    expect(await p.getByTestId('inbox-incoming').inputValue()).toBe('۱۴۰۵/۱');
    await p.screenshot({ path: shotPath('office-council-inbox-dialog') });
    await p.getByTestId('inbox-confirm').click();
    await p.getByTestId('resolution-page').waitFor();
    const id = await p.getByTestId('resolution-page').getAttribute('data-resolution-id');
    const r = await apiCall<{ receiptDate: string; submissionId?: string }>(p, 'resolutions.get', { id });
    expect(r.data.receiptDate).toBe(todayInTehran());
    await syncOffice(p);
  });

  it('the portal shows «ثبت شد»', async () => {
    await portal.reload();
    await expect.poll(() => portal.getByTestId('submission-state').textContent()).toContain('ثبت شد');
    expect(await portal.getByTestId('submission-state').textContent()).toContain('۱۴۰۵/۱');
    await portal.screenshot({ path: shotPath('council-portal-registered'), fullPage: true });
  });
});
