// The register export's data rows as sheet XML, written straight into exceljs' streaming
// worksheet (issue 12: 200,000 rows within 20 s and 500 MB). exceljs builds a row object, a cell
// object per value, a style lookup and an XML node tree for every row, which is most of the
// export's time at that size; a row of the register is twelve known columns of text and dates,
// so its XML is written here as the same markup exceljs writes (cells `t="str"`, dates as day
// serials with the workbook's date style), one string per batch. The header row, the columns,
// the view (right to left, frozen), the styles and the zip stay exceljs' own.
import ExcelJS from 'exceljs';

/** A text, a day ('YYYY-MM-DD', written as a date cell) or nothing. */
export type SheetCell = { text: string } | { day: string } | null;

const COL = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold
const UNSAFE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };
/** exceljs' xmlEncode: the five entities, and control characters XML cannot hold dropped */
const xml = (s: string) => s.replace(UNSAFE, (c) => ENTITY[c] ?? '');

const EPOCH_SERIAL = 25569; // 1970-01-01 in Excel's day count
const serials = new Map<string, number>();
/** Excel's day number of a calendar day (midnight UTC, as exceljs writes a Date of it). */
function serialOf(day: string): number {
  let s = serials.get(day);
  if (s === undefined) {
    s = EPOCH_SERIAL + Date.parse(`${day}T00:00:00Z`) / 86_400_000;
    if (serials.size > 50_000) serials.clear();
    serials.set(day, s);
  }
  return s;
}

/**
 * Appends rows to a streaming worksheet whose earlier rows (the header) are committed: `next`
 * is the number of the first. Cells past column Z are not supported (the register has twelve).
 */
export function sheetRowWriter(wb: ExcelJS.stream.xlsx.WorkbookWriter, ws: ExcelJS.Worksheet, next: number) {
  // exceljs' own date style (a numFmt object it has seen keeps its id), as its cells would get it
  const styles = (wb as unknown as { styles: { addStyleModel(m: object, t: number): number } }).styles;
  let dateStyle = 0;
  const stream = (ws as unknown as { stream: { write(s: string): void } }).stream;
  return {
    /** registers the date cells' number format; call once before writing */
    dateFormat(style: { numFmt: string }) {
      dateStyle = styles.addStyleModel(style, ExcelJS.ValueType.Date);
    },
    write(rows: readonly SheetCell[][]) {
      let out = '';
      for (const cells of rows) {
        const r = next++;
        out += `<row r="${r}" spans="1:${cells.length}" x14ac:dyDescent="0.25">`;
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i];
          if (c === null) continue;
          out +=
            'text' in c
              ? `<c r="${COL[i]}${r}" t="str"><v>${xml(c.text)}</v></c>`
              : `<c r="${COL[i]}${r}" s="${dateStyle}"><v>${serialOf(c.day)}</v></c>`;
        }
        out += '</row>';
      }
      stream.write(out);
    },
  };
}
