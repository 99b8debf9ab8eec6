// Compliance with the legal clock: ruled in time, late, lapsed (by name), pending and how close
// to their deadline, and how long each step took.
import Box from '@mui/material/Box';
import { DEADLINE_BANDS, type ComplianceReport, type DaysStat } from '../../../shared/reports/schema';
import { reportMessages as m } from '../../messages/reports';
import { Figure } from './Figure';
import { ReportBarChart } from './ReportBarChart';
import { ReportTable } from './ReportTable';
import { ResolutionList } from './ResolutionList';
import { StatCards } from './StatCards';
import { countFa, daysFa } from './format';

const pair = (label: string, value: string) => ({ label, value });
const PAIR_COLUMNS = [
  { label: m.step, value: (r: { label: string }) => r.label },
  { label: m.count, value: (r: { value: string }) => r.value, numeric: true },
];

export function ComplianceSection({ report: c }: { report: ComplianceReport }) {
  const clock = [
    [m.ruledInWindow, c.ruledInWindow],
    [m.ruledLate, c.ruledLate],
    [m.lapsed, c.lapsed],
    [m.pending, c.pending],
  ] as const;
  const durations: [string, DaysStat][] = [
    [m.rulingStep, c.daysToRuling],
    [m.answerStep, c.councilAnswers.days],
    [m.boardStep, c.referrals.days],
  ];
  const a = c.councilAnswers;
  const b = c.referrals;
  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="report-compliance">
      <StatCards
        stats={[
          { key: 'received', label: m.received, value: countFa(c.received) },
          { key: 'in-window', label: m.ruledInWindow, value: countFa(c.ruledInWindow), tone: 'good' },
          { key: 'late', label: m.ruledLate, value: countFa(c.ruledLate), tone: c.ruledLate ? 'warn' : undefined },
          { key: 'lapsed', label: m.lapsed, value: countFa(c.lapsed), tone: c.lapsed ? 'bad' : undefined },
          { key: 'pending', label: m.pending, value: countFa(c.pending) },
        ]}
      />
      <Figure
        title={m.clockChart}
        testId="figure-clock"
        chart={
          <ReportBarChart
            labels={clock.map(([l]) => l)}
            series={[{ label: m.count, data: clock.map(([, n]) => n) }]}
            testId="chart-clock"
          />
        }
        table={
          <ReportTable
            columns={PAIR_COLUMNS}
            rows={clock.map(([l, n]) => pair(l, countFa(n)))}
            rowKey={(r) => r.label}
            testId="table-clock"
          />
        }
      />
      <Figure
        title={m.bandsChart}
        testId="figure-bands"
        chart={
          <ReportBarChart
            labels={DEADLINE_BANDS.map((k) => m.bands[k])}
            series={[{ label: m.pending, data: c.pendingByBand.map((x) => x.count), color: '#c77700' }]}
          />
        }
        table={
          <ReportTable
            columns={PAIR_COLUMNS}
            rows={c.pendingByBand.map((x) => pair(m.bands[x.band], countFa(x.count)))}
            rowKey={(r) => r.label}
          />
        }
      />
      <Figure
        title={m.durations}
        testId="figure-durations"
        table={
          <ReportTable
            rows={durations}
            rowKey={([l]) => l}
            columns={[
              { label: m.step, value: ([l]) => l },
              { label: m.count, value: ([, d]) => countFa(d.count), numeric: true },
              { label: m.average, value: ([, d]) => daysFa(d.average), numeric: true },
              { label: m.median, value: ([, d]) => daysFa(d.median), numeric: true },
            ]}
          />
        }
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <Figure
          title={m.answersTitle}
          table={
            <ReportTable
              columns={PAIR_COLUMNS}
              rowKey={(r) => r.label}
              rows={[
                pair(m.answersDue, countFa(a.due)),
                pair(m.inTime, countFa(a.inTime)),
                pair(m.late, countFa(a.late)),
                pair(m.missing, countFa(a.missing)),
                pair(m.waiting, countFa(a.waiting)),
              ]}
              testId="table-answers"
            />
          }
        />
        <Figure
          title={m.referralsTitle}
          table={
            <ReportTable
              columns={PAIR_COLUMNS}
              rowKey={(r) => r.label}
              rows={[
                pair(m.referred, countFa(b.referred)),
                pair(m.decided, countFa(b.decided)),
                pair(m.inTime, countFa(b.inTime)),
                pair(m.late, countFa(b.late)),
                pair(m.overdue, countFa(b.overdue)),
              ]}
            />
          }
        />
      </Box>
      <Figure
        title={m.lapsedList}
        testId="figure-lapsed"
        table={<ResolutionList rows={c.lapsedList} testId="table-lapsed" />}
        note={c.lapsedList.length < c.lapsed ? m.listCapped(c.lapsedList.length, c.lapsed) : undefined}
      />
      <Figure
        title={m.pendingList}
        table={<ResolutionList rows={c.pendingList} withDaysLeft testId="table-pending" />}
        note={c.pendingList.length < c.pending ? m.listCapped(c.pendingList.length, c.pending) : undefined}
      />
    </Box>
  );
}
