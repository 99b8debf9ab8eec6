// The admin edits letter templates by Persian field names in a formatted editor, and the number
// pattern by its Persian parts, in real Chromium: the stored form stays {{…}} / {year}…, an
// untouched template is stored back exactly, and an unknown name is refused in Persian. The office
// has no chair yet: the settings page opens all the same (it used to fail on the empty signatory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { officeInBrowser, shotPath, type OfficeInBrowser } from '../support/app';
import { api } from '../support/seed';

let office: OfficeInBrowser | undefined;
let page: Page;
type Template = { kind: string; recipient: string; subject: string; body: string; custom: boolean };
const objection = async () =>
  (await api<Template[]>(page, 'letters.templates', {})).find((t) => t.kind === 'objection')!;

beforeAll(async () => {
  office = await officeInBrowser('2026-11-25T07:00:00Z', []);
  page = office.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${office.app.url}/#/letters/settings`);
  await page
    .getByTestId('template-editor')
    .waitFor({ timeout: 60_000 })
    .catch(async (e) => {
      await page.screenshot({ path: shotPath('letter-templates-00-failed') });
      throw new Error(`${String(e)}\n${errors.join('\n')}`);
    });
}, 180_000);
afterAll(() => office?.close());

describe('the template editor', () => {
  it('shows the fields by their Persian names, never the stored placeholders', async () => {
    await expect.poll(() => page.getByTestId('template-recipient').inputValue()).toBe('ریاست محترم [نام شورا]');
    const body = page.getByTestId('template-body-editor');
    await expect.poll(() => body.textContent()).toContain('[شمارهٔ مصوبه]');
    expect(await body.textContent()).not.toContain('{{');
    // formatted, not markup: the paragraphs are paragraphs
    expect(await body.locator('p').count()).toBeGreaterThan(1);
    await page.getByTestId('template-editor').screenshot({ path: shotPath('letter-templates-01-persian-fields') });
  });

  it('stores an untouched body exactly as it was, and a field inserted from the list as its placeholder', async () => {
    const before = await objection();
    await page.getByTestId('template-subject').fill('اعتراض به مصوبهٔ [شماره مصوبه] [نام شورا]');
    await page.getByTestId('template-save').click();
    await expect
      .poll(async () => (await objection()).subject)
      .toBe('اعتراض به مصوبهٔ {{resolution.number}} {{council.name}}');
    expect((await objection()).body).toBe(before.body);

    // a field from the list at the caret, and bold from the toolbar
    const body = page.getByTestId('template-body-editor');
    await body.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' جلسهٔ هیأت: ');
    await page.getByTestId('template-field-ruling.session').click();
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'پررنگ' }).click();
    await page.getByTestId('template-save').click();
    await expect.poll(async () => (await objection()).body).toContain('{{ruling.session}}');
    const stored = (await objection()).body;
    expect(stored).toMatch(/<(b|strong)>[^<]*\{\{ruling\.session\}\}/);
    expect(stored).not.toContain('[');

    // alignment from the toolbar: kept in the stored body, in its one fixed form
    await body.locator('p').first().click();
    await page.getByRole('button', { name: 'وسط‌چین' }).click();
    await page.getByTestId('template-save').click();
    await expect.poll(async () => (await objection()).body).toMatch(/^<p style="text-align:center">احتراماً/);
  });

  it('refuses an unknown name in Persian and saves nothing', async () => {
    const before = await objection();
    await page.getByTestId('template-subject').fill('اعتراض به [رنگ مصوبه]');
    const help = page.locator('#' + (await page.getByTestId('template-subject').getAttribute('aria-describedby')));
    await expect.poll(() => help.textContent()).toContain('«رنگ مصوبه» شناخته نیست');
    expect(await page.getByTestId('template-save').isDisabled()).toBe(true);
    await page.getByTestId('template-editor').screenshot({ path: shotPath('letter-templates-02-unknown-field') });
    expect((await objection()).subject).toBe(before.subject);
  });
});

describe('the number pattern', () => {
  it('is shown and saved by its Persian parts, stored as before', async () => {
    const field = page.getByTestId('numbering-pattern');
    await expect.poll(() => field.inputValue()).toBe('[سال]/[پیشوند]/[ردیف]');
    await field.fill('[پیشوند]-[سال]-[ماه]');
    await page.getByTestId('letterhead-save').click();
    const help = page.locator('#' + (await field.getAttribute('aria-describedby')));
    await expect.poll(() => help.textContent()).toContain('«ماه» شناخته نیست');
    await page.getByTestId('letterhead-form').screenshot({ path: shotPath('letter-templates-03-pattern-refused') });
    await field.fill('[پیشوند]-[سال]-[ردیف]');
    // no chair yet: the letterhead in force names no signatory, and the form asks for one
    await page.getByRole('textbox', { name: 'نام امضاکننده' }).fill('محمد فرماندار');
    await page.getByTestId('letterhead-save').click();
    await expect
      .poll(async () => (await api<{ numbering: { pattern: string } }>(page, 'letters.settings', {})).numbering.pattern)
      .toBe('{prefix}-{year}-{serial}');
  });
});
