// Two offices and the ministry server, through the sync screen (issue 5): each office's admin
// enrolls with the code the ministry issued; records go up with «همگام‌سازی اکنون»; what the
// ministry publishes comes down; a change the server refuses is listed with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { publishCouncils } from '../../src-server/admin/publish';
import { apiCall, launchBrowser, OFFICE, shotPath, startApp, type RunningApp } from '../support/app';
import { startTestServer, type TestServer } from '../server/support';

let server: TestServer;
let browser: Browser;
const offices: { app: RunningApp; page: Page; code: string; county: string }[] = [];

async function openOffice(code: string, county: string) {
  const app = await startApp();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fa-IR' });
  await page.goto(app.url);
  await page.getByTestId('office-setup').waitFor();
  const r = await apiCall(page, 'office.setup', { ...OFFICE, county, code });
  if (!r.ok) throw new Error(r.error.message);
  // the setup signed the admin in: reload so the app starts as that user, on the sync screen
  await page.goto(`${app.url}/#/sync`);
  await page.reload();
  await page.getByTestId('sync-page').waitFor();
  offices.push({ app, page, code, county });
  return offices[offices.length - 1];
}

async function syncNow(page: Page) {
  const lastSuccess = () =>
    page.getByTestId('sync-last-success').locator('[data-instant]').getAttribute('data-instant');
  const before = await lastSuccess();
  await page.getByTestId('sync-now').click();
  await expect.poll(lastSuccess, { timeout: 20_000 }).not.toBe(before);
  await page.getByTestId('sync-now').and(page.locator(':not([disabled])')).waitFor();
}

const heldBy = async (code: string) =>
  (
    await server.db.read.query<{ entity: string; data: string }>(
      'SELECT r.entity, r.data FROM sync_record r JOIN office o ON o.id = r.office_id WHERE o.code = $1',
      [code],
    )
  ).map((r): Record<string, unknown> => ({ entity: r.entity, ...(JSON.parse(r.data) as Record<string, unknown>) }));

beforeAll(async () => {
  server = await startTestServer('sqlite');
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const o of offices) await o.app.stop();
  await server?.stop();
});

describe('two offices and a server', () => {
  it('each admin enrolls from the sync screen with the code the ministry issued', async () => {
    for (const [code, county] of [
      ['0801', 'کرمان'],
      ['0802', 'رفسنجان'],
    ]) {
      const enrollment = await server.newOffice(code, county);
      const { page } = await openOffice(code, county);
      await page.getByTestId('sync-not-enrolled').waitFor();
      await page.getByTestId('field-serverUrl').fill(server.url);
      await page.getByTestId('field-code').fill('WRONG-CODE-0000');
      await page.getByTestId('enroll-submit').click();
      // the refusal stands under the code field, once (not again in an alert above the form)
      const codeId = await page.getByTestId('field-code').getAttribute('id');
      await expect.poll(() => page.locator(`[id="${codeId}-helper-text"]`).textContent()).toContain('کد ثبت');
      expect(await page.getByTestId('form-error').count()).toBe(0);
      await page.getByTestId('field-code').fill(enrollment);
      await page.getByTestId('enroll-submit').click();
      await expect.poll(() => page.getByTestId('sync-office').textContent()).toContain(county);
    }
  });

  it('records go up with «همگام‌سازی اکنون»', async () => {
    const [k] = offices;
    const created = await apiCall(k.page, 'councils.create', {
      name: 'ماهان',
      kind: 'city',
      county: 'کرمان',
      province: 'کرمان',
    });
    expect(created.ok).toBe(true);
    await k.page.reload();
    await expect.poll(() => k.page.getByTestId('sync-waiting').textContent()).toContain('شورا');
    await syncNow(k.page);
    expect((await heldBy('0801')).filter((r) => r.entity === 'council').map((r) => r.name)).toEqual(['ماهان']);
    expect(await k.page.getByTestId('sync-waiting').textContent()).toContain('همهٔ سوابق');
  });

  it('what the ministry publishes comes down to the office it is for', async () => {
    await publishCouncils(
      server.db,
      [{ id: 'mc-1', name: 'کشکوئیه', kind: 'village', county: 'رفسنجان', province: 'کرمان' }],
      new Date().toISOString(),
    );
    const [k, r] = offices;
    await syncNow(r.page);
    const councils = await apiCall<{ name: string }[]>(r.page, 'councils.list', {});
    expect(councils.data.map((c) => c.name)).toEqual(['کشکوئیه']);
    // the office now owns it, and it went back up in the same run
    expect((await heldBy('0802')).some((x) => x.entity === 'council' && x.name === 'کشکوئیه')).toBe(true);
    await syncNow(k.page);
    expect((await apiCall<{ name: string }[]>(k.page, 'councils.list', {})).data.map((c) => c.name)).toEqual(['ماهان']);
  });

  it('a refused change is listed with the server reason', async () => {
    const [k] = offices;
    const [council] = (await apiCall<{ id: string; rev: number; name: string }[]>(k.page, 'councils.list', {})).data;
    // the server holds a later version of this council than the office will send (a restored backup)
    await server.db.tx((tx) => tx.query('UPDATE sync_record SET rev = 99 WHERE id = $1', [council.id]));
    await apiCall(k.page, 'councils.update', {
      id: council.id,
      rev: council.rev,
      name: 'ماهان',
      kind: 'city',
      county: 'کرمان',
      province: 'کرمان',
      nationalCode: '12',
      active: true,
    });
    await syncNow(k.page);
    const row = k.page.getByTestId('sync-rejected').getByTestId('sync-issue');
    await expect.poll(() => row.getByTestId('sync-issue-reason').textContent()).toContain('نسخهٔ تازه‌تری');
    expect(await row.textContent()).toContain('ماهان');
    await k.page.screenshot({ path: shotPath('sync-page'), fullPage: true });
  });

  it('a published change the office cannot apply is listed with why, and the rest applies', async () => {
    const [, r] = offices;
    const at = () => new Date().toISOString();
    await publishCouncils(server.db, [council('mc-2', 'بهرمان')], at());
    await syncNow(r.page);
    // the office's own council holds the name the ministry then gives mc-2
    expect((await apiCall(r.page, 'councils.create', council('', 'نوق'))).ok).toBe(true);
    await publishCouncils(server.db, [council('mc-2', 'نوق'), council('mc-3', 'کبوترخان')], at());
    await syncNow(r.page);
    const row = r.page.getByTestId('sync-set-aside').getByTestId('sync-issue');
    await expect.poll(() => row.getByTestId('sync-issue-reason').textContent()).toContain('نوق');
    const names = (await apiCall<{ name: string }[]>(r.page, 'councils.list', {})).data.map((c) => c.name);
    expect(names).toContain('کبوترخان');
    await r.page.setViewportSize({ width: 1366, height: 768 });
    await r.page.screenshot({ path: shotPath('sync-set-aside'), fullPage: true });
  });
});

function council(id: string, name: string) {
  return { ...(id ? { id } : {}), name, kind: 'village', county: 'رفسنجان', province: 'کرمان' };
}
