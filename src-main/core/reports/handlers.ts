// The reports capability's contract methods, bound to its services (issue 12).
import type { reportMethods } from '../../../shared/api/methods/reports';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { cancelExport, exportJobStatus } from './exportJobs';
import { startRegisterExport } from './registerExport';
import { exportReportExcel, exportReportPdf, getReportPart, getReports } from './service';

export function reportHandlers(core: CoreContext): HandlersOf<typeof reportMethods> {
  return {
    'reports.get': (input, call) => getReports(core, call, input),
    'reports.part': (input, call) => getReportPart(core, call, input),
    'reports.exportExcel': (input, call) => exportReportExcel(core, call, input),
    'reports.exportPdf': (input, call) => exportReportPdf(core, call, input),
    'reports.exportRegister': (input, call) => startRegisterExport(core, call, input),
    'reports.exportJob': (input, call) => exportJobStatus(core, call, input.id),
    'reports.cancelExport': (input, call) => cancelExport(core, call, input.id),
  };
}
