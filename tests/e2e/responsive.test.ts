// Every page from a phone's width (issue 15 item 2) in Chromium through browser mode: on a phone at
// the narrowest (360×800; the other phone tests use 390×844) and a tablet (820×1180) the
// secretary and a member reach the desk, the register, a resolution, a session and the letters
// through the menu button; no page scrolls sideways, the menu closes once a page is picked, a dialog
// takes the phone's whole screen, and what is pressed is at least 44 px tall. At 1366×768 the
// permanent side menu and the desktop's sizes stay. Screenshots of each page at the three sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, shotPath, signInAs, startApp, type RunningApp } from '../support/app';
import { OFFICE, resolutionInput, seedOffice, startCore, tempDir } from '../support/core';

const NOW = '2026-11-23T08:00:00Z';

let app: RunningApp;
let browser: Browser;
let resolutionId = '';
let sessionId = '';
let letterId = '';

async function prepareOffice(dir: string) {
  const t = await startCore({ dir, now: NOW, jobs: false });
  const { kerman } = await seedOffice(t);
  const ids = [];
  for (const n of [1, 2, 3]) {
    const r = await t.call(
      'resolutions.register',
      resolutionInput(kerman.id, {
        councilResolutionNumber: `${n}/۹`,
        incomingNumber: `۱۴۰۵/ع/${n}`,
        title: n === 2 ? 'نام‌گذاری بوستان محله‌ای در منطقهٔ دو' : `اخذ عوارض بهای خدمات پسماند ${n}`,
      }),
    );
    ids.push((await t.call('review.sendToPanel', { resolutionId: r.id, rev: r.rev })).id);
  }
  resolutionId = ids[0];
  const s = await t.call('sessions.schedule', { date: '2026-11-25', time: '10:00', place: 'سالن جلسات فرمانداری' });
  await t.call('sessions.setAgenda', { id: s.session.id, rev: s.session.rev, resolutionIds: ids });
  sessionId = s.session.id;
  const draft = await t.call('letters.createDraft', { kind: 'free' });
  await t.call('letters.updateDraft', {
    ...draft,
    recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
    subject: 'ارسال فهرست مصوبات بررسی‌شده',
    body: '<p>احتراماً، به پیوست فهرست مصوبات بررسی‌شده ارسال می‌شود.</p>',
  });
  letterId = draft.id;
  await t.close();
}

