// Outcomes: how the panel ruled, what councils did after an objection, what the dispute boards
// decided, objection rates by category and council, and the most-cited grounds.
import Box from '@mui/material/Box';
import { categoryLabel } from '../../../shared/domain/categories';
import { objectionGroundLabel } from '../../../shared/domain/objectionGrounds';
import type { OutcomesReport } from '../../../shared/reports/schema';
import { reportMessages as m } from '../../messages/reports';
import { Figure } from './Figure';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';
import { StatCards } from './StatCards';
import { countFa, rateFa } from './format';

interface RateRow {
  label: string;
  ruled: number;
  objected: number;
  rate: number | null;
}
const RATE_COLUMNS = (first: string) => [
  { label: first, value: (r: RateRow) => r.label },
  { label: m.ruled, value: (r: RateRow) => countFa(r.ruled), numeric: true },
  { label: m.objected, value: (r: RateRow) => countFa(r.objected), numeric: true },
  { label: m.objectionRate, value: (r: RateRow) => rateFa(r.rate), numeric: true },
];
const PAIR = [
  { label: m.step, value: (r: [string, number]) => r[0] },
  { label: m.count, value: (r: [string, number]) => countFa(r[1]), numeric: true },
];

function RateFigure({ title, first, rows, testId }: { title: string; first: string; rows: RateRow[]; testId: string }) {
  const rated = rows.filter((r) => r.rate !== null);
  return (
    <Figure
      title={title}
      testId={testId}
      chart={
        rated.length > 0 && (
          <ReportBarChart
            percent
            labels={rated.map((r) => r.label)}
            series={[{ label: m.objectionRate, data: rated.map((r) => r.rate ?? 0), color: '#b3261e' }]}
          />
        )
      }
      table={<ReportTable columns={RATE_COLUMNS(first)} rows={rows} rowKey={(r) => r.label} />}
    />
  );
}

export function OutcomesSection({ report: o }: { report: OutcomesReport }) {
  const main: [string, number][] = [
    [m.compliant, o.compliant],
    [m.objected, o.objected],
    [m.lapsed, o.lapsed],
  ];
  const a = o.afterObjection;
  const after: [string, number][] = [
    [m.amended, a.amended],
    [m.withdrawn, a.withdrawn],
    [m.insisted, a.insisted],
    [m.awaitingAnswer, a.awaitingAnswer],
    [m.upheld, a.upheld],
    [m.annulled, a.annulled],
    [m.awaitingBoard, a.awaitingBoard],
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="report-outcomes">
      <StatCards
        stats={[
          { key: 'ruled', label: m.ruled, value: countFa(o.ruled) },
          { key: 'compliant', label: m.compliant, value: countFa(o.compliant), tone: 'good' },
          { key: 'objected', label: m.objected, value: countFa(o.objected), tone: 'bad' },
          { key: 'rate', label: m.objectionRate, value: rateFa(o.objectionRate) },
        ]}
      />
      <Figure
        title={m.outcomesChart}
        testId="figure-outcomes"
        chart={
          <ReportBarChart
            labels={main.map(([l]) => l)}
            series={[{ label: m.count, data: main.map(([, n]) => n) }]}
            testId="chart-outcomes"
          />
        }
        table={<ReportTable columns={PAIR} rows={main} rowKey={([l]) => l} testId="table-outcomes" />}
      />
      <Figure
        title={m.afterTitle}
        chart={
          <ReportBarChart
            labels={after.map(([l]) => l)}
            series={[{ label: m.count, data: after.map(([, n]) => n), color: '#6a4c93' }]}
          />
        }
        table={<ReportTable columns={PAIR} rows={after} rowKey={([l]) => l} testId="table-after" />}
      />
      <RateFigure
        title={m.byCategory}
        first={m.category}
        testId="figure-by-category"
        rows={o.byCategory.map((r) => ({ ...r, label: categoryLabel(r.category) }))}
      />
      <RateFigure
        title={m.byCouncil}
        first={m.council}
        testId="figure-by-council"
        rows={o.byCouncil.map((r) => ({ ...r, label: r.councilName }))}
      />
      <Figure
        title={m.grounds}
        chart={
          o.grounds.length > 0 && (
            <ReportBarChart
              labels={o.grounds.map((g) => objectionGroundLabel(g.ground))}
              series={[{ label: m.count, data: o.grounds.map((g) => g.count) }]}
            />
          )
        }
        table={
          <ReportTable
            testId="table-grounds"
            rows={o.grounds}
            rowKey={(g) => g.ground}
            columns={[
              { label: m.ground, value: (g) => objectionGroundLabel(g.ground) },
              { label: m.count, value: (g) => countFa(g.count), numeric: true },
            ]}
          />
        }
      />
    </Box>
  );
}
