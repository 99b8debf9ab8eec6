// The register's current view (its filters and sort) to Excel, streamed (issue 12, exports). The
// rows are read a batch at a time (keyset, resolutions/query) and written through exceljs'
// streaming writer into a temporary file beside the final one, which is renamed to its final name
// only once complete: a full disk, a pulled USB stick or a cancel leaves no partial file under
// the final name, and the temporary one is removed. The file is written as a job the page
// watches (exportJobs) and may cancel.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { checkExportFolder, fileErrorMessage, freeName, tempPathFor } from '../storage/exportFile';
import { categoryLabel } from '../../../shared/domain/categories';
import { statusLabel } from '../../../shared/domain/statuses';
import { formatJalali, todayInTehran } from '../../../shared/dates/jalali';
import type { ExportJob, registerExportInput } from '../../../shared/reports/exportJob';
import type { ResolutionRow } from '../../../shared/schemas/resolution';
import type { CallContext, CoreContext } from '../context';
import { countRegister, registerBatches } from '../resolutions/query';
import { DATE_FMT, jalali } from './excelSheet';
import { sheetRowWriter, type SheetCell } from './sheetRows';
import { addJob, type Job } from './exportJobs';
import { registerExportMessages as msg } from './messages';

type Input = z.output<typeof registerExportInput>;

const COLS: { header: string; width: number; date?: boolean }[] = [
  { header: msg.cols.incomingNumber, width: 16 },
  { header: msg.cols.receipt, width: 12 },
  { header: msg.cols.receiptDate, width: 14, date: true },
  { header: msg.cols.council, width: 30 },
  { header: msg.cols.number, width: 16 },
  { header: msg.cols.title, width: 60 },
  { header: msg.cols.category, width: 18 },
  { header: msg.cols.status, width: 24 },
  { header: msg.cols.approval, width: 12 },
  { header: msg.cols.approvalDate, width: 14, date: true },
  { header: msg.cols.deadline, width: 14 },
  { header: msg.cols.deadlineDate, width: 16, date: true },
];

const DATE_STYLE = { numFmt: DATE_FMT };

/** A day's Jalali text, converted once per export: a register's 200,000 rows share a few thousand days. */
function jalaliCache() {
  const seen = new Map<string, string | null>();
  return (iso: string | null) => {
    if (iso === null) return null;
    let text = seen.get(iso);
    if (text === undefined) seen.set(iso, (text = jalali(iso)));
    return text;
  };
}

const text = (s: string | null): SheetCell => (s === null ? null : { text: s });
const day = (iso: string | null): SheetCell => (iso === null ? null : { day: iso });

/** A row of the sheet, in the order of COLS: each date as Jalali text beside a real date cell. */
const rowOf = (r: ResolutionRow, jalali: (iso: string | null) => string | null): SheetCell[] => [
  text(r.incomingNumber),
  text(jalali(r.receiptDate)),
  day(r.receiptDate),
  text(r.councilDisplayName),
  text(r.councilResolutionNumber),
  text(r.title),
  text(categoryLabel(r.category)),
  text(statusLabel(r.status)),
  text(jalali(r.approvalDate)),
  day(r.approvalDate),
  text(jalali(r.dueDate)),
  day(r.dueDate),
];

class Cancelled extends Error {}

/** Checks the folder and claims the temporary file, so a wrong path is refused at once. */
export async function startRegisterExport(core: CoreContext, call: CallContext, input: Input): Promise<ExportJob> {
  const folder = input.folder;
  await checkExportFolder(folder, msg.folderExample);
  const day = formatJalali(todayInTehran(core.clock()), { digits: 'latin' }).replace(/\//g, '-');
  const fileName = await freeName(folder, msg.fileName(day), 'xlsx');
  const temp = tempPathFor(folder, fileName);
  try {
    await (await fs.promises.open(temp, 'wx')).close();
  } catch (e) {
    core.log.warn({ folder, err: String(e) }, 'register export: folder not writable');
    throw new AppError('validation', fileErrorMessage(e, msg.failed));
  }
  const total = await countRegister(core, input).catch(async (e) => {
    await fs.promises.rm(temp, { force: true });
    throw e;
  });
  const job = addJob(core, call.actor.id, { fileName, total, temp });
  job.done = writeRegister(core, job, input, path.join(folder, fileName));
  return job.view;
}

async function writeRegister(core: CoreContext, job: Job, input: Input, final: string): Promise<void> {
  const started = performance.now();
  const out = fs.createWriteStream(job.temp);
  let broken: Error | null = null;
  const failed = new Promise<never>((_, reject) =>
    out.on('error', (e) => {
      broken = e;
      reject(e);
    }),
  );
  failed.catch(() => undefined);
  const closed = new Promise<void>((resolve) => out.on('close', resolve));
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'Tatbiq';
    const ws = wb.addWorksheet(msg.sheet, { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
    ws.columns = COLS.map((c) => ({ header: c.header, width: c.width }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.commit();
    const rows = sheetRowWriter(wb, ws, 2);
    rows.dateFormat(DATE_STYLE);
    const jalaliOf = jalaliCache();
    for await (const batch of registerBatches(core, input)) {
      if (job.cancelRequested) throw new Cancelled();
      if (broken) throw broken;
      rows.write(batch.map((r) => rowOf(r, jalaliOf)));
      job.view.written += batch.length;
      // let the file stream drain and the page's status calls through between batches
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (job.cancelRequested) throw new Cancelled();
    ws.commit();
    await Promise.race([wb.commit(), failed]);
    await Promise.race([closed, failed]);
    if (broken) throw broken;
    if (job.cancelRequested) throw new Cancelled();
    await fs.promises.rename(job.temp, final);
    Object.assign(job.view, { state: 'done', path: final });
    core.log.info(
      { rows: job.view.written, ms: Math.round(performance.now() - started), rss: process.memoryUsage().rss },
      'register exported to Excel',
    );
  } catch (e) {
    out.destroy();
    await closed.catch(() => undefined);
    await fs.promises.rm(job.temp, { force: true }).catch(() => undefined);
    if (e instanceof Cancelled) {
      Object.assign(job.view, { state: 'cancelled', message: msg.cancelled });
      core.log.info({ written: job.view.written }, 'register export cancelled');
    } else {
      Object.assign(job.view, { state: 'failed', message: fileErrorMessage(e, msg.failed) });
      core.log.error({ err: String(e), written: job.view.written }, 'register export failed');
    }
  } finally {
    job.endedAt = Date.now();
  }
}
