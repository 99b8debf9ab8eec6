// Official letters through browser mode, as the secretary works: from an objected resolution's page
// the objection letter is drafted from its template, edited beside its live preview and issued —
// it takes the office's next number and today's Jalali date, and the resolution goes to the
// council in the same step. Its PDF is saved and printed, verified against the register (and a
// copy with one byte changed refused), and then a held session's minutes are issued from the
// session's page. A viewer sees the letters but no button that makes one, and the core answers 403.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  apiCall,
  shotPath,
  signInAs,
  type RunningApp,
  officeInBrowser,
  createCityCouncil,
  type OfficeInBrowser,
  PANEL_PEOPLE as PEOPLE,
} from '../support/app';
import { reads, pdfText, tempFile } from '../support/pdf';
import { api, objectedInClosedSession } from '../support/seed';
import { formatJalali } from '../../shared/dates/jalali';
import { TRANSITIONS } from '../../shared/lifecycle/machine';
import type { LetterSettings } from '../../shared/schemas/letter';
import { toPersianDigits } from '../../shared/text/persian';

let app: RunningApp;
let office: OfficeInBrowser | undefined;
let page: Page;
let resolutionId = '';
let sessionId = '';
let objectionNumber = '';
let pdfFile = '';

const TITLE = 'افزودن عوارض پسماند به قبوض آب';
/** 1405/09/04, a Wednesday: the session is held and the letters go out that day */
const TODAY = '2026-11-25';
const NOW = new Date(`${TODAY}T10:30:00+03:30`).toISOString();
const TODAY_FA = formatJalali(TODAY);

const shot = (target: Page | Locator, name: string) => target.screenshot({ path: shotPath(`letters-${name}`) });
const letterButtons = () => page.getByTestId('resolution-letters').locator('[data-testid^="new-letter-"]');
const buttonIds = () => letterButtons().evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));

async function openResolution() {
  await page.goto(`${app.url}/#/resolutions/${resolutionId}`);
  await page.getByTestId('resolution-page').waitFor();
}

async function openSession() {
  await page.goto(`${app.url}/#/sessions/${sessionId}`);
  await page.getByTestId('session-page').waitFor();
}

/** Issues the draft open on its page: it takes the register's next number and today's date. */
async function issueOpenDraft(): Promise<string> {
  const next = (await api<LetterSettings>(page, 'letters.settings', {})).nextNumber;
  await page.getByTestId('letter-issue').click();
  await page.getByTestId('issue-dialog').waitFor();
  await page.getByTestId('issue-confirm').click();
  const facts = page.getByTestId('letter-facts');
  await facts.waitFor();
  await expect.poll(() => facts.textContent()).toContain(toPersianDigits(next));
  await expect(facts.textContent()).resolves.toContain(TODAY_FA);
  expect(await page.getByTestId('letter-issue').count()).toBe(0);
  return next;
}

