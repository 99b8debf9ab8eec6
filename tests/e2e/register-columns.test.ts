// Issue 11 items 11 and 12 on the register's screen at 1366×768: the deadline column (days left
// in Persian digits, coloured when close or past), a subject wide enough to read, numbers and
// status chips never cut, and a first click on a column header sorting it ascending, council
// names in Persian alphabetical order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createCityCouncil, officeInBrowser, shotPath, signInAs, type OfficeInBrowser } from '../support/app';
import { api, loginAs } from '../support/seed';
import type { Resolution } from '../../shared/schemas/resolution';

let office: OfficeInBrowser | undefined;
let page: Page;

const SECRETARY = { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' } as const;
/** 1405/09/04 */
const NOW = new Date('2026-11-25T10:30:00+03:30').toISOString();
let seq = 0;

async function register(councilId: string, receiptDate: string, over: Record<string, unknown> = {}) {
  seq += 1;
  return api<Resolution>(page, 'resolutions.register', {
    councilId,
    councilResolutionNumber: `${seq * 7}/۴۵`,
    councilSessionNumber: '۴۵',
    councilSessionDate: '2026-11-01',
    approvalDate: '2026-11-01',
    receiptDate,
    incomingNumber: `۱۴۰۵/۲۳۴۵${seq}`,
    title: 'تعیین نرخ عوارض صدور پروانهٔ ساختمانی و بهای خدمات پسماند برای سال ۱۴۰۶ در محدودهٔ شهر',
    text: 'ماده ۱- عوارض صدور پروانه مطابق جدول پیوست وصول می‌شود.',
    category: 'fees',
    attachments: [],
    confirmLate: true,
    ...over,
  });
}

const grid = () => page.getByTestId('register-grid');
const rows = () => grid().locator('[role="row"][data-id]');
const councilsShown = () =>
  rows().evaluateAll((els) =>
    els.map((el) => el.querySelector('[data-field="councilDisplayName"]')?.textContent?.trim() ?? ''),
  );

beforeAll(async () => {
  office = await officeInBrowser(NOW, [SECRETARY]);
  page = office.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  const ids: Record<string, string> = {};
  for (const name of ['یزد', 'گلباف', 'كرمان', 'پاریز', 'بافت']) ids[name] = await createCityCouncil(page, name);
  await loginAs(page, SECRETARY.username);
  await register(ids['یزد'], '2026-11-24'); // many days left
  await register(ids['گلباف'], '2026-11-12'); // close
  await register(ids['كرمان'], '2026-11-11'); // today is the last day
  await register(ids['پاریز'], '2026-11-05'); // registered after the window: lapsed, no deadline
  await register(ids['بافت'], '2026-11-20', { incomingNumber: '۱۴۰۵/۱۲۳۴۵۶/الف' });
  await signInAs(page, SECRETARY.username);
}, 120_000);

afterAll(() => office?.close());

describe('the register at 1366×768 (issue 11)', () => {
  it('shows days left to each deadline in Persian digits, coloured when close or past', async () => {
    await page.getByTestId('nav-register').click();
    await expect.poll(() => rows().count(), { timeout: 10_000 }).toBe(5);
    const header = grid().locator('[role="columnheader"][data-field="dueDate"]');
    await expect(header.textContent()).resolves.toContain('مهلت');
    const deadlines = await grid()
      .getByTestId('register-deadline')
      .evaluateAll((els) =>
        els.map((el) => [el.textContent, Number(el.getAttribute('data-days-left')), getComputedStyle(el).color]),
      );
    const byDays = new Map(deadlines.map(([text, days, color]) => [days as number, { text, color }]));
    expect([...byDays.keys()].sort((a, b) => a - b)).toEqual([0, 1, 10, 13]);
    expect(byDays.get(0)!.text).toBe('امروز');
    expect(byDays.get(13)!.text).toBe('۱۳ روز مانده');
    // close deadlines stand out from the far ones
    expect(byDays.get(0)!.color).toBe(byDays.get(1)!.color);
    expect(byDays.get(0)!.color).not.toBe(byDays.get(13)!.color);
    await page.screenshot({ path: shotPath('register-1366-deadlines') });
  });

  it('keeps the subject readable and never cuts a number or a status chip', async () => {
    const fit = await grid().evaluate((g) => {
      const cells = (field: string) => [...g.querySelectorAll(`[role="row"][data-id] [data-field="${field}"]`)];
      return {
        title: Math.min(...cells('title').map((c) => c.getBoundingClientRect().width)),
        // every column is in view: none falls off the left edge (no sideways scrolling)
        offEdge: [...g.querySelectorAll('[role="columnheader"]')]
          .filter((h) => h.getBoundingClientRect().left < g.getBoundingClientRect().left - 1)
          .map((h) => h.getAttribute('data-field')),
        // a number is wholly inside its cell (it may only break after a separator)
        numbersCut: [...g.querySelectorAll('[data-testid="register-number"]')]
          .filter((n) => {
            const r = n.getBoundingClientRect();
            const c = n.closest('[role="gridcell"]')!.getBoundingClientRect();
            return r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1;
          })
          .map((e) => e.textContent),
        chipsCut: [...g.querySelectorAll('[data-testid="status-chip"] .MuiChip-label')]
          .filter((l) => l.scrollWidth > l.clientWidth + 1)
          .map((e) => e.textContent),
      };
    });
    expect(fit.title).toBeGreaterThanOrEqual(230);
    expect(fit.offEdge).toEqual([]);
    expect(fit.numbersCut).toEqual([]);
    expect(fit.chipsCut).toEqual([]);
  });

  it('sorts ascending on the first click, council names in Persian alphabetical order', async () => {
    const header = grid().locator('[role="columnheader"][data-field="councilDisplayName"]');
    await header.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const places = ['بافت', 'پاریز', 'کرمان', 'گلباف', 'یزد'].map((p) => `شورای اسلامی شهر ${p}`);
    await expect.poll(councilsShown).toEqual(places);
    await header.click();
    await expect.poll(councilsShown).toEqual([...places].reverse());
    await page.screenshot({ path: shotPath('register-1366-sorted') });
  });
});
