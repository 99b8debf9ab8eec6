// The financial report's sheets (issue 12): sums by kind and by category, then the resolutions,
// the largest amounts first. Amounts are whole Rials as numbers with thousands separators.
import type ExcelJS from 'exceljs';
import { categoryLabel } from '../../../shared/domain/categories';
import { financialKindLabel } from '../../../shared/domain/financial';
import type { FinancialReport } from '../../../shared/reports/schema';
import { DATE_FMT, dateCell, jalali, sheet } from './excelSheet';
import { excelMessages as x } from './messages';

const RIALS_FMT = '#,##0';

export function writeFinancial(wb: ExcelJS.Workbook, f: FinancialReport) {
  const k = x.financial;
  const sums = (first: string) => [
    { header: first, width: 28 },
    { header: k.count },
    { header: k.withAmount },
    { header: k.amount, width: 22, numFmt: RIALS_FMT },
    { header: k.objected },
  ];
  const ws = sheet(
    wb,
    x.sheets.financial,
    [{ header: k.category, width: 28 }, ...sums(k.kind)],
    [
      ['', k.total, f.count, f.withAmount, f.amountRials, f.objected],
      ...f.byKind.map((b) => ['', financialKindLabel(b.kind), b.count, b.withAmount, b.amountRials, b.objected]),
      ...f.byCategory.map((b) => [
        categoryLabel(b.category),
        financialKindLabel(b.kind),
        b.count,
        b.withAmount,
        b.amountRials,
        b.objected,
      ]),
    ],
  );
  ws.addRow([]);
  ws.addRow([k.projects, '', f.projects.count]);
  const cost = ws.addRow([k.projectCost, '', f.projects.costRials]);
  cost.getCell(3).numFmt = RIALS_FMT;
  ws.addRow([k.medianMonths, '', f.projects.medianMonths]);
  const l = x.list;
  sheet(
    wb,
    x.sheets.financialList,
    [
      { header: l.incomingNumber, width: 16 },
      { header: l.title, width: 40 },
      { header: l.council, width: 28 },
      { header: l.receipt },
      { header: l.receiptDate, numFmt: DATE_FMT },
      { header: k.category, width: 20 },
      { header: k.kind, width: 20 },
      { header: k.amountOne, width: 22, numFmt: RIALS_FMT },
      { header: k.budgetYear },
      { header: k.budgetLine, width: 20 },
      { header: k.cost, width: 22, numFmt: RIALS_FMT },
      { header: k.months },
      { header: k.outcome },
    ],
    f.list.map((r) => [
      r.incomingNumber,
      r.title,
      r.councilName,
      jalali(r.receiptDate),
      dateCell(r.receiptDate),
      categoryLabel(r.category),
      financialKindLabel(r.kind),
      r.amountRials,
      r.budgetYear,
      r.budgetLine,
      r.projectCostRials,
      r.projectDurationMonths,
      r.outcome ? k.outcomes[r.outcome] : null,
    ]),
  );
}
