// Messages (issue 15 item 5) in Chromium through browser mode: a member on a phone (390×844), in
// a second browser context, writes to the secretary on a session's thread; the secretary's desk
// (1366×768) shows the unread count; the secretary answers; the member sees the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, shotPath, signInAs, startApp, type RunningApp } from '../support/app';
import { officeWithAgenda, tempDir } from '../support/core';

const NOW = '2026-11-23T08:00:00Z';
const QUESTION = 'سلام؛ پیوست نظر کارشناس بند دوم در بستهٔ جلسه نیست. لطفاً بفرستید.';
const ANSWER = 'سلام؛ پیوست شد. بستهٔ جلسه را دوباره بگیرید.';

let app: RunningApp;
let browser: Browser;
let phone: BrowserContext;
let desk: BrowserContext;
let member: Page;
let secretary: Page;
let sessionId = '';
let resolutionId = '';

beforeAll(async () => {
  const dir = tempDir('tatbiq-messages-');
  // scheduling and the agenda post two notices on the session's thread
  let resolutionIds: string[];
  ({ sessionId, resolutionIds } = await officeWithAgenda(dir, NOW));
  resolutionId = resolutionIds[0];
  app = await startApp({ dataDir: dir, clock: NOW });
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fa-IR', hasTouch: true });
  desk = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'fa-IR' });
  member = await phone.newPage();
  secretary = await desk.newPage();
  for (const p of [member, secretary]) {
    await p.clock.setFixedTime(new Date(NOW));
    await p.goto(app.url);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const noSidewaysScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
const text = (p: Page, testId: string) => p.getByTestId(testId).innerText();

describe('messages between a member and the secretary', () => {
  it('the member, on a phone, sees the session notices and writes on the session thread', async () => {
    await signInAs(member, 'member1');
    await member.getByTestId('workspace-page').waitFor();
    await expect.poll(() => text(member, 'ws-messages-unread'), { timeout: 15_000 }).toBe('۲');
    await member.screenshot({ path: shotPath('messages-01-workspace-unread-390'), fullPage: true });

    await member.goto(`${app.url}/#/sessions/${sessionId}`);
    await member.getByTestId('open-thread').waitFor();
    await member.screenshot({ path: shotPath('messages-00-session-page-390') });
    await member.getByTestId('open-thread').click();
    await member.getByTestId('thread-view').waitFor();
    await expect.poll(() => member.locator('[data-testid^="message-"]').count()).toBe(2);
    expect(await text(member, 'thread-messages')).toContain('برنامه‌ریزی شد');
    // reading the thread clears the badge
    await expect.poll(() => member.getByTestId('ws-messages-unread').count(), { timeout: 15_000 }).toBe(0);
    await member.getByTestId('compose-text').fill(QUESTION);
    await member.getByTestId('compose-send').click();
    await expect.poll(() => member.locator('[data-testid^="message-"]').count()).toBe(3);
    expect(await member.locator('[data-mine="1"]').innerText()).toContain(QUESTION);
    expect(await noSidewaysScroll(member)).toBe(true);
    const send = await member.getByTestId('compose-send').boundingBox();
    expect(send!.height).toBeGreaterThanOrEqual(44);
    await member.screenshot({ path: shotPath('messages-02-member-thread-390'), fullPage: true });
  });

  it("the secretary's desk shows the unread message; the secretary answers", async () => {
    await signInAs(secretary, 'secretary');
    await secretary.getByTestId('desk-page').waitFor();
    await expect.poll(() => text(secretary, 'desk-unread'), { timeout: 15_000 }).toContain('۱ پیام خوانده‌نشده');
    expect(await text(secretary, 'nav-messages-unread')).toBe('۱');
    await secretary.screenshot({ path: shotPath('messages-03-desk-unread-1366') });

    await secretary.getByTestId('nav-messages').click();
    await secretary.getByTestId('messages-page').waitFor();
    const row = secretary.locator('[data-testid^="thread-unread-"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toBe('۱');
    await secretary.screenshot({ path: shotPath('messages-04-list-1366') });
    await secretary.locator('[data-testid^="thread-"][href]').first().click();
    await expect.poll(() => text(secretary, 'thread-messages')).toContain(QUESTION);
    await expect.poll(() => secretary.getByTestId('nav-messages-unread').count(), { timeout: 15_000 }).toBe(0);
    await secretary.getByTestId('compose-text').fill(ANSWER);
    await secretary.getByTestId('compose-send').click();
    await expect.poll(() => secretary.locator('[data-mine="1"]').last().innerText()).toContain(ANSWER);
    expect(await secretary.getByTestId('desk-unread').count()).toBe(0);
    await secretary.screenshot({ path: shotPath('messages-05-secretary-thread-1366') });
  });

  it('the member sees the answer on the phone', async () => {
    await expect.poll(() => text(member, 'thread-messages'), { timeout: 20_000 }).toContain(ANSWER);
    const answer = member.locator('[data-mine="0"]').last();
    expect(await answer.innerText()).toContain('زهرا دبیری');
    expect(await noSidewaysScroll(member)).toBe(true);
    await member.screenshot({ path: shotPath('messages-06-member-answer-390'), fullPage: true });
    // the list, on the phone
    await member.goto(`${app.url}/#/messages`);
    await member.getByTestId('thread-list').waitFor();
    expect(await noSidewaysScroll(member)).toBe(true);
    await member.screenshot({ path: shotPath('messages-07-member-list-390'), fullPage: true });
  });

  it('a direct thread from the phone, a resolution thread and a notice from the secretary', async () => {
    await member.getByTestId('new-direct').click();
    const dialog = member.getByTestId('new-direct-dialog');
    await dialog.waitFor();
    const people = member.locator('[data-testid^="person-"]');
    await expect.poll(() => people.count()).toBe(2); // the secretary and the admin, not other members
    await member.screenshot({ path: shotPath('messages-08-new-direct-390'), animations: 'disabled' });
    await people.filter({ hasText: 'زهرا دبیری' }).click();
    await member.getByTestId('thread-view').waitFor();
    await expect.poll(() => text(member, 'thread-title')).toBe('زهرا دبیری');
    await member.getByTestId('compose-text').fill('پرسشی خصوصی دربارهٔ زمان جلسه');
    await member.getByTestId('compose-send').click();
    await expect.poll(() => member.locator('[data-mine="1"]').count()).toBe(1);

    // the secretary opens the resolution's thread from its page and sends a notice on the session's
    await secretary.goto(`${app.url}/#/resolutions/${resolutionId}`);
    await secretary.getByTestId('open-thread').waitFor();
    await secretary.screenshot({ path: shotPath('messages-10-resolution-page-1366') });
    await secretary.getByTestId('open-thread').click();
    await secretary.getByTestId('thread-view').waitFor();
    await expect.poll(() => text(secretary, 'thread-title')).toContain('۱۴۰۵/ع/۱');
    expect(await secretary.getByTestId('compose-notice').count()).toBe(0); // notices are for sessions
    await secretary.goto(`${app.url}/#/sessions/${sessionId}`);
    await secretary.getByTestId('open-thread').click();
    await secretary.getByTestId('compose-notice').check();
    await secretary.getByTestId('compose-text').fill('جلسه رأس ساعت آغاز می‌شود.');
    await secretary.getByTestId('compose-send').click();
    await expect.poll(() => text(secretary, 'thread-messages')).toContain('رأس ساعت');
    await expect.poll(() => text(secretary, 'thread-list')).toContain('پرسشی خصوصی');
    await secretary.screenshot({ path: shotPath('messages-09-secretary-notice-1366') });

    await member.goto(`${app.url}/#/me`);
    await expect.poll(() => text(member, 'ws-messages-unread'), { timeout: 15_000 }).toBe('۱');
  });
});
