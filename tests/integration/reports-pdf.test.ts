// The reports as a printable PDF (issue 12, exports) through the letters' Chromium renderer, read
// back with pdftotext: the office's letterhead, the period, the date of production, the figures
// of the hand-computed history in Persian digits, and an empty period said in words.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE, type TestCore } from '../support/core';
import { PERIOD } from '../fixtures/reports-history';
import { reportsOffice } from '../fixtures/reports-history-load';
import { flat, pdfText, reads } from '../support/pdf';
import { toPersianDigits as fa } from '../../shared/text/persian';
import { RANGE_BACKWARDS } from '../../shared/reports/period';
import type { Actor } from '../../src-main/core';

const secretary: Actor = { id: 'u-sec', name: 'زهرا دبیری', role: 'secretary' };
const member: Actor = { id: 'm2', name: 'حسن قاضی', role: 'member' };
let t: TestCore;
let text = '';
let fileName = '';
let pdf: Buffer;

beforeAll(async () => {
  t = await reportsOffice();
  const file = await t.as(secretary).call('reports.exportPdf', { period: PERIOD });
  fileName = file.fileName;
  pdf = Buffer.from(file.dataBase64, 'base64');
  text = pdfText(pdf);
  // REPORT_PDF_OUT=/tmp/r.pdf keeps the file to look at (pdftoppm -png -r 80)
  if (process.env.REPORT_PDF_OUT) fs.writeFileSync(process.env.REPORT_PDF_OUT, pdf);
}, 60_000);
afterAll(() => t.close());

describe('PDF of the reports', () => {
  it('is a PDF named after the period, on the office letterhead', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fileName).toBe('گزارش هیأت تطبیق — آذر ۱۴۰۵.pdf');
    expect(reads(text, 'جمهوری اسلامی ایران')).toBe(true);
    expect(reads(text, OFFICE.organisation)).toBe(true);
    expect(reads(text, OFFICE.ministry)).toBe(true);
    expect(reads(text, 'گزارش هیأت تطبیق')).toBe(true);
  });

  it('says the period and the date it was produced, in Persian digits', () => {
    expect(reads(text, 'آذر ۱۴۰۵')).toBe(true);
    expect(reads(text, 'از تاریخ ۱۴۰۵/۰۹/۰۱')).toBe(true);
    expect(reads(text, 'تا تاریخ ۱۴۰۵/۰۹/۳۰')).toBe(true);
    // produced at NOW: 2026-12-20 08:00 UTC is 29 Azar 1405, 11:30 in Tehran
    const produced = flat(text).split('تاریخ تهیه')[1];
    expect(produced.slice(0, 24)).toContain('۱۴۰۵/۰۹/۲۹');
    expect(produced.slice(0, 24)).toContain('۱۱:۳۰');
    expect(text).not.toMatch(/\b1405\b/);
  });

  it('prints the hand-computed figures in their tables', () => {
    const f = flat(text);
    expect(reads(f, `وصول‌شده ${fa(12)}`)).toBe(true);
    expect(reads(f, `رأی‌داده ${fa(8)}`)).toBe(true);
    expect(reads(f, `رأی در مهلت ${fa(7)}`)).toBe(true);
    expect(reads(f, `رأی پس از مهلت ${fa(1)}`)).toBe(true);
    // objection rate 5 / 8 as a percentage, one decimal
    expect(reads(f, 'نرخ اعتراض ۶۲٫۵٪')).toBe(true);
    // the lapsed resolution listed by name, a member's row
    expect(reads(f, 'مصوبهٔ آزمون r4')).toBe(true);
    expect(reads(f, 'حسن قاضی')).toBe(true);
    for (const h of ['رعایت مهلت‌ها', 'نتایج', 'اعضای هیأت', 'کارشناسان', 'شوراها', 'مصوبات مالی']) {
      expect(reads(f, h), h).toBe(true);
    }
    // Excel's Gregorian date columns are not printed
    expect(f).not.toContain('(میلادی)');
  });

  it('numbers its pages in Persian', () => {
    expect(reads(text, 'صفحهٔ ۱ از')).toBe(true);
  });

  it('an empty period says so; an ordinary member and a backwards range are refused', async () => {
    const file = await t.as(secretary).call('reports.exportPdf', { period: { kind: 'month', year: 1401, month: 1 } });
    const empty = pdfText(Buffer.from(file.dataBase64, 'base64'));
    expect(reads(empty, 'در این بازه و با این فیلترها مصوبه‌ای وصول نشده است.')).toBe(true);
    expect(reads(empty, 'موردی نیست.')).toBe(true);
    expect((await t.as(member).fail('reports.exportPdf', { period: PERIOD })).code).toBe('forbidden');
    const backwards = await t.fail('reports.exportPdf', {
      period: { kind: 'range', from: '2026-12-10', to: '2026-12-01' },
    });
    expect(backwards.message).toBe(RANGE_BACKWARDS);
  });
});
