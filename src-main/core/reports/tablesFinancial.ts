// The financial report's tables (issue 12): sums by kind and by category, then the resolutions,
// the largest amounts first. Amounts are whole Rials as numbers, shown with thousands separators.
import { categoryLabel } from '../../../shared/domain/categories';
import { financialKindLabel } from '../../../shared/domain/financial';
import type { FinancialReport } from '../../../shared/reports/schema';
import { excelMessages as x } from './messages';
import { jalali } from './excelSheet';
import type { ReportTable, TableCol } from './tables';

export function financialTables(f: FinancialReport): ReportTable[] {
  const k = x.financial;
  const sums = (first: string): TableCol[] => [
    { header: first, width: 28 },
    { header: k.count },
    { header: k.withAmount },
    { header: k.amount, width: 22, fmt: 'rials' },
    { header: k.objected },
  ];
  const byRows = [
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
  ];
  const l = x.list;
  return [
    {
      name: x.sheets.financial,
      cols: [{ header: k.category, width: 28 }, ...sums(k.kind)],
      rows: [
        ...byRows,
        [],
        [k.projects, '', f.projects.count],
        [k.projectCost, '', f.projects.costRials],
        [k.medianMonths, '', f.projects.medianMonths],
      ],
      // the projects' cost sits in the count column, under the sums
      cellFmt: { [`${byRows.length + 2},2`]: 'rials' },
    },
    {
      name: x.sheets.financialList,
      cols: [
        { header: l.incomingNumber, width: 16 },
        { header: l.title, width: 40 },
        { header: l.council, width: 28 },
        { header: l.receipt },
        { header: l.receiptDate, fmt: 'date' },
        { header: k.category, width: 20 },
        { header: k.kind, width: 20 },
        { header: k.amountOne, width: 22, fmt: 'rials' },
        { header: k.budgetYear, fmt: 'year' },
        { header: k.budgetLine, width: 20 },
        { header: k.cost, width: 22, fmt: 'rials' },
        { header: k.months },
        { header: k.outcome },
      ],
      rows: f.list.map((r) => [
        r.incomingNumber,
        r.title,
        r.councilName,
        jalali(r.receiptDate),
        r.receiptDate,
        categoryLabel(r.category),
        financialKindLabel(r.kind),
        r.amountRials,
        r.budgetYear,
        r.budgetLine,
        r.projectCostRials,
        r.projectDurationMonths,
        r.outcome ? k.outcomes[r.outcome] : null,
      ]),
    },
  ];
}
