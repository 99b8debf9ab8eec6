// The reports as an Excel workbook (issue 12, exports): one sheet per report, right to left,
// Persian headers in a frozen first row, numbers as numbers (rates formatted as percentages),
// dates twice: the Jalali text an official reads and a real date cell Excel can sort and filter.
import ExcelJS from 'exceljs';
import { formatInstant } from '../../../shared/dates/jalali';
import type { ReportFilters, ReportResult } from '../../../shared/reports/schema';
import { excelMessages as x } from './messages';
import { jalali, sheet, tableSheet } from './excelSheet';
import { filtersText, reportTables } from './tables';

export interface WorkbookContext {
  officeName: string;
  filters: ReportFilters;
  councilName: string | null;
  producedAt: Date;
}

export async function reportWorkbook(r: ReportResult, ctx: WorkbookContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tatbiq';
  wb.created = ctx.producedAt;
  const a = x.about;
  sheet(
    wb,
    x.sheets.about,
    [
      { header: x.figure, width: 24 },
      { header: x.value, width: 60 },
    ],
    [
      [a.office, ctx.officeName],
      [a.period, r.period.label],
      [a.from, jalali(r.period.from)],
      [a.to, jalali(r.period.to)],
      [a.asOf, jalali(r.asOf)],
      [a.producedAt, formatInstant(ctx.producedAt.toISOString(), { digits: 'latin' })],
      [a.filters, filtersText(ctx.filters, ctx.councilName)],
    ],
  );
  for (const t of reportTables(r)) tableSheet(wb, t);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
