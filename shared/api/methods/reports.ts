// Reports (issue 12): the monitoring figures over a Jalali period. The core also refuses a
// member who is not the chair (the contract cannot express the chair's flag).
import { method } from '../method';
import { exportJob, exportJobInput, registerExportInput } from '../../reports/exportJob';
import { reportFile, reportInput, reportPartInput, reportPartResult, reportResult } from '../../reports/schema';

export const REPORT_READERS = ['secretary', 'member', 'viewer'] as const;

export const reportMethods = {
  'reports.get': method(reportInput, reportResult, REPORT_READERS),
  /** one report of the period alone (a tab of the page): only what it needs is read */
  'reports.part': method(reportPartInput, reportPartResult, REPORT_READERS),
  /** the same figures as an Excel workbook (one sheet per report) */
  'reports.exportExcel': method(reportInput, reportFile, REPORT_READERS),
  /** the same figures as a printable PDF on the office's letterhead (the letters' Chromium path) */
  'reports.exportPdf': method(reportInput, reportFile, REPORT_READERS),
  /**
   * the register's current view (its filters and sort) to an Excel file in a folder, streamed;
   * everyone who reads the register may. Returns at once: the file is written as a job.
   */
  'reports.exportRegister': method(registerExportInput, exportJob, 'signedIn'),
  /** how far an export has come (rows written of the total), or how it ended */
  'reports.exportJob': method(exportJobInput, exportJob, 'signedIn'),
  /** stops an export and removes its unfinished file */
  'reports.cancelExport': method(exportJobInput, exportJob, 'signedIn'),
} as const;
