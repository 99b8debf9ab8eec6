// Financial resolutions (issue 12): budget amendments and project approvals received in the
// period, by amount and category, and the largest of them by name.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { categoryLabel } from '../../../shared/domain/categories';
import { financialKindLabel } from '../../../shared/domain/financial';
import type { FinancialReport } from '../../../shared/reports/schema';
import { numFa, toFa } from '../../format/fa';
import { financialMessages as m } from '../../messages/financial';
import { Figure } from './Figure';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';
import { countFa } from './format';

/** the chart counts in billions of Rials, so its axis stays readable */
const BILLION = 1e9;
const rialsCell = (n: number | null) => (n === null ? '—' : numFa(n));
const sums = <T extends { count: number; withAmount: number; amountRials: number; objected: number }>() => [
  { label: m.count, value: (r: T) => countFa(r.count), numeric: true },
  { label: m.withAmount, value: (r: T) => countFa(r.withAmount), numeric: true },
  { label: m.sum, value: (r: T) => rialsCell(r.amountRials), numeric: true },
  { label: m.objected, value: (r: T) => countFa(r.objected), numeric: true },
];

export function FinancialSection({ report }: { report: FinancialReport }) {
  if (report.count === 0) return <Alert severity="info">{m.empty}</Alert>;
  const p = report.projects;
  return (
    <Box data-testid="report-financial" sx={{ display: 'grid', gap: 2 }}>
      <Figure
        title={m.byKindChart}
        testId="figure-financial-kinds"
        note={m.noAmountNote}
        chart={
          <ReportBarChart
            labels={report.byKind.map((k) => financialKindLabel(k.kind))}
            series={[{ label: m.sum, data: report.byKind.map((k) => Math.round((k.amountRials / BILLION) * 10) / 10) }]}
          />
        }
        table={
          <ReportTable
            testId="table-financial-kinds"
            rows={report.byKind}
            rowKey={(r) => r.kind}
            columns={[
              { label: m.kindColumn, value: (r) => financialKindLabel(r.kind) },
              ...sums<(typeof report.byKind)[number]>(),
            ]}
          />
        }
      />
      <Figure
        title={m.byCategoryTitle}
        testId="figure-financial-categories"
        note={m.projects(
          countFa(p.count),
          rialsCell(p.costRials),
          p.medianMonths === null ? '—' : numFa(p.medianMonths),
        )}
        table={
          <ReportTable
            testId="table-financial-categories"
            rows={report.byCategory}
            rowKey={(r) => `${r.category}|${r.kind}`}
            columns={[
              { label: m.category, value: (r) => categoryLabel(r.category) },
              { label: m.kindColumn, value: (r) => financialKindLabel(r.kind) },
              ...sums<(typeof report.byCategory)[number]>(),
            ]}
          />
        }
      />
      <Figure
        title={m.listTitle}
        wide
        testId="figure-financial-list"
        table={
          <ReportTable
            testId="table-financial-list"
            rows={report.list}
            rowKey={(r) => r.resolutionId}
            columns={[
              { label: m.resolution, value: (r) => `${r.incomingNumber} — ${r.title}` },
              { label: m.council, value: (r) => r.councilName },
              { label: m.kindColumn, value: (r) => financialKindLabel(r.kind) },
              { label: m.amount, value: (r) => rialsCell(r.amountRials), numeric: true },
              {
                label: m.budgetYear,
                value: (r) => (r.budgetYear === null ? '—' : toFa(r.budgetYear)),
              },
              { label: m.cost, value: (r) => rialsCell(r.projectCostRials), numeric: true },
              { label: m.outcome, value: (r) => m.outcomes[r.outcome ?? 'none'] },
            ]}
          />
        }
      />
    </Box>
  );
}
