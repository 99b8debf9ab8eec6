// Citizens' complaints in the reports' files (issue 14 item 8): the figures the reports screen
// shows (complaints filed in the period, by their day in Tehran, and answers given in it) are in
// the Excel workbook, read back with exceljs, and in the PDF, read back with pdftotext.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE, startCore, type TestCore } from '../support/core';
import { NOW, PERIOD } from '../fixtures/reports-history';
import { flat, pdfText, reads } from '../support/pdf';
import { toPersianDigits as fa } from '../../shared/text/persian';
import { receiveComplaint } from '../../src-main/core/complaints/receive';
import type { Actor } from '../../src-main/core';

const secretary: Actor = { id: 'u-sec', name: 'زهرا دبیری', role: 'secretary' };
const SHEET = 'شکایات شهروندان';
let t: TestCore;

const complaint = (n: number, submittedAt: string) => ({
  id: `k${n}`,
  trackingCode: String(1000_0000_0000_0000 + n),
  councilId: null,
  councilName: 'شورای اسلامی شهر کرمان',
  resolutionNumber: `12/${n}`,
  resolutionDate: null,
  resolutionText: 'عوارض نوسازی',
  grounds: 'خلاف قانون مالیات بر ارزش افزوده است و عوارض مضاعف می‌گیرد.',
  complainantName: 'شهروند',
  contact: '09120000000',
  contactKind: 'phone' as const,
  file: null,
  submittedAt,
});

beforeAll(async () => {
  t = await startCore({ now: NOW, jobs: false });
  await t.call('office.setup', OFFICE);
  // Azar 1405 is 2026-11-22 … 2026-12-21 in Tehran
  const filed = [
    complaint(1, '2026-11-10T10:00:00.000Z'), // Aban: before the period, answered in it
    complaint(2, '2026-11-21T21:00:00.000Z'), // 00:30 on 1 Azar in Tehran: in it
    complaint(3, '2026-12-05T08:00:00.000Z'), // in it, answered in it
    complaint(4, '2026-12-19T12:00:00.000Z'), // in it, not answered
    complaint(5, '2026-12-21T20:31:00.000Z'), // 00:01 on 1 Dey in Tehran: after it
  ];
  await t.core.context.db.write(async (tx) => {
    for (const c of filed) await receiveComplaint(tx, c, NOW);
  });
  for (const id of ['k1', 'k3']) await t.as(secretary).call('complaints.answer', { id, answer: 'بررسی شد.' });
}, 60_000);
afterAll(() => t.close());

describe('complaints in the reports’ files', () => {
  it('counts on screen three filed and two answered in the period', async () => {
    const r = await t.as(secretary).call('reports.get', { period: PERIOD });
    expect(r.complaints).toEqual({ received: 3, answered: 2 });
  });

  it('has them in the Excel workbook, as numbers, after the compliance sheet', async () => {
    const file = await t.as(secretary).call('reports.exportExcel', { period: PERIOD });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.indexOf(SHEET)).toBe(names.indexOf('رعایت مهلت‌ها') + 1);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['شاخص', 'مقدار'],
      ['شکایت رسیده در دوره', 3],
      ['پاسخ داده‌شده در دوره', 2],
    ]);
  });

  it('prints them in the PDF, in Persian digits', async () => {
    const file = await t.as(secretary).call('reports.exportPdf', { period: PERIOD });
    const text = flat(pdfText(Buffer.from(file.dataBase64, 'base64')));
    expect(reads(text, SHEET)).toBe(true);
    expect(reads(text, `شکایت رسیده در دوره ${fa(3)}`)).toBe(true);
    expect(reads(text, `پاسخ داده‌شده در دوره ${fa(2)}`)).toBe(true);
  }, 60_000);
});
