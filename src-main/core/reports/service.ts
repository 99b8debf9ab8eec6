// The reports (issue 12): one computation serves the screen, the Excel file and the printout.
// Who may read them is checked here, not only in the UI: the secretariat, the panel's chair and
// viewers; an ordinary member or an expert may not.
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { todayInTehran } from '../../../shared/dates/jalali';
import { computeReports } from '../../../shared/reports';
import { resolvePeriod } from '../../../shared/reports/period';
import type { ReportResult, reportInput } from '../../../shared/reports/schema';
import type { CallContext, CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { readReportFacts } from './reader';
import { reportMessages as msg } from './messages';

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
