// Printing letters in browser mode, in real Chromium under the app's own content security policy:
// the preview is drawn in the letter's font (Vazirmatn, embedded), printing opens the letter's PDF
// in a window of its own and asks for its print dialog, and the register counts a print only when
// that happened: with pop-ups blocked nothing is counted, on the letter's page or in the batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { officeInBrowser, shotPath, signInAs, type OfficeInBrowser } from '../support/app';
import { pdfText, reads } from '../support/pdf';
import { api } from '../support/seed';
import { toPersianDigits } from '../../shared/text/persian';

let office: OfficeInBrowser | undefined;
let page: Page;

const NOW = '2026-11-25T07:00:00Z';
const SECRETARY = { username: 'secretary', fullName: 'زهرا دبیری', role: 'secretary' } as const;
type Letter = { id: string; number: string | null; printCount: number; pdfSha256: string | null };

async function issuedLetter(subject: string): Promise<Letter> {
  const d = await api<Record<string, unknown>>(page, 'letters.createDraft', { kind: 'free' });
  await api(page, 'letters.updateDraft', {
    ...d,
    recipient: 'ریاست محترم شورای اسلامی شهر کرمان',
    subject,
    body: '<p>احتراماً، به پیوست فهرست مصوبات بررسی‌شده ارسال می‌شود.</p>',
  });
  return (await api<{ letter: Letter }>(page, 'letters.issue', { id: d.id })).letter;
}

const printCount = async (id: string) => (await api<Letter>(page, 'letters.get', { id })).printCount;

/** What a pop-up blocker does: window.open answers null. */
const blockPopups = () =>
  page.evaluate(() => {
    window.open = () => null;
  });

async function openLetter(id: string) {
  await page.goto(`${office!.app.url}/#/letters/${id}`);
  // a fresh document: pop-ups as the browser allows them, nothing counted yet
  await page.reload();
  await page.getByTestId('letter-page').waitFor();
}

beforeAll(async () => {
  office = await officeInBrowser(NOW, [SECRETARY]);
  page = office.page;
  await signInAs(page, SECRETARY.username);
  // every window the app opens records the print asked of it, on the page that opened it
  await page.context().addInitScript(() => {
    // and keeps the last file it handed a window, for the test to read back (the policy refuses fetching blob:)
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      (window as { lastBlob?: unknown }).lastBlob = blob;
      return createObjectURL(blob);
    };
    window.print = () => {
      const opener = window.opener as { printAsked?: number } | null;
      if (opener) opener.printAsked = (opener.printAsked ?? 0) + 1;
    };
  });
}, 180_000);

afterAll(() => office?.close());

describe('printing in browser mode', () => {
  it('draws the preview in the letter’s own font, which the page’s policy lets in', async () => {
    const letter = await issuedLetter('پیش‌نمایش با قلم نامه');
    const refused: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/.test(msg.text())) refused.push(msg.text().slice(0, 160));
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await openLetter(letter.id);
    const preview = page.getByTestId('letter-preview');
    // in view, as a reader sees it: Chromium may put off drawing a cross-origin frame out of view
    await preview.scrollIntoViewIfNeeded();
    const frame = await (await preview.elementHandle())!.contentFrame();
    expect(frame).toBeTruthy();
    // the faces the letter's text is drawn in, each asked for by name: a frame Chromium has not drawn
    // yet loads no declared face by itself (CI once saw both 'unloaded' after 30 s). A face the
    // policy refuses ends as 'error' (the load rejects), so this still proves the policy lets it in;
    // the received value names each face's state if it fails
    const faces = () =>
      frame!.evaluate(async () => {
        await Promise.all(['400 12pt Vazirmatn', '700 12pt Vazirmatn'].map((f) => document.fonts.load(f))).catch(
          () => undefined,
        );
        return [...document.fonts]
          .filter((f) => f.family.replace(/["']/g, '') === 'Vazirmatn')
          .map((f) => `${f.weight}:${f.status}`)
          .sort();
      });
    await expect.poll(faces, { timeout: 30_000 }).toEqual(expect.arrayContaining(['400:loaded', '700:loaded']));
    expect(await frame!.evaluate(() => document.fonts.check('700 12pt Vazirmatn'))).toBe(true);
    await page.screenshot({ path: shotPath('letter-printing-01-preview-font') });
    expect(refused).toEqual([]);
  });

  it('with pop-ups blocked, the letter’s page counts no print and says so', async () => {
    const letter = await issuedLetter('چاپ با پنجرهٔ بسته');
    await openLetter(letter.id);
    await blockPopups();
    await page.getByTestId('letter-print').click();
    await expect.poll(() => page.getByTestId('snackbar').textContent()).toContain('چاپی ثبت نشد');
    await page.screenshot({ path: shotPath('letter-printing-02-blocked') });
    expect(await printCount(letter.id)).toBe(0);
    expect(await page.getByTestId('letter-print').textContent()).toBe('چاپ');
  });

  it('prints the letter’s own PDF in a window of its own, and only then counts it', async () => {
    const letter = await issuedLetter('چاپ در پنجرهٔ جدا');
    await openLetter(letter.id);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('letter-print').click()]);
    await expect.poll(() => page.getByTestId('letter-print').textContent(), { timeout: 30_000 }).toBe('چاپ المثنی');
    expect(popup.url()).toMatch(/^blob:/);
    expect(await page.evaluate(() => (window as { printAsked?: number }).printAsked)).toBe(1);
    expect(await printCount(letter.id)).toBe(1);
    // the window holds the letter as issued: the stored PDF, byte for byte
    const b64 = await page.evaluate(async () => {
      const blob = (window as { lastBlob?: Blob }).lastBlob!;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    });
    const shown = Buffer.from(b64, 'base64');
    const stored = Buffer.from(
      (await api<{ dataBase64: string }>(page, 'letters.pdf', { id: letter.id })).dataBase64,
      'base64',
    );
    expect(shown.equals(stored)).toBe(true);
    expect(reads(pdfText(shown), toPersianDigits(letter.number!))).toBe(true);
    await popup.close();
  });

  it('the batch issues with pop-ups blocked but counts no print, and prints them when allowed', async () => {
    const a = await issuedLetter('دسته‌ای ۱');
    const b = await issuedLetter('دسته‌ای ۲');
    await page.goto(`${office!.app.url}/#/letters`);
    await page.reload();
    await blockPopups();
    await page.getByTestId('batch-button').click();
    const dialog = page.getByTestId('batch-dialog');
    await expect.poll(() => dialog.getByTestId('batch-start').textContent()).toBe('صدور و چاپ ۴ نامه');
    await dialog.getByTestId('batch-start').click();
    const outcome = dialog.getByTestId('batch-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toContain('چاپی ثبت نشد');
    await dialog.screenshot({ path: shotPath('letter-printing-03-batch-blocked') });
    expect(await outcome.textContent()).not.toContain('نامه چاپ شد');
    expect([await printCount(a.id), await printCount(b.id)]).toEqual([0, 0]);

    // pop-ups allowed (a fresh page load): the four not yet printed go out in one PDF
    await page.reload();
    await page.getByTestId('batch-button').click();
    await expect.poll(() => dialog.getByTestId('batch-start').textContent()).toBe('صدور و چاپ ۴ نامه');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), dialog.getByTestId('batch-start').click()]);
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toBe('۰ نامه صادر و ۴ نامه چاپ شد.');
    expect([await printCount(a.id), await printCount(b.id)]).toEqual([1, 1]);
    expect(popup.url()).toMatch(/^blob:/);
    await popup.close();
  });
});
