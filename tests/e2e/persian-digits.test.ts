// Issue 11 item 14: digits typed on a Latin keyboard in a title or text are shown as Persian digits
// (the stored text stays as typed), while left-to-right text such as a user name keeps its Latin
// digits. What is drawn is compared pixel for pixel on a canvas, in the element's own font.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createCityCouncil, officeInBrowser, shotPath, signInAs, type OfficeInBrowser } from '../support/app';
import { api } from '../support/seed';
import { resolutionInput } from '../support/fixtures';

let office: OfficeInBrowser | undefined;
let page: Page;

const NOW = new Date('2026-11-25T10:30:00+03:30').toISOString();
const TITLE = 'عوارض سال 1406 بند 12';
const USER = { username: 'dabir2', fullName: 'زهرا دبیری', role: 'secretary' } as const;

/**
 * Whether the element's own font paints Latin digits as plain Vazirmatn does (Latin shapes): the
 * digits are painted on a canvas in both fonts and compared.
 */
async function digitsReadPersian(el: Locator): Promise<{ latinLikeLatin: boolean }> {
  await page.evaluate(() => document.fonts.ready);
  return el.evaluate(async (node) => {
    const own = getComputedStyle(node).font;
    const plain = own.replace(/"?Vazirmatn FD"?,\s*/, '');
    await document.fonts.load(own, '1406');
    await document.fonts.load(plain, '1406');
    const paint = (font: string, t: string) => {
      const c = document.createElement('canvas');
      c.width = 300;
      c.height = 60;
      const g = c.getContext('2d')!;
      g.font = font;
      g.fillText(t, 10, 40);
      return g.getImageData(0, 0, c.width, c.height).data.join(',');
    };
    const drawn = paint(own, '1406');
    return { latinLikeLatin: drawn === paint(plain, '1406') };
  });
}

beforeAll(async () => {
  office = await officeInBrowser(NOW, [USER]);
  page = office.page;
  await page.setViewportSize({ width: 1366, height: 768 });
}, 120_000);

afterAll(() => office?.close());

describe('digits on screen (issue 11, item 14)', () => {
  it('a user name, written left to right, keeps its Latin digits (the admin, first)', async () => {
    await page.getByTestId('nav-users').click();
    const name = page.getByText(USER.username, { exact: true }).first();
    await name.waitFor();
    expect((await digitsReadPersian(name)).latinLikeLatin).toBe(true);
  });

  it('a title typed with Latin digits is drawn with Persian digits, and stored as typed', async () => {
    const councilId = await createCityCouncil(page, 'کرمان');
    await signInAs(page, USER.username);
    await api(page, 'resolutions.register', { attachments: [], ...resolutionInput(councilId, { title: TITLE }) });
    await page.getByTestId('nav-register').click();
    const cell = page.getByText(TITLE, { exact: true }).first();
    await cell.waitFor();
    await page.screenshot({ path: shotPath('persian-digits-register.png') });
    expect((await digitsReadPersian(cell)).latinLikeLatin).toBe(false);
    const list = await api<{ rows: { title: string }[] }>(page, 'resolutions.list', {});
    expect(list.rows[0].title).toBe(TITLE);
  });
});
