// Council files of any length for import tests and the benchmark: the header, then `rows`
// village councils with distinct names.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

const HEADER = ['نام', 'نوع', 'شهرستان', 'استان', 'کد'];
const row = (i: number) => [`آبادی ${i + 1}`, 'روستا', 'کرمان', 'کرمان', String(100_000 + i)];

export function councilCsv(rows: number): Buffer {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) lines.push(row(i).join(','));
  return Buffer.from(lines.join('\n') + '\n');
}

/** An .xlsx written with ExcelJS's streaming writer (a 100,000-row sheet in a few seconds). */
export async function councilXlsx(rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet('شوراها');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
