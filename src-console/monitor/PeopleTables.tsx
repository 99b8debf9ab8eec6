// The panel members' and the advisory experts' figures of the units below the one on screen (or of
// the unit itself when it is an office): a chart and the table beside it, each exportable.
import Box from '@mui/material/Box';
import { ReportBarChart } from '../../src-renderer/pages/reports/ReportBarChart';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import type { Overview } from '../types';
import { numFa, pct } from './format';
import { ExportLink } from './ExportLink';
import { Section } from './Section';

type Members = Overview['members']['totals'];
type Experts = Overview['experts']['totals'];

export const GRID = { display: 'grid', gridTemplateColumns: { md: '2fr 3fr' }, gap: 2, alignItems: 'start' } as const;
/** The units below, then the unit's own total as the last row. */
export const rowsOf = <T,>(p: { totals: T; children: T[] }) => [...p.children, p.totals];
export const label = (r: { name: string }, i: number, all: unknown[]) =>
  i === all.length - 1 ? `جمع ${r.name}` : r.name;

export function MembersTable({ people, exportHref }: { people: Overview['members']; exportHref: string }) {
  const rows = rowsOf<Members>(people);
  return (
    <Section title="اعضای هیأت" actions={<ExportLink href={exportHref} testId="export-members" />} testId="members">
      <Box sx={GRID}>
        <ReportBarChart
          stacked
          labels={people.children.map((r) => r.name)}
          series={[
            { label: 'نظر در مهلت', data: people.children.map((r) => r.onTime), color: '#2e7d32' },
            { label: 'نظر با تأخیر', data: people.children.map((r) => r.late), color: '#ed6c02' },
            { label: 'عدم مغایرت سیستمی', data: people.children.map((r) => r.silent), color: '#90a4ae' },
          ]}
          testId="members-chart"
        />
        <ReportTable
          rows={rows}
          rowKey={(r) => `${r.kind}:${r.id ?? ''}`}
          testId="members-table"
          columns={[
            { label: 'واحد', value: (r) => label(r, rows.indexOf(r), rows) },
            { label: 'اعضا', numeric: true, value: (r) => numFa(r.members) },
            { label: 'حضور', numeric: true, value: (r) => pct(r.attendanceRate) },
            { label: 'نظر ثبت‌شده', numeric: true, value: (r) => numFa(r.findings) },
            { label: 'در مهلت', numeric: true, value: (r) => pct(r.onTimeRate) },
            { label: 'سکوت', numeric: true, value: (r) => numFa(r.silent) },
            { label: 'همسو با رأی', numeric: true, value: (r) => pct(r.agreementRate) },
          ]}
        />
      </Box>
    </Section>
  );
}

export function ExpertsTable({ people, exportHref }: { people: Overview['experts']; exportHref: string }) {
  const rows = rowsOf<Experts>(people);
  return (
    <Section title="کارشناسان" actions={<ExportLink href={exportHref} testId="export-experts" />} testId="experts">
      <Box sx={GRID}>
        <ReportBarChart
          stacked
          labels={people.children.map((r) => r.name)}
          series={[
            { label: 'نظر ارائه‌شده', data: people.children.map((r) => r.submitted), color: '#2e7d32' },
            { label: 'در انتظار نظر', data: people.children.map((r) => r.open), color: '#90a4ae' },
            { label: 'گذشته از مهلت', data: people.children.map((r) => r.overdue), color: '#d32f2f' },
          ]}
          testId="experts-chart"
        />
        <ReportTable
          rows={rows}
          rowKey={(r) => `${r.kind}:${r.id ?? ''}`}
          testId="experts-table"
          columns={[
            { label: 'واحد', value: (r) => label(r, rows.indexOf(r), rows) },
            { label: 'کارشناسان', numeric: true, value: (r) => numFa(r.experts) },
            { label: 'نظر ارائه‌شده', numeric: true, value: (r) => numFa(r.submitted) },
            {
              label: 'میانگین روز از وصول',
              numeric: true,
              value: (r) => (r.days.average === null ? '—' : numFa(r.days.average)),
            },
            { label: 'در انتظار نظر', numeric: true, value: (r) => numFa(r.open) },
            { label: 'گذشته از مهلت', numeric: true, value: (r) => numFa(r.overdue) },
          ]}
        />
      </Box>
    </Section>
  );
}
