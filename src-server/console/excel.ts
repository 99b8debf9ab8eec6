// Every console table as an Excel sheet (issue 13: "Excel export of every table"): right to left,
// bold frozen header, numbers as numbers, rates as percentages, Jalali dates as text an official
// reads. Written with exceljs' streaming writer, so a province's year does not sit in memory twice.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatJalali } from '../../shared/dates/jalali';
import { categoryLabel } from '../../shared/domain/categories';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
  rate?: boolean;
}

export const jalaliText = (iso: string | null) => (iso ? formatJalali(iso, { digits: 'latin' }) : null);
export { categoryLabel };

/** A one-sheet workbook of `rows`. */
export async function workbook<T>(sheetName: string, columns: SheetColumn<T>[], rows: T[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 4) }));
  columns.forEach((c, i) => {
    if (c.rate) ws.getColumn(i + 1).numFmt = '0.0%';
  });
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row))).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
