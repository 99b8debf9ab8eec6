// One sheet of an office workbook: right to left, Persian headers in a frozen first row, and the
// date helpers every sheet shares (each date twice: Jalali text and a real date cell).
import type ExcelJS from 'exceljs';
import { formatJalali } from '../../../shared/dates/jalali';
import type { ReportTable, Fmt } from './tables';

export type Cell = string | number | Date | null;
export interface Col {
  header: string;
  width?: number;
  /** Excel number format: '0.0%' for rates, 'yyyy-mm-dd' for dates */
  numFmt?: string;
}

export const DATE_FMT = 'yyyy-mm-dd';
export const RATE_FMT = '0.0%';
export const RIALS_FMT = '#,##0';
const NUM_FMT: Record<Fmt, string> = { rate: RATE_FMT, rials: RIALS_FMT, date: DATE_FMT, year: '0' };

/** Jalali text of an ISO date, Latin digits (Excel keeps them; the PDF shows them Persian). */
export const jalali = (iso: string | null) => (iso ? formatJalali(iso, { digits: 'latin' }) : null);
/** a calendar date as a real date cell (midnight UTC, so no time zone moves it to another day) */
export const dateCell = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export function sheet(wb: ExcelJS.Workbook, name: string, cols: Col[], rows: Cell[][]) {
  const ws = wb.addWorksheet(name, { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 4) }));
  for (const [i, c] of cols.entries()) if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt;
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const row of rows) ws.addRow(row);
  return ws;
}

/** A report table as a sheet: its date columns as real dates, its formats as Excel's. */
export function tableSheet(wb: ExcelJS.Workbook, t: ReportTable) {
  const dates = t.cols.map((c) => c.fmt === 'date');
  const rows = t.rows.map((r) => r.map((v, i) => (dates[i] && typeof v === 'string' ? dateCell(v) : v)));
  const ws = sheet(
    wb,
    t.name,
    t.cols.map((c) => ({ header: c.header, width: c.width, numFmt: c.fmt && NUM_FMT[c.fmt] })),
    rows,
  );
  for (const [key, fmt] of Object.entries(t.cellFmt ?? {})) {
    const [row, col] = key.split(',').map(Number);
    ws.getCell(row + 2, col + 1).numFmt = NUM_FMT[fmt];
  }
  return ws;
}
