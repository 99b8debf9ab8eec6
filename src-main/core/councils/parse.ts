// Reading a council file (CSV or Excel) into checked rows. Runs in a worker thread (importWorker.ts)
// so a large or hostile file never holds the thread that serves the app. Both formats are read
// as streams and reading stops at the first row past MAX_ROWS, so a 100,000-row sheet costs no
// more than a 5,001-row one; each row is read once (the old whole-workbook read asked the sheet
// for its column count on every row, which walks every row: time grew with the square).
import { Readable } from 'node:stream';
import { parse as csvParser } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/errors';
import { parseCouncilKind } from '../../../shared/domain/councils';
import { councilInput, type ImportRowError } from '../../../shared/schemas/council';
import { searchKey } from '../../../shared/text/persian';
import type { CouncilFields } from './service';
import { councilMessages as m } from './messages';
import { HEADERS } from './texts';

/** Councils one import may hold: a county has tens to hundreds, a province a few thousand. */
export const MAX_ROWS = 5000;
/** The largest file read: a 5,000-row sheet is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const REQUIRED: (keyof CouncilFields)[] = ['name', 'kind', 'county', 'province'];

export interface ParsedCouncils {
  /** rows that passed the checks, with their row number in the file */
  parsed: { row: number; fields: CouncilFields }[];
  errors: ImportRowError[];
}

/** One row of the file: its number (1 = the header) and its cells as text. */
type TableRow = { row: number; cells: string[] };

/** The file in 64 KB pieces: a stream fed one piece at a time stops reading when we stop asking. */
function* pieces(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += 65_536) yield data.subarray(i, i + 65_536);
}

async function* xlsxRows(data: Buffer): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(pieces(data)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates and numbers read as the sheet shows them
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells: string[] = [];
      // cell 1.. as far as the row goes; row.cellCount is this row's own width
      for (let i = 1; i <= row.cellCount; i++) cells.push(row.getCell(i).text ?? '');
      yield { row: row.number, cells };
    }
    return; // the first sheet only
  }
}

async function* csvRows(data: Buffer): AsyncGenerator<TableRow> {
  const parser = Readable.from(pieces(data)).pipe(
    csvParser({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: true, info: true }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { row: info.lines, cells: record };
  }
}

function rowsOf(fileName: string, data: Buffer): AsyncGenerator<TableRow> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return xlsxRows(data);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return csvRows(data);
  throw new AppError('unsupported_type', m.unsupportedType);
}

const headerKey = (h: string) => HEADERS[searchKey(h).replace(/\s+/g, ' ')] ?? HEADERS[h.trim().toLowerCase()];

/** Reads and checks the file's rows; refuses (AppError) a file it cannot read or that is too long. */
export async function parseCouncilFile(fileName: string, data: Buffer): Promise<ParsedCouncils> {
  if (data.length > MAX_FILE_BYTES) throw new AppError('too_large', m.fileTooLarge(MAX_FILE_BYTES));
  const isXlsx = fileName.toLowerCase().endsWith('.xlsx');
  const rows = rowsOf(fileName, data);
  const errors: ImportRowError[] = [];
  const parsed: ParsedCouncils['parsed'] = [];
  let header: (keyof CouncilFields | undefined)[] | null = null;
  let count = 0;
  try {
    for await (const { row, cells } of rows) {
      if (!header) {
        header = cells.map(headerKey);
        if (REQUIRED.some((k) => !header!.includes(k))) return { parsed: [], errors: [{ row: 1, message: m.header }] };
        continue;
      }
      if (cells.every((c) => !c || !c.trim())) continue;
      if (++count > MAX_ROWS) return { parsed: [], errors: [{ row, message: m.tooManyRows(MAX_ROWS) }] };
      const raw: Record<string, string> = {};
      header.forEach((key, col) => {
        if (key) raw[key] = cells[col] ?? '';
      });
      const kind = parseCouncilKind(raw.kind ?? '');
      if (!kind) {
        errors.push({ row, message: m.unknownKind(raw.kind ?? '') });
        continue;
      }
      const r = councilInput.safeParse({ ...raw, kind });
      if (!r.success) errors.push({ row, message: r.error.issues.map((x) => x.message).join(' ') });
      else parsed.push({ row, fields: r.data });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('validation', isXlsx ? m.unreadableXlsx : m.unreadableCsv);
  } finally {
    await rows.return(undefined);
  }
  if (!header) return { parsed: [], errors: [{ row: 1, message: m.header }] };
  return { parsed, errors };
}
