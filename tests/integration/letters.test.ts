// Issue 4: official letters — drafted from a template, numbered by the outgoing register, printed
// as PDF through Chromium. The text pdftotext extracts must read in logical order, and every
// page is rendered to test-output/letters for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../shared/text/persian';
import { seedOffice, startCore, type People, type TestCore } from '../support/core';
import { registerOne } from '../support/lifecycle';
import { objectedResolution, pdfOf, pdfText, reads, savePages } from './letters-fixtures';

let t: TestCore;
let people: People;
let kermanId: string;
let villageId: string;

beforeAll(async () => {
  t = await startCore();
  const seeded = await seedOffice(t);
  people = seeded.people;
  kermanId = seeded.kerman.id;
  villageId = seeded.village.id;
});
afterAll(() => t.close());

async function issuedPdf(id: string): Promise<Buffer> {
  return pdfOf((await t.call('letters.pdf', { id })).dataBase64);
}

describe('the objection letter', () => {
  it('says what DOMAIN.md lists, takes the next number and today’s date, and reads right in the PDF', async () => {
    const r = await objectedResolution(t, people, kermanId, {
      councilResolutionNumber: '۱۲۳/۴۵',
      incomingNumber: '۱۴۰۵/۲۳۴۵',
    });
    const draft = await t.call('letters.createDraft', { kind: 'objection', resolutionId: r.id });
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeNull();
    expect(draft.recipient).toBe('ریاست محترم شورای اسلامی شهر کرمان');
    expect(draft.copies).toEqual([
      'استانداری کرمان — دفتر امور شهری و شوراها، جهت استحضار',
      'شهردار محترم کرمان، جهت اطلاع',
    ]);

    const issued = await t.call('letters.issue', { id: draft.id });
    expect(issued.letter).toMatchObject({
      status: 'issued',
      number: '1405/ت/1',
      year: 1405,
      serial: 1,
      date: '2026-11-23',
    });
    expect(issued.letter.signatoryTitle).toBe('فرماندار و رئیس هیأت تطبیق');
    expect(issued.letter.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    // the resolution records the letter as sent: objected → with_council
    expect(issued.lifecycle).toBe('recorded');
    expect((await t.call('resolutions.get', { id: r.id })).status).toBe('with_council');
    const records = await t.call('lifecycle.records', { resolutionId: r.id });
    expect(records.letters[0]).toMatchObject({ kind: 'objection', outgoingNumber: '1405/ت/1', letterRef: draft.id });

    const pdf = await issuedPdf(draft.id);
    expect(t.core.context.blobs.has(issued.letter.pdfSha256!)).toBe(true);
    savePages(pdf, 'objection');
    const text = pdfText(pdf);
    for (const phrase of [
      'جمهوری اسلامی ایران',
      'فرمانداری شهرستان کرمان',
      'بسمه تعالی',
      'شماره ۱۴۰۵/ت/۱',
      'تاریخ ۱۴۰۵/۰۹/۰۲',
      'پیوست ندارد',
      'ریاست محترم شورای اسلامی شهر کرمان',
      'موضوع: اعتراض به مصوبهٔ شمارهٔ ۱۲۳/۴۵ مورخ ۱۴۰۵/۰۸/۱۹ و درخواست تجدیدنظر',
      'با سلام و احترام',
      // the resolution's reference: council, session number and date, resolution number
      'مصوبهٔ شمارهٔ ۱۲۳/۴۵ مورخ ۱۴۰۵/۰۸/۱۹ آن شورا (جلسهٔ شمارهٔ ۴۵ مورخ ۱۴۰۵/۰۸/۱۹)',
      'به شمارهٔ ۱۴۰۵/۲۳۴۵ در تاریخ ۱۴۰۵/۰۸/۲۴',
      // the clause, the grounds, the law and article
      'بند ۲: افزودن عوارض پسماند به قبوض آب',
      'جهت اعتراض: مغایرت با قوانین و مقررات؛ خارج از حدود وظایف و اختیارات',
      'مادهٔ ۷۱، بند ۱۶؛ قانون درآمد پایدار و هزینه شهرداری‌ها و دهیاری‌ها — مادهٔ ۲',
      // reconsideration within 10 days of receipt
      'ظرف مدت ۱۰ روز از تاریخ وصول این نامه',
      // the signature block and the copy recipients
      'محمد فرماندار',
      'فرماندار و رئیس هیأت تطبیق',
      'رونوشت:',
      'استانداری کرمان — دفتر امور شهری و شوراها، جهت استحضار',
      'شهردار محترم کرمان، جهت اطلاع',
    ]) {
      expect(reads(text, phrase), `«${phrase}» in:\n${text}`).toBe(true);
    }
    // ZWNJ survives extraction: «شهرداری‌ها» is one word, not «شهرداری ها» or «شهرداریها»
    expect(text).toContain('شهرداری\u200Cها');
  });

  it('is addressed to the village head, with the rural affairs office, for a village council', async () => {
    const r = await objectedResolution(t, people, villageId);
    const draft = await t.call('letters.createDraft', { kind: 'objection', resolutionId: r.id });
    expect(draft.recipient).toBe('ریاست محترم شورای اسلامی روستای اختیارآباد');
    expect(draft.copies).toEqual([
      'استانداری کرمان — دفتر امور روستایی و شوراها، جهت استحضار',
      'دهیار محترم اختیارآباد، جهت اطلاع',
    ]);
    expect(draft.body).toContain('هیأت حل اختلاف شهرستان کرمان');
    await t.call('letters.discardDraft', { id: draft.id });
  });

  it('cannot be issued for a resolution the panel has not objected to; nothing is numbered', async () => {
    const r = await registerOne(t, kermanId);
    const draft = await t.call('letters.createDraft', { kind: 'objection', resolutionId: r.id });
    const before = await t.call('letters.settings', {});
    const err = await t.fail('letters.issue', { id: draft.id });
    expect(err.code).toBe('invalid_state');
    expect(err.message).toContain('«وصول‌شده»');
    expect(err.message).toContain('«اعتراض هیأت»');
    expect((await t.call('letters.get', { id: draft.id })).status).toBe('draft');
    expect((await t.call('letters.settings', {})).nextNumber).toBe(before.nextNumber);
    // nor a no-objection notice for it
    const notice = await t.call('letters.createDraft', { kind: 'compliance_notice', resolutionId: r.id });
    expect((await t.fail('letters.issue', { id: notice.id })).code).toBe('invalid_state');
  });
});

describe('typesetting', () => {
  it('keeps mixed Persian, Latin and digit runs and ZWNJ in logical order, and numbers the pages of a long letter', async () => {
    const draft = await t.call('letters.createDraft', { kind: 'free' });
    // typed with Latin digits; printed with Persian ones, except where glued to a Latin word (A4, IN-12)
    const mixed =
      'سامانهٔ SAPL نسخهٔ 2.4 روی کاغذ A4 و پروندهٔ IN-12 و قانون VAT (مادهٔ 50) در سال ۱۴۰۵ اجرا می‌شود؛ مبلغ ۱۲٬۳۴۵ ریال (۲۰٪) و «نامهٔ 12/34» نمی‌توانند.';
    const printed =
      'سامانهٔ SAPL نسخهٔ ۲.۴ روی کاغذ A4 و پروندهٔ IN-12 و قانون VAT (مادهٔ ۵۰) در سال ۱۴۰۵ اجرا می‌شود؛ مبلغ ۱۲٬۳۴۵ ریال (۲۰٪) و «نامهٔ ۱۲/۳۴» نمی‌توانند.';
    const paragraphs = Array.from(
      { length: 28 },
      (_, i) =>
        `<p>بند ${i + 1}: هیأت تطبیق مصوبات در جلسه‌های ماهانهٔ خود گزارش‌ها را بررسی می‌کند و نتیجه را اعلام می‌دارد.</p>`,
    );
    await t.call('letters.updateDraft', {
      id: draft.id,
      rev: draft.rev,
      recipient: 'مدیرکل محترم دفتر امور شهری و شوراهای استانداری کرمان',
      subject: 'گزارش عملکرد هیأت در نیمهٔ نخست سال ۱۴۰۵',
      salutation: 'با سلام و احترام',
      body: `<p>${mixed}</p>${paragraphs.join('')}<script>alert(1)</script>`,
      closing: '',
      attachments: '۲ برگ',
      copies: [],
    });
    const stored = await t.call('letters.get', { id: draft.id });
    expect(stored.body).not.toContain('script');
    const issued = await t.call('letters.issue', { id: draft.id });
    expect(issued.lifecycle).toBe('none');
    expect(issued.letter.pdfPages).toBeGreaterThan(1);
    const pdf = await issuedPdf(draft.id);
    savePages(pdf, 'long-free');
    const text = pdfText(pdf);
    expect(reads(text, printed), text).toBe(true);
    expect(text).toContain('می\u200Cشود');
    expect(text).toContain('جلسه\u200Cهای');
    expect(reads(text, 'پیوست ۲ برگ')).toBe(true);
    const pages = toPersianDigits(issued.letter.pdfPages!);
    expect(reads(pdfText(pdf, { page: 1 }), `صفحهٔ ۱ از ${pages}`)).toBe(true);
    // each later page repeats the number and date at the top
    expect(reads(pdfText(pdf, { page: 2 }), `شماره ${toPersianDigits(issued.letter.number!)} تاریخ ۱۴۰۵/۰۹/۰۲`)).toBe(
      true,
    );
    expect(reads(pdfText(pdf, { page: 2 }), `صفحهٔ ۲ از ${pages}`)).toBe(true);
  });
});
