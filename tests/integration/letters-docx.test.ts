// An issued letter as an editable Word file (issue 12, exports): the .docx is unzipped and its
// document.xml read back — right-to-left paragraphs, the letter's Persian text in order, the number
// and date as the PDF prints them — and a draft is refused with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJalali } from '../../shared/dates/jalali';
import { seedOffice, startCore, tempDir, type TestCore } from '../support/core';
import { freeLetterDraft } from './letters-fixtures';

let t: TestCore;
beforeAll(async () => {
  t = await startCore();
  await seedOffice(t);
});
afterAll(() => t.close());

/** The visible text of a document.xml, runs joined in order. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)].map((m) => m[1] ?? '\n').join('');

async function issuedLetter(subject: string) {
  const draft = await freeLetterDraft(t, subject);
  const edited = await t.call('letters.updateDraft', {
    id: draft.id,
    rev: draft.rev,
    recipient: draft.recipient,
    subject,
    salutation: 'با سلام و احترام',
    body: '<p>بند نخست دربارهٔ مصوبهٔ 45 شورا.</p><ol><li>مورد اول</li></ol><p>بند <b>پایانی</b> نامه.</p>',
    closing: 'با تشکر',
    attachments: '2 برگ',
    copies: ['فرمانداری کرمان'],
  });
  return (await t.call('letters.issue', { id: edited.id })).letter;
}

describe('letters.exportDocx', () => {
  it('writes a right-to-left Word file with the letter in order and its number and date in Persian digits', async () => {
    const letter = await issuedLetter('تذکر دربارهٔ مصوبهٔ بودجه');
    const folder = tempDir('docx-');
    const out = await t.call('letters.exportDocx', { id: letter.id, folder });
    expect(out.path).toBe(path.join(folder, out.fileName));
    expect(out.fileName).toMatch(/\.docx$/);
    expect(fs.readdirSync(folder)).toEqual([out.fileName]); // no temporary file left beside it

    const zip = await JSZip.loadAsync(fs.readFileSync(out.path));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('w:cs="Vazirmatn"');
    const text = textOf(xml);
    const number = letter.number!.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    const order = [
      'بسمه تعالی',
      'جمهوری اسلامی ایران',
      number,
      formatJalali(letter.date!),
      '۲ برگ',
      'ریاست محترم شورای اسلامی شهر کرمان',
      'موضوع: تذکر دربارهٔ مصوبهٔ بودجه',
      'با سلام و احترام',
      'بند نخست دربارهٔ مصوبهٔ ۴۵ شورا.',
      'مورد اول',
      'بند پایانی نامه.',
      'با تشکر',
      'رونوشت:',
      '- فرمانداری کرمان',
    ];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      expect(next, `«${piece}» after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    expect(formatJalali(letter.date!)).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.map(textOf).join('')).toContain('این نسخهٔ قابل ویرایش است؛ نسخهٔ رسمی همان PDF صادرشده است');

    // a second export does not overwrite the first
    const again = await t.call('letters.exportDocx', { id: letter.id, folder });
    expect(again.fileName).not.toBe(out.fileName);
    expect(fs.readdirSync(folder).sort()).toEqual([out.fileName, again.fileName].sort());
  });

  it('refuses a draft with a Persian message and writes nothing', async () => {
    const draft = await freeLetterDraft(t, 'پیش‌نویس بی‌شماره');
    const folder = tempDir('docx-');
    const err = await t.fail('letters.exportDocx', { id: draft.id, folder });
    expect(err.code).toBe('invalid_state');
    expect(err.message).toMatch(/پیش‌نویس.*صادر کنید/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder that does not exist or a relative path, in Persian', async () => {
    const letter = await issuedLetter('پوشهٔ نادرست');
    const missing = await t.fail('letters.exportDocx', { id: letter.id, folder: '/nonexistent/tatbiq-docx' });
    expect(missing.message).toMatch(/پوشهٔ مقصد پیدا نشد/);
    const relative = await t.fail('letters.exportDocx', { id: letter.id, folder: 'letters' });
    expect(relative.message).toMatch(/مسیر کامل/);
  });

  it('refuses a folder it cannot write in, leaving no partial file', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const letter = await issuedLetter('پوشهٔ فقط‌خواندنی');
    const folder = tempDir('docx-');
    fs.chmodSync(folder, 0o555);
    try {
      const err = await t.fail('letters.exportDocx', { id: letter.id, folder });
      expect(err.message).toMatch(/نمی‌توان پرونده نوشت/);
      expect(fs.readdirSync(folder)).toEqual([]);
    } finally {
      fs.chmodSync(folder, 0o755);
    }
  });
});