/** The open letter page's letter, from the address bar. */
const openLetterId = () => decodeURIComponent(/#\/letters\/([^/?]+)/.exec(page.url())![1]);

beforeAll(async () => {
  office = await officeInBrowser(NOW, Object.values(PEOPLE), { downloads: true });
  ({ app, page } = office);
  const councilId = await createCityCouncil(page, 'کرمان');
  ({ resolutionId, sessionId } = await objectedInClosedSession(
    page,
    { secretary: 'secretary', expert: 'expert', members: ['chair', 'member1', 'member2'] },
    {
      councilId,
      councilResolutionNumber: '۱۲۳/۴۵',
      councilSessionNumber: '۴۵',
      councilSessionDate: '2026-11-15',
      approvalDate: '2026-11-15',
      receiptDate: '2026-11-23',
      incomingNumber: '۱۴۰۵/۲۳۴۵',
      title: TITLE,
      text: 'ماده ۱- از ابتدای سال ۱۴۰۶ عوارض بهای خدمات پسماند به قبوض آب مشترکان افزوده می‌شود.',
      category: 'fees',
    },
    TODAY,
  ));
  await signInAs(page, PEOPLE.secretary.username);
}, 120_000);

afterAll(() => office?.close());

describe('official letters from the resolution and session pages, in browser mode', () => {
  it('the objected resolution offers the objection letter, which opens the new-letter dialog filled', async () => {
    await openResolution();
    await expect(page.getByTestId('status-chip').first().getAttribute('data-status')).resolves.toBe('objected');
    const card = page.getByTestId('resolution-letters');
    await card.getByTestId('resolution-letter-list-empty').waitFor();
    // only the kind an objected resolution lets go out
    expect(await buttonIds()).toEqual(['new-letter-objection']);
    await shot(card, '01-resolution-letters-empty');

    await page.getByTestId('new-letter-objection').click();
    const dialog = page.getByTestId('new-letter-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('new-letter-kind').textContent()).resolves.toContain('اعتراض و درخواست تجدیدنظر');
    const picked = dialog.getByTestId('new-letter-resolution').locator('input');
    await expect.poll(() => picked.inputValue()).toContain(TITLE);
    await expect.poll(() => picked.inputValue()).toContain('۱۲۳/۴۵');
    await shot(dialog, '02-new-letter-dialog');
  });

  it('the draft is made from the template and edited beside its live preview', async () => {
    await page.getByTestId('new-letter-create').click();
    await page.getByTestId('letter-editor').waitFor();
    await expect(page.getByTestId('letter-recipient').inputValue()).resolves.toBe('ریاست محترم شورای اسلامی شهر کرمان');
    const preview = page.getByTestId('letter-preview');
    await expect.poll(() => preview.getAttribute('srcdoc')).toContain('۱۲۳/۴۵');
    expect(await preview.getAttribute('srcdoc')).toContain('ریاست محترم شورای اسلامی شهر کرمان');

    await page.getByTestId('letter-attachments').fill('یک برگ صورتجلسهٔ هیأت');
    await page.getByTestId('letter-save').click();
    await expect.poll(() => preview.getAttribute('srcdoc')).toContain('یک برگ صورتجلسهٔ هیأت');
    await expect.poll(() => page.getByTestId('letter-save').isDisabled()).toBe(true);
    await shot(page, '03-draft-preview');
  });

  it("issuing gives it the office's next number and today's Jalali date", async () => {
    const settings = await api<LetterSettings>(page, 'letters.settings', {});
    // the office's default format: year/prefix/serial, and this is the year's first letter
    expect(settings.numbering).toMatchObject({ pattern: '{year}/{prefix}/{serial}', prefix: 'ت' });
    objectionNumber = await issueOpenDraft();
    expect(objectionNumber).toBe('1405/ت/1');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('نامهٔ شمارهٔ ۱۴۰۵/ت/۱');
  });

  it('its PDF is saved and printed: the number, the council and the date read in logical order', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('letter-save-pdf').click()]);
    const pdf = fs.readFileSync(await download.path());
    pdfFile = tempFile(download.suggestedFilename(), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const phrase of [
      `شماره ${toPersianDigits(objectionNumber)}`,
      `تاریخ ${TODAY_FA}`,
      'ریاست محترم شورای اسلامی شهر کرمان',
      'فرمانداری شهرستان کرمان',
      'مصوبهٔ شمارهٔ ۱۲۳/۴۵ مورخ ۱۴۰۵/۰۸/۲۴',
      'یک برگ صورتجلسهٔ هیأت',
    ]) {
      expect(reads(text, phrase), `«${phrase}» in:\n${text}`).toBe(true);
    }

    // browser mode prints the same PDF in a window of its own; the register counts it once shown
    await page.getByTestId('letter-print').click();
    await expect.poll(() => page.getByTestId('snackbar').textContent()).toContain('نامه برای چاپ فرستاده شد');
    await expect.poll(() => page.getByTestId('letter-print').textContent()).toBe('چاپ المثنی');
    const letters = await api<{ rows: { number: string; printCount: number }[] }>(page, 'letters.list', {
      filter: { resolutionId },
    });
    expect(letters.rows).toMatchObject([{ number: objectionNumber, printCount: 1 }]);
  });

  it('its editable Word copy is written into a chosen folder beside the PDF download', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-docx-'));
    await page.getByTestId('letter-docx').click();
    const dialog = page.getByTestId('letter-docx-dialog');
    await page.getByTestId('letter-docx-folder').fill(folder);
    await page.getByTestId('letter-docx-start').click();
    await expect.poll(() => page.getByTestId('letter-docx-done').textContent()).toContain('.docx');
    await shot(dialog, '04b-docx-dialog');
    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(fs.readFileSync(path.join(folder, files[0])).subarray(0, 2).toString('latin1')).toBe('PK');
    await dialog.getByRole('button', { name: 'بستن' }).click();
  });

  it("the letters page's verification matches the saved PDF and refuses a copy with one byte changed", async () => {
    await page.getByTestId('nav-letters').click();
    await page.getByTestId('letters-page').waitFor();
    await page.getByTestId('verify-button').click();
    const dialog = page.getByTestId('verify-dialog');
    await dialog.waitFor();
    await page.getByTestId('verify-file').setInputFiles(pdfFile);
    const result = dialog.getByTestId('verify-result');
    await expect.poll(() => result.textContent()).toContain('مطابقت دارد');
    await expect(result.textContent()).resolves.toContain(
      `نامهٔ شمارهٔ ${toPersianDigits(objectionNumber)} مورخ ${TODAY_FA} این دبیرخانه است`,
    );

    // one byte inside the page's content stream: the file is no longer the one issued
    const tampered = Buffer.from(fs.readFileSync(pdfFile));
    const at = tampered.indexOf('stream\n') + 'stream\n'.length + 20;
    tampered[at] ^= 0x01;
    await page.getByTestId('verify-file').setInputFiles(tempFile('tampered.pdf', tampered));
    await expect.poll(() => result.textContent()).toContain('مطابقت ندارد');
    const refused = (await result.textContent())!;
    expect(refused).toContain('پس از صدور تغییر کرده است');
    expect(refused).toContain(`با نامهٔ شمارهٔ ${toPersianDigits(objectionNumber)} مطابقت ندارد: پروندهٔ PDF`);
    await shot(dialog, '04-verify-tampered');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the resolution page lists the letter, and the resolution went to the council with it', async () => {
    await openResolution();
    await expect.poll(() => page.getByTestId('status-chip').first().getAttribute('data-status')).toBe('with_council');
    const row = page.getByTestId('resolution-letter-list').getByTestId('related-letter');
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.getAttribute('data-status')).resolves.toBe('issued');
    const line = (await row.textContent())!;
    for (const part of [toPersianDigits(objectionNumber), TODAY_FA, 'اعتراض و درخواست تجدیدنظر', 'صادرشده'])
      expect(line).toContain(part);
    // issuing recorded the lifecycle step in the same transaction, as the secretary's own
    const events = page.getByTestId('timeline').getByTestId('timeline-event');
    const sent = events.filter({ hasText: TRANSITIONS.send_objection_letter.label });
    await expect.poll(() => sent.count()).toBe(1);
    const entry = (await sent.textContent())!;
    expect(entry).toContain('صدور نامه');
    expect(entry).toContain(PEOPLE.secretary.fullName);
    // and the print after it is named too
    await expect(events.first().textContent()).resolves.toContain('چاپ نامه');
    // with the council, the kinds that state lets go out
    expect(await buttonIds()).toEqual(['new-letter-board_referral', 'new-letter-council_reminder']);
    await page.getByTestId('resolution-letters').scrollIntoViewIfNeeded();
    await shot(page.getByTestId('resolution-letters'), '05-resolution-letters');
    await shot(page, '06-resolution-page');

    await row.click();
    await page.getByTestId('letter-page').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      toPersianDigits(objectionNumber),
    );
  });

  it("the closed session's page issues its minutes as the next letter", async () => {
    await openSession();
    await expect(page.getByTestId('session-page').getAttribute('data-status')).resolves.toBe('closed');
    const card = page.getByTestId('session-letters');
    await card.getByTestId('session-letter-list-empty').waitFor();
    await shot(card, '07-session-minutes-button');

    await page.getByTestId('session-minutes-letter').click();
    await page.getByTestId('new-letter-dialog').waitFor();
    await expect(page.getByTestId('new-letter-kind').textContent()).resolves.toContain('صورتجلسهٔ هیأت');
    await page.getByTestId('new-letter-create').click();
    await page.getByTestId('letter-editor').waitFor();
    const number = await issueOpenDraft();
    expect(number).toBe('1405/ت/2');
    const pdf = Buffer.from(
      (await api<{ dataBase64: string }>(page, 'letters.pdf', { id: openLetterId() })).dataBase64,
      'base64',
    );
    const text = pdfText(pdf);
    expect(reads(text, 'صورتجلسهٔ هیأت تطبیق مصوبات — جلسهٔ شمارهٔ ۱ سال ۱۴۰۵'), text).toBe(true);
    expect(reads(text, TITLE), text).toBe(true);

    await openSession();
    const row = card.getByTestId('related-letter');
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.textContent()).resolves.toContain(toPersianDigits(number));
    await card.scrollIntoViewIfNeeded();
    await shot(card, '08-session-minutes-issued');
  });

  it("the batch issues and prints today's letters; stopping it leaves no letter half-issued", async () => {
    type Row = { id: string; status: string; number: string | null; subject: string; printCount: number };
    const list = async (status: string) =>
      (
        await api<{ rows: Row[] }>(page, 'letters.list', {
          pageSize: 100,
          sort: { field: 'createdAt', dir: 'asc' },
          filter: { status: [status] },
        })
      ).rows;
    const next = Number((await api<LetterSettings>(page, 'letters.settings', {})).nextNumber.split('/').pop());
    const issuedBefore = (await list('issued')).length;
    const DRAFTS = 8;
    for (let i = 1; i <= DRAFTS; i++) {
      const d = await api<Record<string, unknown>>(page, 'letters.createDraft', { kind: 'free' });
      await api(page, 'letters.updateDraft', {
        ...d,
        recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
        subject: `نامهٔ دسته‌ای ${toPersianDigits(i)}`,
        body: '<p>احتراماً، به پیوست فهرست مصوبات بررسی‌شده ارسال می‌شود.</p>',
      });
    }
    await page.goto(`${app.url}/#/letters`);
    await page.getByTestId('batch-button').click();
    const dialog = page.getByTestId('batch-dialog');
    // the 8 drafts and the minutes letter issued today but not yet printed
    await expect.poll(() => dialog.getByTestId('batch-start').textContent()).toBe('صدور و چاپ ۹ نامه');
    // each issue answered a little late, so «توقف» meets the batch while it issues (a letter's PDF
    // is rendered outside the write transaction now, and eight are issued in a blink otherwise)
    const ISSUE = '**/api/letters.issue';
    await page.route(ISSUE, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      // unrouted meanwhile: the request has gone on by itself
      await route.continue().catch(() => undefined);
    });
    await dialog.getByTestId('batch-start').click();
    const progress = dialog.getByTestId('batch-progress');
    await expect.poll(() => progress.textContent(), { timeout: 20_000 }).toContain('صدور ۲ از ۸');
    // pressed at once: a click's wait for a still page can outlast an issue while the bar moves
    await dialog.getByTestId('batch-stop').dispatchEvent('click');
    await shot(dialog, '09-batch-progress');
    await page.unroute(ISSUE);
    const outcome = dialog.getByTestId('batch-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 20_000 }).toMatch(/^متوقف شد؛ /);

    // whole letters only: each issued one numbered in sequence with its PDF, the rest still drafts
    const issued = (await list('issued')).slice(issuedBefore);
    const drafts = await list('draft');
    expect(issued.length).toBeGreaterThanOrEqual(1);
    expect(issued.length).toBeLessThan(DRAFTS);
    expect(issued.length + drafts.length).toBe(DRAFTS);
    expect(await outcome.textContent()).toContain(`${toPersianDigits(issued.length)} نامه صادر شد`);
    const serial = (r: Row) => Number(r.number!.split('/').pop());
    expect(issued.map(serial)).toEqual(issued.map((_, i) => next + i));
    for (const r of issued) {
      const full = await api<{ pdfSha256: string | null }>(page, 'letters.get', { id: r.id });
      expect(full.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // stopped before printing: nothing was printed
    expect(issued.every((r) => r.printCount === 0)).toBe(true);

    // the rest, run again to the end: issued in sequence, then all printed in one PDF
    await expect
      .poll(() => dialog.getByTestId('batch-start').textContent())
      .toBe(`صدور و چاپ ${toPersianDigits(DRAFTS + 1)} نامه`);
    await dialog.getByTestId('batch-start').click();
    await expect
      .poll(() => outcome.textContent(), { timeout: 60_000 })
      .toBe(`${toPersianDigits(drafts.length)} نامه صادر و ${toPersianDigits(DRAFTS + 1)} نامه چاپ شد.`);
    const all = (await list('issued')).slice(issuedBefore);
    expect(all.map(serial)).toEqual(all.map((_, i) => next + i));
    expect(all.every((r) => r.printCount === 1)).toBe(true);
    expect(await list('draft')).toEqual([]);
    await shot(dialog, '10-batch-done');
  });

  it('a viewer reads the letters but is offered no letter to make, and the core refuses one (403)', async () => {
    await signInAs(page, PEOPLE.viewer.username);
    await openResolution();
    const rows = page.getByTestId('resolution-letter-list').getByTestId('related-letter');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await letterButtons().count()).toBe(0);
    await openSession();
    await page.getByTestId('session-letter-list').waitFor();
    expect(await page.getByTestId('session-minutes-letter').count()).toBe(0);

    const refused = await apiCall(page, 'letters.createDraft', { kind: 'council_reminder', resolutionId });
    expect(refused.status).toBe(403);
    expect(refused.error.code).toBe('forbidden');
    expect(refused.error.message).toMatch(/[\u0600-\u06FF]/);
  });
});
