// The register export's own row writer (src-main/core/reports/sheetRows.ts) into exceljs'
// streaming workbook, read back with exceljs: text as text (XML-special and control characters
// included), days as real dates with the date format, empty cells empty.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetRowWriter, type SheetCell } from '../../src-main/core/reports/sheetRows';

async function roundTrip(rows: SheetCell[][]): Promise<ExcelJS.Worksheet> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('دفتر', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: 'شماره' }, { header: 'تاریخ' }, { header: 'عنوان' }];
  ws.getRow(1).commit();
  const writer = sheetRowWriter(wb, ws, 2);
  writer.dateFormat({ numFmt: 'yyyy-mm-dd' });
  writer.write(rows);
  ws.commit();
  await wb.commit();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.concat(chunks) as never);
  return back.getWorksheet('دفتر')!;
}

describe('sheet rows written straight into the streaming workbook', () => {
  it('reads back as text, dates and empty cells', async () => {
    const ws = await roundTrip([
      [{ text: '۱۲۳/الف' }, { day: '2026-03-21' }, { text: 'عوارض <ساختمان> & "پارکینگ" \u0007بند' }],
      [{ text: '7' }, null, { text: "it's" }],
    ]);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['شماره', 'تاریخ', 'عنوان']);
    expect(ws.getCell(2, 1).value).toBe('۱۲۳/الف');
    expect(ws.getCell(2, 2).value).toEqual(new Date('2026-03-21T00:00:00Z'));
    expect(ws.getCell(2, 2).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(2, 3).value).toBe('عوارض <ساختمان> & "پارکینگ" بند');
    expect(ws.getCell(3, 1).value).toBe('7');
    expect(ws.getCell(3, 2).value).toBeNull();
    expect(ws.getCell(3, 3).value).toBe("it's");
    expect(ws.rowCount).toBe(3);
    expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen', ySplit: 1 });
  });
});
