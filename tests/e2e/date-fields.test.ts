// Issue 11 item 3: a mistyped date is refused with a Persian message in every date field (the
// shared JalaliDateField: the resolution form, every dialog's DateCell, the register's filters),
// typed with Persian or Latin digits; it is never rolled over into another date. Item 14: an
// empty required date asks for the date.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  createCityCouncil,
  officeInBrowser,
  shotPath,
  signInAs,
  typeDateText,
  type OfficeInBrowser,
} from '../support/app';
import { api } from '../support/seed';
import type { ResolutionPage } from '../../shared/schemas/resolution';

let office: OfficeInBrowser | undefined;
let page: Page;

const SECRETARY = { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' } as const;
const NOW = new Date('2026-11-25T10:30:00+03:30').toISOString();

const helper = (testId: string) => page.getByTestId(testId).locator('.MuiFormHelperText-root');
const valueOf = (testId: string) => page.getByTestId(testId).locator('input').inputValue();

beforeAll(async () => {
  office = await officeInBrowser(NOW, [SECRETARY]);
  page = office.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await createCityCouncil(page, 'کرمان');
  await signInAs(page, SECRETARY.username);
}, 120_000);

afterAll(() => office?.close());

describe('date fields refuse impossible dates (issue 11, items 3 and 14)', () => {
  it('the resolution form: month 13 and Mehr 31 are refused, in either digit set, and nothing is registered', async () => {
    await page.getByTestId('nav-new-resolution').click();
    await page.getByTestId('field-councilId').locator('input').fill('کرمان');
    await page.getByRole('option').first().click();
    await page.getByTestId('field-councilResolutionNumber').fill('۱۲/۴۰');
    await page.getByTestId('field-councilSessionNumber').fill('۴۰');
    await page.getByTestId('field-incomingNumber').fill('۱۴۰۵/۲۲۰۰');
    await page.getByTestId('field-category').click();
    await page.getByRole('option', { name: 'درآمد و عوارض' }).click();
    await page.getByTestId('field-title').fill('عوارض نوسازی');
    await page.getByTestId('field-text').fill('ماده ۱- عوارض نوسازی.');

    await typeDateText(page, 'field-receiptDate', '۱۴۰۵/۱۳/۰۵');
    // the text stays as typed: no rollover to ۱۴۰۵/۰۳/۰۵
    await expect(valueOf('field-receiptDate')).resolves.toBe('۱۴۰۵/۱۳/۰۵');
    await expect
      .poll(() => helper('field-receiptDate').textContent())
      .toBe('ماه ۱۳ وجود ندارد؛ ماه باید از ۱ تا ۱۲ باشد.');

    await typeDateText(page, 'field-councilSessionDate', '1405/07/31');
    await expect(valueOf('field-councilSessionDate')).resolves.toBe('۱۴۰۵/۰۷/۳۱');
    await expect
      .poll(() => helper('field-councilSessionDate').textContent())
      .toBe('روز ۳۱ در ماه مهر نیست؛ این ماه ۳۰ روز دارد.');

    await page.getByTestId('resolution-submit').click();
    // said once, under the field; the schema's own «…تاریخ معتبری نیست» does not show beside it
    await expect
      .poll(() => helper('field-receiptDate').textContent())
      .toBe('ماه ۱۳ وجود ندارد؛ ماه باید از ۱ تا ۱۲ باشد.');
    await expect(page.locator('form').textContent()).resolves.not.toContain('تاریخ معتبری نیست');
    await page.screenshot({ path: shotPath('dates-01-impossible') });
    expect((await api<ResolutionPage>(page, 'resolutions.list', {})).total).toBe(0);

    // an empty required date asks for it
    await typeDateText(page, 'field-receiptDate', '');
    await page.getByTestId('resolution-submit').click();
    await expect.poll(() => helper('field-receiptDate').textContent()).toBe('تاریخ وصول را وارد کنید.');

    // Esfand 30 of a common year, Latin digits without separators
    await typeDateText(page, 'field-approvalDate', '14041230');
    await expect
      .poll(() => helper('field-approvalDate').textContent())
      .toBe('روز ۳۰ در ماه اسفند نیست؛ این ماه ۲۹ روز دارد.');

    // corrected, the same form registers with exactly the typed dates
    await typeDateText(page, 'field-councilSessionDate', '۱۴۰۵/۰۸/۲۸');
    await typeDateText(page, 'field-approvalDate', '1405/08/28');
    await typeDateText(page, 'field-receiptDate', '۱۴۰۵/۰۹/۰۳');
    await page.getByTestId('resolution-submit').click();
    await page.getByTestId('resolution-page').waitFor();
    const rows = (await api<ResolutionPage>(page, 'resolutions.list', {})).rows;
    expect(rows.map((r) => [r.approvalDate, r.receiptDate])).toEqual([['2026-11-19', '2026-11-24']]);
  });

  it('a dialog date (the session schedule) and the register filter refuse an impossible date too', async () => {
    await page.getByTestId('nav-sessions').click();
    await page.getByTestId('session-new').click();
    const dialog = page.getByTestId('schedule-dialog');
    await dialog.waitFor();
    await typeDateText(page, 'field-date', '۱۴۰۵/۱۲/۳۲');
    await page.getByTestId('field-place').fill('فرمانداری');
    await page.getByTestId('schedule-submit').click();
    await expect.poll(() => helper('field-date').textContent()).toBe('روز ۳۲ در ماه اسفند نیست؛ این ماه ۲۹ روز دارد.');
    await page.screenshot({ path: shotPath('dates-02-dialog') });
    await expect(dialog.isVisible()).resolves.toBe(true);
    expect((await api<unknown[]>(page, 'sessions.list', {})).length).toBe(0);
    await dialog.getByRole('button', { name: 'انصراف' }).click();

    await page.getByTestId('nav-register').click();
    await typeDateText(page, 'register-from', '1405/13/01');
    await expect.poll(() => helper('register-from').textContent()).toBe('ماه ۱۳ وجود ندارد؛ ماه باید از ۱ تا ۱۲ باشد.');
    const rows = page.getByTestId('register-grid').locator('[role="row"][data-id]');
    await expect.poll(() => rows.count()).toBe(1);
  });

  it('every date field of the app is the shared field: no screen uses MUI X’s sectioned date fields', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name)) files.push(p);
      }
    };
    walk('src-renderer');
    const sectioned = files.filter((f) =>
      /@mui\/x-date-pickers\/(DesktopDatePicker|DatePicker|MobileDatePicker|DateField|DateTimePicker)/.test(
        fs.readFileSync(f, 'utf8'),
      ),
    );
    expect(sectioned).toEqual([]);
  });
});
