// The reports as an Excel file (issue 12), read back with exceljs: a right-to-left sheet per
// report, Persian headers in a frozen first row, numbers as numbers, rates as percentages, dates
// as Jalali text beside a real date cell; the same figures as reports.get.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE, type TestCore } from '../support/core';
import { PERIOD } from '../fixtures/reports-history';
import { EXPECTED } from '../fixtures/reports-expected';
import { reportsOffice } from '../fixtures/reports-history-load';
import type { Actor } from '../../src-main/core';

const secretary: Actor = { id: 'u-sec', name: 'زهرا دبیری', role: 'secretary' };
let t: TestCore;
let wb: ExcelJS.Workbook;
let fileName = '';

beforeAll(async () => {
  t = await reportsOffice();
  const file = await t.as(secretary).call('reports.exportExcel', { period: PERIOD, filters: { councilKind: 'city' } });
  fileName = file.fileName;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
});
afterAll(() => t.close());

const rowsOf = (name: string) => {
  const ws = wb.getWorksheet(name)!;
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};
const figure = (sheet: string, label: string) => rowsOf(sheet).find((r) => r[0] === label)?.[1];

describe('Excel export of the reports', () => {
  it('names the file after the period and has a right-to-left sheet per report, header frozen', () => {
    expect(fileName).toBe('گزارش هیأت تطبیق — آذر ۱۴۰۵.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'مشخصات گزارش',
      'رعایت مهلت‌ها',
      'شکایات شهروندان',
      'انقضای مهلت',
      'در انتظار رأی',
      'نتایج',
      'اعتراض به تفکیک دسته',
      'اعتراض به تفکیک شورا',
      'اعضای هیأت',
      'کارشناسان',
      'شوراها',
      'مصوبات مالی',
      'فهرست مصوبات مالی',
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
    }
  });

  it('says which office, period and filters it covers', () => {
    expect(figure('مشخصات گزارش', 'دبیرخانه')).toBe(OFFICE.name);
    expect(figure('مشخصات گزارش', 'از تاریخ')).toBe('1405/09/01');
    expect(figure('مشخصات گزارش', 'فیلترها')).toBe('شهر');
  });

  it('keeps figures as numbers and rates as percentages (city councils: r1 r2 r5 r6 r8 r9 r10 r12)', () => {
    expect(figure('رعایت مهلت‌ها', 'وصول‌شده')).toBe(8);
    expect(figure('رعایت مهلت‌ها', 'رأی در مهلت')).toBe(5); // r1 r2 r9 r10 r12
    expect(figure('رعایت مهلت‌ها', 'رأی پس از مهلت')).toBe(1); // r5
    const outcomes = wb.getWorksheet('نتایج')!;
    const rateRow = rowsOf('نتایج').findIndex((r) => r[0] === 'نرخ اعتراض') + 1;
    expect(outcomes.getCell(rateRow, 2).value).toBe(5 / 6);
    expect(outcomes.getCell(rateRow, 2).numFmt).toBe('0.0%');
    const members = rowsOf('اعضای هیأت');
    expect(members[0]).toContain('نرخ هم‌رأیی');
    expect(members.find((r) => r[0] === 'حسن قاضی')).toEqual(['حسن قاضی', 2, 1, 2, 2, 0, 1, 2, 1, 0.5]);
  });

  it('gives each date as Jalali text and as a real date', () => {
    const pending = rowsOf('در انتظار رأی');
    expect(pending[0]).toEqual([
      'شمارهٔ وصول',
      'عنوان مصوبه',
      'شورا',
      'تاریخ وصول',
      'تاریخ وصول (میلادی)',
      'پایان مهلت',
      'پایان مهلت (میلادی)',
      'روز مانده',
    ]);
    // r6 (Kerman, deadline today) then r8 (Mahan): r7 is a village's
    expect(pending.slice(1).map((r) => r[0])).toEqual(['IN-r6', 'IN-r8']);
    const [, , , text, date, , deadline, daysLeft] = pending[1];
    expect(text).toBe('1405/09/15');
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-12-06');
    expect((deadline as Date).toISOString().slice(0, 10)).toBe(EXPECTED.compliance.pendingList[0].objectionDeadline);
    expect(daysLeft).toBe(0);
  });

  it('lists the financial resolutions with amounts as numbers, the largest first (city: r6 r10 r9)', () => {
    const sums = rowsOf('مصوبات مالی');
    // city councils: r6 and r9 (amendments, 15.5 bn), r10 (a project with no amount, objected with r9)
    expect(sums[1].slice(-5)).toEqual(['همهٔ مصوبات مالی', 3, 2, 15_500_000_000, 2]);
    const list = rowsOf('فهرست مصوبات مالی');
    expect(list.slice(1).map((r) => r[0])).toEqual(['IN-r6', 'IN-r10', 'IN-r9']);
    expect(list[1][7]).toBe(12_500_000_000);
    expect(list[2][10]).toBe(8_000_000_000); // r10: no amount, its project's cost
    expect(wb.getWorksheet('فهرست مصوبات مالی')!.getCell(2, 8).numFmt).toBe('#,##0');
  });

  it('an empty period gives every sheet with its headers and zero counts; a backwards range is refused', async () => {
    const file = await t.as(secretary).call('reports.exportExcel', { period: { kind: 'month', year: 1401, month: 1 } });
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    expect(empty.worksheets).toHaveLength(13);
    expect(empty.getWorksheet('در انتظار رأی')!.rowCount).toBe(1);
    const c = empty.getWorksheet('رعایت مهلت‌ها')!;
    expect(c.getCell('A2').value).toBe('وصول‌شده');
    expect(c.getCell('B2').value).toBe(0);
    const e = await t.fail('reports.exportExcel', { period: { kind: 'range', from: '2026-12-10', to: '2026-12-01' } });
    expect(e.code).toBe('validation');
    expect(e.message).toBe('پایان بازهٔ گزارش پیش از آغاز آن است.');
  });
});
