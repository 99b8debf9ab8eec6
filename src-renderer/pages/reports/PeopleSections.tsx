// The panel's members (attendance, findings on time, silence, agreement with the ruling) and
// the advisory experts (opinions on time, late, overdue, average days).
import Box from '@mui/material/Box';
import type { ExpertRow, MemberRow } from '../../../shared/reports/schema';
import { reportMessages as m } from '../../messages/reports';
import { Figure } from './Figure';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';
import { countFa, daysFa, rateFa } from './format';

export function MembersSection({ rows }: { rows: MemberRow[] }) {
  return (
    <Box data-testid="report-members">
      <Figure
        title={m.membersChart}
        wide
        testId="figure-members"
        chart={
          <ReportBarChart
            stacked
            labels={rows.map((r) => r.name)}
            series={[
              { label: m.attended, data: rows.map((r) => r.attended), color: '#2e7d32' },
              { label: m.missed, data: rows.map((r) => r.missed), color: '#b3261e' },
            ]}
          />
        }
        table={
          <ReportTable
            testId="table-members"
            rows={rows}
            rowKey={(r) => r.memberId}
            columns={[
              { label: m.member, value: (r) => r.name },
              { label: m.attended, value: (r) => countFa(r.attended), numeric: true },
              { label: m.missed, value: (r) => countFa(r.missed), numeric: true },
              { label: m.findings, value: (r) => countFa(r.findings), numeric: true },
              { label: m.onTime, value: (r) => countFa(r.onTime), numeric: true },
              { label: m.late, value: (r) => countFa(r.late), numeric: true },
              { label: m.silent, value: (r) => countFa(r.silent), numeric: true },
              { label: m.agreement, value: (r) => rateFa(r.agreementRate), numeric: true },
            ]}
          />
        }
      />
    </Box>
  );
}

export function ExpertsSection({ rows }: { rows: ExpertRow[] }) {
  return (
    <Box data-testid="report-experts">
      <Figure
        title={m.expertsChart}
        wide
        testId="figure-experts"
        chart={
          <ReportBarChart
            stacked
            labels={rows.map((r) => r.name)}
            series={[
              { label: m.onTime, data: rows.map((r) => r.onTime), color: '#2e7d32' },
              { label: m.late, data: rows.map((r) => r.late), color: '#c77700' },
              { label: m.overdue, data: rows.map((r) => r.overdue), color: '#b3261e' },
              { label: m.open, data: rows.map((r) => r.open), color: '#5c6bc0' },
            ]}
          />
        }
        table={
          <ReportTable
            testId="table-experts"
            rows={rows}
            rowKey={(r) => r.expertId}
            columns={[
              { label: m.expert, value: (r) => r.name },
              { label: m.assigned, value: (r) => countFa(r.assigned), numeric: true },
              { label: m.submitted, value: (r) => countFa(r.submitted), numeric: true },
              { label: m.onTime, value: (r) => countFa(r.onTime), numeric: true },
              { label: m.late, value: (r) => countFa(r.late), numeric: true },
              { label: m.overdue, value: (r) => countFa(r.overdue), numeric: true },
              { label: m.averageDays, value: (r) => daysFa(r.days.average), numeric: true },
            ]}
          />
        }
      />
    </Box>
  );
}
