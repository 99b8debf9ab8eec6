// Importing councils from CSV or Excel: every row is checked first; one bad row means nothing is
// imported, and each error names its row so the file can be fixed and imported again.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/errors';
import { parseCouncilKind } from '../../../shared/domain/councils';
import { councilInput, type CouncilImportResult, type ImportRowError } from '../../../shared/schemas/council';
import { searchKey, toPersianDigits } from '../../../shared/text/persian';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { CouncilEntity } from '../storage/entities';
import { requireOffice } from '../office/service';
import { councilIdentity, duplicateCouncilMessage, newCouncilRow, type CouncilFields } from './service';
import { decodeBase64 } from '../attachments/service';

const MAX_ROWS = 5000;

const HEADERS: Record<string, keyof CouncilFields> = {
  نام: 'name',
  'نام شورا': 'name',
  name: 'name',
  نوع: 'kind',
  'نوع شورا': 'kind',
  kind: 'kind',
  شهرستان: 'county',
  county: 'county',
  استان: 'province',
  province: 'province',
  کد: 'nationalCode',
  'کد ملی': 'nationalCode',
  'کد شورا': 'nationalCode',
  code: 'nationalCode',
  nationalcode: 'nationalCode',
};

const REQUIRED: (keyof CouncilFields)[] = ['name', 'kind', 'county', 'province'];

export const HEADER_ERROR = 'سطر اول باید عنوان ستون‌ها باشد: نام، نوع، شهرستان، استان (و در صورت نیاز کد).';

async function readTable(fileName: string, data: Buffer): Promise<string[][]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new AppError('validation', 'پروندهٔ اکسل خوانده نشد؛ آن را با قالب xlsx ذخیره کنید.');
    }
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const out: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      for (let i = 1; i <= ws.columnCount; i++) {
        const v = row.getCell(i).text;
        cells.push(v == null ? '' : String(v));
      }
      out[n - 1] = cells;
    });
    return Array.from(out, (r) => r ?? []);
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    try {
      return parse(data, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
    } catch {
      throw new AppError('validation', 'پروندهٔ CSV خوانده نشد؛ آن را با کدگذاری UTF-8 ذخیره کنید.');
    }
  }
  throw new AppError('unsupported_type', 'فقط پرونده‌های CSV و اکسل (xlsx) پذیرفته می‌شود.');
}

export async function importCouncils(
  core: CoreContext,
  call: CallContext,
  input: { fileName: string; dataBase64: string },
): Promise<CouncilImportResult> {
  const table = await readTable(input.fileName, decodeBase64(input.dataBase64));
  const header = (table[0] ?? []).map(
    (h) => HEADERS[searchKey(h).replace(/\s+/g, ' ')] ?? HEADERS[h.trim().toLowerCase()],
  );
  if (REQUIRED.some((k) => !header.includes(k))) return { imported: 0, errors: [{ row: 1, message: HEADER_ERROR }] };

  const body = table.slice(1);
  if (body.length > MAX_ROWS) {
    return {
      imported: 0,
      errors: [{ row: MAX_ROWS + 2, message: `حداکثر ${toPersianDigits(MAX_ROWS)} سطر در هر بار.` }],
    };
  }
  const errors: ImportRowError[] = [];
  const parsed: { row: number; fields: CouncilFields }[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c || !c.trim())) return;
    const raw: Record<string, string> = {};
    header.forEach((key, col) => {
      if (key) raw[key] = cells[col] ?? '';
    });
    const kind = parseCouncilKind(raw.kind ?? '');
    if (!kind) {
      errors.push({ row, message: `نوع شورا «${raw.kind ?? ''}» شناخته نشد؛ یکی از روستا، بخش، شهر، شهرستان، استان.` });
      return;
    }
    const r = councilInput.safeParse({ ...raw, kind });
    if (!r.success) errors.push({ row, message: r.error.issues.map((x) => x.message).join(' ') });
    else parsed.push({ row, fields: r.data });
  });

  return core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    const existing = await tx.getRepository(CouncilEntity).find({ where: { officeId: office.id } });
    const seen = new Map(existing.map((c) => [councilIdentity(c), 0]));
    for (const p of parsed) {
      const key = councilIdentity(p.fields);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, p.row);
      else if (first === 0) errors.push({ row: p.row, message: duplicateCouncilMessage(p.fields) });
      else errors.push({ row: p.row, message: `تکراری: همان شورای سطر ${toPersianDigits(first)}.` });
    }
    if (errors.length) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
    if (!parsed.length) return { imported: 0, errors: [{ row: 2, message: 'پرونده هیچ سطری ندارد.' }] };
    const now = core.clock().toISOString();
    const rows = parsed.map((p) => newCouncilRow(office.id, p.fields, now));
    for (let i = 0; i < rows.length; i += 200) await tx.getRepository(CouncilEntity).insert(rows.slice(i, i + 200));
    for (const row of rows) {
      await recordAudit(tx, {
        actor: call.actor,
        at: now,
        entity: 'council',
        entityId: row.id,
        action: 'import',
        after: row,
        reason: input.fileName,
      });
    }
    core.log.info({ count: rows.length }, 'councils imported');
    return { imported: rows.length, errors: [] };
  });
}
