// Councils: what each sent, how late, how often the panel objected, whether it answered within
// its window and how often it insisted, and what kinds of resolution it presses for.
import Box from '@mui/material/Box';
import { categoryLabel } from '../../../shared/domain/categories';
import type { CouncilRow } from '../../../shared/reports/schema';
import { reportMessages as m } from '../../messages/reports';
import { Figure } from './Figure';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';
import { countFa, daysFa, rateFa } from './format';

/** The chart shows the busiest councils; the table lists them all. */
const CHART_ROWS = 12;

export function CouncilsSection({ rows }: { rows: CouncilRow[] }) {
  const charted = rows.slice(0, CHART_ROWS);
  return (
    <Box data-testid="report-councils">
      <Figure
        title={m.councilsChart}
        wide
        testId="figure-councils"
        chart={
          <ReportBarChart
            stacked
            labels={charted.map((r) => r.councilName)}
            series={[
              { label: m.compliant, data: charted.map((r) => r.ruled - r.objected), color: '#2e7d32' },
              { label: m.objected, data: charted.map((r) => r.objected), color: '#b3261e' },
              { label: m.unruled, data: charted.map((r) => r.sent - r.ruled), color: '#9e9e9e' },
            ]}
          />
        }
        table={
          <ReportTable
            testId="table-councils"
            rows={rows}
            rowKey={(r) => r.councilId}
            columns={[
              { label: m.council, value: (r) => r.councilName },
              { label: m.sent, value: (r) => countFa(r.sent), numeric: true },
              { label: m.sendingDays, value: (r) => daysFa(r.sendingDays.average), numeric: true },
              { label: m.lateSending, value: (r) => countFa(r.lateSending), numeric: true },
              { label: m.objectionRate, value: (r) => rateFa(r.objectionRate), numeric: true },
              {
                label: m.answers,
                value: (r) => `${countFa(r.answersInTime)} / ${countFa(r.answersLate)} / ${countFa(r.answersMissing)}`,
                numeric: true,
              },
              { label: m.insistence, value: (r) => rateFa(r.insistenceRate), numeric: true },
              {
                label: m.categories,
                value: (r) =>
                  r.categories
                    .slice(0, 3)
                    .map((c) => `${categoryLabel(c.category)} (${countFa(c.count)})`)
                    .join('، '),
              },
            ]}
          />
        }
      />
    </Box>
  );
}
