// Reports (issue 12): the monitoring figures over a Jalali period. The core also refuses a
// member who is not the chair (the contract cannot express the chair's flag).
import { method } from '../method';
import { reportFile, reportInput, reportResult } from '../../reports/schema';

export const REPORT_READERS = ['secretary', 'member', 'viewer'] as const;

export const reportMethods = {
  'reports.get': method(reportInput, reportResult, REPORT_READERS),
  /** the same figures as an Excel workbook (one sheet per report) */
  'reports.exportExcel': method(reportInput, reportFile, REPORT_READERS),
  /** the same figures as a printable PDF on the office's letterhead (the letters' Chromium path) */
  'reports.exportPdf': method(reportInput, reportFile, REPORT_READERS),
} as const;
