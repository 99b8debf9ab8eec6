// The reports (issue 12): one computation serves the screen, the Excel file and the printout.
// Who may read them is checked here, not only in the UI: the secretariat, the panel's chair and
// viewers; an ordinary member or an expert may not.
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import { todayInTehran } from '../../../shared/dates/jalali';
import { computeReports } from '../../../shared/reports';
import { resolvePeriod } from '../../../shared/reports/period';
import type { ReportFile, ReportResult, reportInput } from '../../../shared/reports/schema';
import { findOffice } from '../office/service';
import { reportWorkbook } from './excel';
import type { CallContext, CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { readReportFacts } from './reader';
import { excelMessages, reportMessages as msg } from './messages';

export function checkReportReader(call: CallContext): void {
  const { role, isChair } = call.actor;
  if (role === 'secretary' || role === 'viewer' || (role === 'member' && isChair)) return;
  throw new AppError('forbidden', msg.chairOnly);
}

export async function getReports(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportInput>,
): Promise<ReportResult> {
  checkReportReader(call);
  const period = resolvePeriod(input.period);
  const m = core.db.read;
  const policy = await currentPolicy(m);
  const asOf = todayInTehran(core.clock());
  const started = performance.now();
  const facts = await readReportFacts(m, period, input.filters, policy);
  const result = computeReports(facts, period, policy, asOf);
  const ms = Math.round(performance.now() - started);
  if (ms > 300) core.log.warn({ ms, period, rows: facts.resolutions.length }, 'slow report');
  return result;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The same figures as reports.get, as an Excel workbook. */
export async function exportReportExcel(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof reportInput>,
): Promise<ReportFile> {
  const result = await getReports(core, call, input);
  const office = await findOffice(core.db.read);
  const [council]: { kind: string; name: string }[] = input.filters.councilId
    ? await core.db.read.query('SELECT kind, name FROM council WHERE id = ?', [input.filters.councilId])
    : [];
  const data = await reportWorkbook(result, {
    officeName: office?.name ?? '',
    filters: input.filters,
    councilName: council ? councilDisplayName(council) : null,
    producedAt: core.clock(),
  });
  core.log.info({ period: result.period, bytes: data.length }, 'report exported to Excel');
  return { fileName: excelMessages.fileName(result.period.label), mimeType: XLSX, dataBase64: data.toString('base64') };
}
