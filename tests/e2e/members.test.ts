// The member's workspace (issue 15 items 3 and 4) in Chromium through browser mode, on a phone
// (390×844): a member signs in, lands on the workspace, reads a resolution's text, records a
// finding and writes a private note; the secretary, in another browser context, cannot read the
// note by any means. Screenshots at 390×844 and 1366×768.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiCall, launchBrowser, shotPath, signInAs, startApp, type RunningApp } from '../support/app';
import { officeWithAgenda, tempDir } from '../support/core';

const NOW = '2026-11-23T08:00:00Z';
const NOTE = 'پرسش از نمایندهٔ شورا دربارهٔ مبنای محاسبهٔ عوارض';

let app: RunningApp;
let browser: Browser;
let phone: BrowserContext;
let desk: BrowserContext;
let page: Page;
let sessionId = '';

beforeAll(async () => {
  const dir = tempDir('tatbiq-members-');
  ({ sessionId } = await officeWithAgenda(dir, NOW, (n) => ({
    title: n === 1 ? 'اخذ عوارض بهای خدمات پسماند' : 'نام‌گذاری بوستان محله‌ای در منطقهٔ دو',
    receiptDate: n === 1 ? '2026-11-15' : '2026-11-20',
  })));
  app = await startApp({ dataDir: dir, clock: NOW });
  browser = await launchBrowser();
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'fa-IR',
    hasTouch: true,
    acceptDownloads: true,
  });
  desk = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
  page = await phone.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(app.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const noSidewaysScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe('a member on a phone', () => {
  it('lands on the workspace, reads the text, records a finding and writes a private note', async () => {
    await signInAs(page, 'member1');
    await page.getByTestId('workspace-page').waitFor();
    expect(page.url()).toContain('#/me');
    const cards = page.locator('[data-testid^="waiting-"]');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await noSidewaysScroll(page)).toBe(true);
    // the nearest deadline first: the earlier receipt
    await expect(cards.first().innerText()).resolves.toContain('پسماند');
    await page.screenshot({ path: shotPath('members-01-workspace-390'), fullPage: true });

    const first = cards.first();
    const itemId = (await first.getAttribute('data-testid'))!.slice('waiting-'.length);
    await page.getByTestId(`show-text-${itemId}`).click();
    await expect.poll(() => page.getByTestId('resolution-text').innerText()).toContain('شورای اسلامی شهر کرمان');
    // touch targets of at least 44 px
    for (const id of [`show-text-${itemId}`, `ws-finding-${itemId}-conflict`, `note-${itemId}-save`]) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box!.height, id).toBeGreaterThanOrEqual(44);
    }

    await page.getByTestId(`note-${itemId}-text`).fill(NOTE);
    await page.getByTestId(`note-${itemId}-save`).click();
    await expect.poll(() => page.getByTestId(`note-${itemId}-save`).isDisabled()).toBe(true);
    await page.screenshot({ path: shotPath('members-02-text-and-note-390'), fullPage: true });

    await page.getByTestId(`ws-finding-${itemId}-conflict`).click();
    await expect.poll(() => cards.count()).toBe(1);
    const mine = await apiCall<{ items: { id: string; findings: { memberId: string; finding: string }[] }[] }>(
      page,
      'sessions.get',
      { id: sessionId },
    );
    const item = mine.data.items.find((i) => i.id === itemId)!;
    expect(item.findings.map((f) => f.finding)).toEqual(['conflict']);
    // the note is still there after the card has gone: on the session page's panel
    await page.goto(`${app.url}/#/sessions/${sessionId}`);
    await page.getByTestId('my-notes-panel').waitFor();
    await page.getByTestId(`notes-item-${itemId}`).click();
    await expect.poll(() => page.getByTestId(`note-${itemId}-text`).inputValue()).toBe(NOTE);
  });

  it('downloads the session pack on the phone', async () => {
    await page.goto(`${app.url}/#/me`);
    await page.getByTestId('workspace-page').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`pack-${sessionId}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe('session-1405-1.pdf');
    const file = await download.path();
    expect(fs.readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('looks right on the desktop too', async () => {
    const p = await desk.newPage();
    await p.clock.setFixedTime(new Date(NOW));
    await p.goto(app.url);
    await signInAs(p, 'member2');
    await p.getByTestId('workspace-page').waitFor();
    await p.getByTestId('nav-workspace').waitFor();
    await p.screenshot({ path: shotPath('members-03-workspace-1366') });
    await p.close();
  });

  it('the secretary, in another browser, cannot read the note', async () => {
    const p = await desk.newPage();
    await p.clock.setFixedTime(new Date(NOW));
    await p.goto(app.url);
    await signInAs(p, 'secretary');
    await p.getByTestId('desk-page').waitFor();
    const refused = await apiCall(p, 'notes.list', { sessionId });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('forbidden');
    await p.goto(`${app.url}/#/sessions/${sessionId}`);
    await p.getByTestId('session-page').waitFor();
    expect(await p.getByTestId('my-notes-panel').count()).toBe(0);
    expect(await p.content()).not.toContain(NOTE);
    await p.screenshot({ path: shotPath('members-04-secretary-session-1366') });

    // the secretary keeps the panel's contacts
    await p.getByTestId('nav-contacts').click();
    await p.getByTestId('contacts-page').waitFor();
    const cards = p.locator('[data-testid^="contact-edit-"]');
    await expect.poll(() => cards.count()).toBe(4);
    await cards.nth(1).click();
    await p.getByTestId('contact-phone').fill('۰۹۱۲۳۴۵۶۷۸۹');
    await p.getByTestId('contact-email').fill('judge@example.ir');
    await p.getByTestId('contact-save').click();
    await p.getByTestId('contact-dialog').waitFor({ state: 'detached' });
    await p.screenshot({ path: shotPath('members-05-contacts-1366') });
  });

  it('the member sees the contacts on the phone', async () => {
    await page.goto(`${app.url}/#/me`);
    await page.getByTestId('ws-contacts').click();
    await page.getByTestId('contacts-page').waitFor();
    await expect.poll(() => page.locator('a[href="tel:09123456789"]').count()).toBe(1);
    expect(await page.locator('a[href="mailto:judge@example.ir"]').count()).toBe(1);
    expect(await page.locator('[data-testid^="contact-edit-"]').count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: shotPath('members-06-contacts-390'), fullPage: true });
  });
});