beforeAll(async () => {
  const dir = tempDir('tatbiq-responsive-');
  await prepareOffice(dir);
  app = await startApp({ dataDir: dir, clock: NOW });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const SIZES = {
  phone: { width: 360, height: 800 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1366, height: 768 },
} as const;

const NAMES: Record<string, string> = { admin: OFFICE.admin.fullName, secretary: 'زهرا دبیری' };

async function open(size: keyof typeof SIZES, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: SIZES[size], locale: 'fa-IR', hasTouch: size !== 'desktop' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(app.url);
  await signInAs(page, username, username === 'admin' ? OFFICE.admin.password : undefined);
  return { context, page };
}

/**
 * Neither the window nor the page's own scroller is wider than the screen; when one is, the
 * elements that stick out past the left edge (the end of a right-to-left line) are named too.
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide = [document.documentElement, document.querySelector('[data-testid="page-scroller"]')]
      .filter((e): e is HTMLElement => e instanceof HTMLElement && e.scrollWidth > e.clientWidth)
      .map((e) => `${e.dataset.testid ?? e.tagName}: ${e.scrollWidth} > ${e.clientWidth}`);
    if (wide.length === 0) return [];
    const out = [...document.querySelectorAll<HTMLElement>('main *')].filter(
      (e) => e.getBoundingClientRect().left < -1 && ![...e.children].some((c) => c.getBoundingClientRect().left < -1),
    );
    return [...wide, ...out.slice(0, 3).map((e) => `${e.tagName}.${e.className} «${e.innerText.slice(0, 30)}»`)];
  });
}

async function height(page: Page, testId: string): Promise<number> {
  const box = await page.getByTestId(testId).first().boundingBox();
  if (!box) throw new Error(`${testId} is not shown`);
  return box.height;
}

/** Opens the menu from the app bar, picks `nav`, and checks the drawer has gone off the page. */
async function viaMenu(page: Page, nav: string, pageId: string) {
  expect(await height(page, 'nav-menu-button')).toBeGreaterThanOrEqual(44);
  await page.getByTestId('nav-menu-button').click();
  const item = page.getByTestId(nav);
  await item.waitFor();
  expect(await height(page, nav), nav).toBeGreaterThanOrEqual(44);
  await item.click();
  await page.getByTestId(pageId).waitFor();
  await item.waitFor({ state: 'hidden' });
}

/** Opens a page by address (a page without a menu item), waits for it, and checks its width. */
async function visit(page: Page, hash: string, pageId: string) {
  await page.goto(`${app.url}/#/${hash}`);
  await page.getByTestId(pageId).waitFor();
}

async function settled(page: Page, shot: string) {
  // the grid's first measure and the fonts, before the widths are read
  await page.waitForTimeout(400);
  await page.screenshot({ path: shotPath(shot) });
  expect(await overflow(page), shot).toEqual([]);
}

for (const size of ['phone', 'tablet'] as const) {
  describe(`on a ${size} (${SIZES[size].width}×${SIZES[size].height})`, () => {
    it('the secretary reaches every page through the menu, none scrolls sideways', async () => {
      const { context, page } = await open(size, 'secretary');
      await page.getByTestId('desk-page').waitFor();
      expect(await page.getByTestId('nav-desk').count()).toBe(0);
      await settled(page, `responsive-${size}-secretary-01-desk`);
      await page.getByTestId('nav-menu-button').click();
      await page.getByTestId('nav-register').waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: shotPath(`responsive-${size}-secretary-01b-menu`) });
      await page.keyboard.press('Escape');
      await page.getByTestId('nav-register').waitFor({ state: 'hidden' });
      await viaMenu(page, 'nav-register', 'register-page');
      await page.getByTestId('register-grid').getByRole('row').nth(3).waitFor();
      expect(await height(page, 'new-resolution-button')).toBeGreaterThanOrEqual(44);
      await settled(page, `responsive-${size}-secretary-02-register`);
      await page.getByTestId('register-grid').getByRole('row').nth(1).click();
      await page.getByTestId('resolution-page').waitFor();
      expect(page.url()).toContain('#/resolutions/');
      await settled(page, `responsive-${size}-secretary-03-resolution`);
      await viaMenu(page, 'nav-sessions', 'sessions-page');
      await settled(page, `responsive-${size}-secretary-04-sessions`);
      await visit(page, `sessions/${sessionId}`, 'session-page');
      await page.getByTestId('findings').waitFor();
      await settled(page, `responsive-${size}-secretary-05-session`);
      await viaMenu(page, 'nav-letters', 'letters-page');
      await settled(page, `responsive-${size}-secretary-06-letters`);
      await visit(page, `letters/${letterId}`, 'letter-page');
      await settled(page, `responsive-${size}-secretary-07-letter`);
      await context.close();
    });

    it('a member reaches the workspace, the desk, the register, a resolution, a session and the letters', async () => {
      const { context, page } = await open(size, 'member1');
      await page.getByTestId('workspace-page').waitFor();
      await settled(page, `responsive-${size}-member-01-workspace`);
      await viaMenu(page, 'nav-desk', 'desk-page');
      await settled(page, `responsive-${size}-member-02-desk`);
      await viaMenu(page, 'nav-register', 'register-page');
      await settled(page, `responsive-${size}-member-03-register`);
      await visit(page, `resolutions/${resolutionId}`, 'resolution-page');
      await settled(page, `responsive-${size}-member-04-resolution`);
      await visit(page, `sessions/${sessionId}`, 'session-page');
      await page.getByTestId('findings').waitFor();
      // on a phone the findings are one card per item, with the member's own buttons on it
      if (size === 'phone') await page.getByTestId('findings-cards').waitFor();
      else await page.getByTestId('findings-table').waitFor();
      await settled(page, `responsive-${size}-member-05-session`);
      const firstItem = page.locator('[data-testid^="item-"]').first();
      await firstItem.scrollIntoViewIfNeeded();
      const itemId = (await firstItem.getAttribute('data-testid'))!.slice('item-'.length);
      // the member's own finding buttons, on the card or in their column
      for (const button of await firstItem.getByRole('button').all()) {
        if (await button.isVisible()) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      expect(await firstItem.getByRole('button').count()).toBeGreaterThan(0);
      expect(itemId).not.toBe('');
      await page.screenshot({ path: shotPath(`responsive-${size}-member-05b-findings`) });
      await viaMenu(page, 'nav-letters', 'letters-page');
      await settled(page, `responsive-${size}-member-06-letters`);
      // a link on the page, not the menu, also leaves the drawer closed
      await viaMenu(page, 'nav-workspace', 'workspace-page');
      await context.close();
    });

    it('the other pages fit too: settings, administration, reports, a new resolution, contacts', async () => {
      const pages: [string, string, string, string][] = [
        ['admin', 'users', 'users-page', 'users-grid'],
        ['admin', 'councils', 'councils-page', 'councils-grid'],
        ['admin', 'references', 'references-page', 'references-grid'],
        ['admin', 'backup', 'backup-page', 'backup-page'],
        ['admin', 'sync', 'sync-page', 'sync-page'],
        ['admin', 'letters/settings', 'letter-settings-page', 'letter-settings-page'],
        ['secretary', 'reports', 'reports-page', 'reports-page'],
        ['secretary', 'resolutions/new', 'new-resolution-page', 'resolution-form'],
        ['secretary', 'contacts', 'contacts-page', 'contacts-page'],
      ];
      let context: BrowserContext | null = null;
      let page: Page | null = null;
      for (const [username, hash, pageId, ready] of pages) {
        if (!page || (await page.getByTestId('user-name').textContent()) !== NAMES[username]) {
          await context?.close();
          ({ context, page } = await open(size, username));
        }
        await visit(page, hash, pageId);
        await page.getByTestId(ready).waitFor();
        await settled(page, `responsive-${size}-more-${hash.replace('/', '-')}`);
      }
      await context?.close();
    });

    it(`a dialog ${size === 'phone' ? 'takes the whole screen' : 'stays a dialog'}`, async () => {
      const { context, page } = await open(size, 'secretary');
      await page.getByTestId('user-menu').click();
      await page.getByTestId('menu-change-password').click();
      const dialog = page.getByTestId('change-password-dialog').locator('.MuiDialog-paper');
      await dialog.waitFor();
      const box = (await dialog.boundingBox())!;
      const { width, height: tall } = SIZES[size];
      if (size === 'phone') {
        expect(box).toEqual({ x: 0, y: 0, width, height: tall });
      } else {
        expect(box.width).toBeLessThan(width - 32);
        expect(box.height).toBeLessThan(tall - 32);
      }
      for (const button of await page.getByTestId('change-password-dialog').getByRole('button').all()) {
        expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      }
      await page.screenshot({ path: shotPath(`responsive-${size}-secretary-08-dialog`) });
      await context.close();
    });
  });
}

describe('on the desktop (1366×768)', () => {
  it('keeps the permanent side menu and the dense sizes', async () => {
    const { context, page } = await open('desktop', 'secretary');
    await page.getByTestId('desk-page').waitFor();
    expect(await page.getByTestId('nav-menu-button').count()).toBe(0);
    const drawer = (await page.getByTestId('nav-drawer').locator('.MuiDrawer-paper').boundingBox())!;
    expect(drawer).toMatchObject({ x: 1366 - 248, width: 248 });
    await settled(page, 'responsive-desktop-secretary-01-desk');
    await page.getByTestId('nav-register').click();
    await page.getByTestId('register-page').waitFor();
    // the menu is still there after a pick, and the desktop's buttons keep their size
    expect(await page.getByTestId('nav-register').isVisible()).toBe(true);
    expect(await height(page, 'new-resolution-button')).toBeLessThan(40);
    const columns = page.getByTestId('register-grid').locator('.MuiDataGrid-columnHeader');
    await expect.poll(() => columns.count()).toBe(8);
    await settled(page, 'responsive-desktop-secretary-02-register');
    await visit(page, `sessions/${sessionId}`, 'session-page');
    await page.getByTestId('findings-table').waitFor();
    await settled(page, 'responsive-desktop-secretary-03-session');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-change-password').click();
    const dialog = (await page.getByTestId('change-password-dialog').locator('.MuiDialog-paper').boundingBox())!;
    expect(dialog.width).toBeLessThan(700);
    await context.close();
  });

  it('gives a member the same menu beside the workspace', async () => {
    const { context, page } = await open('desktop', 'member1');
    await page.getByTestId('workspace-page').waitFor();
    await page.getByTestId('nav-workspace').waitFor();
    expect(await page.getByTestId('nav-menu-button').count()).toBe(0);
    await settled(page, 'responsive-desktop-member-01-workspace');
    await context.close();
  });
});
