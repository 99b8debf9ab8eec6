// The reports capability's contract methods, bound to its services (issue 12).
import type { reportMethods } from '../../../shared/api/methods/reports';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { exportReportExcel, exportReportPdf, getReports } from './service';

export function reportHandlers(core: CoreContext): HandlersOf<typeof reportMethods> {
  return {
    'reports.get': (input, call) => getReports(core, call, input),
    'reports.exportExcel': (input, call) => exportReportExcel(core, call, input),
    'reports.exportPdf': (input, call) => exportReportPdf(core, call, input),
  };
}
