// The reports (issue 12): one computation serves the screen, the Excel file and the printout.
// Who may read them is checked here, not only in the UI: the secretariat, the panel's chair and
// viewers; an ordinary member or an expert may not.
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import { formatInstant, formatJalali, todayInTehran } from '../../../shared/dates/jalali';
import { resolvePeriod, type ResolvedPeriod } from '../../../shared/reports/period';
import type {
  ReportFile,
  ReportFilters,
  ReportPart,
  ReportPartResult,
  ReportResult,
  reportInput,
  reportPartInput,
} from '../../../shared/reports/schema';
import { findOffice } from '../office/service';
import { complaintFigures } from '../complaints/read';
import { reportWorkbook } from './excel';
import type { CallContext, CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { readReport } from './reader';
import { excelMessages, pdfMessages, reportMessages as msg } from './messages';
import { bundledEmblemSvg, fontDataUrls } from '../letters/assets';
import { finishPdf } from '../letters/pdfpost';
import { pdfRenderer } from '../letters/runtime';
import { imageDataUrl, letterhead } from '../letters/settings';
import { reportPrintHtml } from './pdfLayout';
import { filtersText, reportTables } from './tables';

export function checkReportReader(call: CallContext): void {
  const { role, isChair } = call.actor;
  if (role === 'secretary' || role === 'viewer' || (role === 'member' && isChair)) return;
  throw new AppError('forbidden', msg.chairOnly);
}

/** How long a report may take before the log calls it slow (issue 12: p95 ≤ 300 ms for a year). */
const SLOW_MS = 300;

/**
 * The asked-for reports of a period (all by default), read side by side on the office's reader
 * connections as of today in Tehran, and the complaints beside the compliance. The one reading the
 * screen, the files and the warm-up share.
 */
export async function readReportsOf<P extends ReportPart>(
  core: CoreContext,
  period: ResolvedPeriod,
  filters: ReportFilters,
  parts?: readonly P[],
) {
  const m = core.db.read;
  const policy = await currentPolicy(m);
  const asOf = todayInTehran(core.clock());
  const started = performance.now();
  const [read, complaints] = await Promise.all([
    readReport([m, ...(await core.db.readers())], period, filters, policy, asOf, parts),
    !parts || parts.includes('compliance' as P) ? complaintFigures(m, period.from, period.to) : undefined,
  ]);
  const ms = Math.round(performance.now() - started);
  if (ms > SLOW_MS) core.log.warn({ ms, period, parts, rows: read.received }, 'slow report');
  return { period: { from: period.from, to: period.to, label: period.label }, asOf, complaints, ...read };
}

function reportOf<P extends ReportPart>(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportInput>,
  parts?: readonly P[],
) {
  checkReportReader(call);
  return readReportsOf(core, resolvePeriod(input.period), input.filters, parts);
}

/** Every report of the period: the screen's print and files. */
export async function getReports(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportInput>,
): Promise<ReportResult> {
  const { received: _received, ...result } = await reportOf(core, call, input);
  return result;
}

/** One report of the period (a tab of the page), the complaints beside the compliance. */
export async function getReportPart(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportPartInput>,
): Promise<ReportPartResult> {
  const { part, ...rest } = input;
  const { complaints, ...result } = await reportOf(core, call, rest, [part]);
  return { ...result, part, ...(complaints ? { complaints } : {}) };
}

/** What a file says about itself: the office, the filters in words, when it was made. */
async function aboutOf(core: CoreContext, input: z.output<typeof reportInput>) {
  const office = await findOffice(core.db.read);
  const [council]: { kind: string; name: string }[] = input.filters.councilId
    ? await core.db.read.query('SELECT kind, name FROM council WHERE id = ?', [input.filters.councilId])
    : [];
  return {
    officeName: office?.name ?? '',
    filters: input.filters,
    councilName: council ? councilDisplayName(council) : null,
    producedAt: core.clock(),
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The same figures as reports.get, as an Excel workbook. */
export async function exportReportExcel(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportInput>,
): Promise<ReportFile> {
  const result = await getReports(core, call, input);
  const data = await reportWorkbook(result, await aboutOf(core, input));
  core.log.info({ period: result.period, bytes: data.length }, 'report exported to Excel');
  return { fileName: excelMessages.fileName(result.period.label), mimeType: XLSX, dataBase64: data.toString('base64') };
}

/** The same figures as reports.get, as a printable PDF on the office's letterhead. */
export async function exportReportPdf(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportInput>,
): Promise<ReportFile> {
  const result = await getReports(core, call, input);
  const about = await aboutOf(core, input);
  const head = await letterhead(core.db.read);
  const emblemSrc = await imageDataUrl(core, head.emblemSha256);
  const html = reportPrintHtml(
    {
      organisationLines: head.organisationLines,
      emblem: emblemSrc ? { src: emblemSrc } : { svg: bundledEmblemSvg() },
      officeName: about.officeName,
      periodLabel: result.period.label,
      from: formatJalali(result.period.from),
      to: formatJalali(result.period.to),
      asOf: formatJalali(result.asOf),
      producedAt: formatInstant(about.producedAt.toISOString(), { withTime: true }),
      filters: filtersText(input.filters, about.councilName),
      empty: result.compliance.received === 0,
      tables: reportTables(result),
    },
    fontDataUrls(),
  );
  const started = performance.now();
  const raw = await pdfRenderer(core).pdf(html);
  const title = `${pdfMessages.title} — ${result.period.label}`;
  const { pdf, pages } = await finishPdf(raw, { title, subject: about.officeName, keywords: result.period.label });
  core.log.info(
    { period: result.period, bytes: pdf.length, pages, ms: Math.round(performance.now() - started) },
    'report exported to PDF',
  );
  return {
    fileName: pdfMessages.fileName(result.period.label),
    mimeType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}
