// The units below the one on screen: a stacked chart of what became of what each received, and
// the table of the same figures beside it (each name opens that unit).
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { ReportBarChart } from '../../src-renderer/pages/reports/ReportBarChart';
import { ReportTable, type Column } from '../../src-renderer/pages/reports/ReportTable';
import type { UnitFigures } from '../types';
import { t } from '../messages';
import { numFa, pct } from './format';
import { ExportLink } from './ExportLink';
import { Section } from './Section';

export function UnitTable({
  rows,
  exportHref,
  onOpen,
}: {
  rows: UnitFigures[];
  exportHref: string;
  onOpen: (r: UnitFigures) => void;
}) {
  const u = t.units;
  const columns: Column<UnitFigures>[] = [
    {
      label: u.unit,
      value: (r) => (
        <Link component="button" onClick={() => onOpen(r)}>
          {r.name}
        </Link>
      ),
    },
    { label: u.offices, numeric: true, value: (r) => numFa(r.offices) },
    { label: u.received, numeric: true, value: (r) => numFa(r.received) },
    { label: u.ruled, numeric: true, value: (r) => numFa(r.ruled) },
    { label: u.inWindow, numeric: true, value: (r) => numFa(r.ruledInWindow) },
    { label: u.late, numeric: true, value: (r) => numFa(r.ruledLate) },
    { label: u.lapsed, numeric: true, value: (r) => numFa(r.lapsed) },
    { label: u.pending, numeric: true, value: (r) => numFa(r.pending) },
    { label: u.overdue, numeric: true, value: (r) => numFa(r.overdue) },
    { label: u.objectionRate, numeric: true, value: (r) => pct(r.objectionRate) },
    { label: u.stale, numeric: true, value: (r) => numFa(r.staleOffices) },
  ];
  return (
    <Section title={t.sections.units} actions={<ExportLink href={exportHref} testId="export-units" />} testId="units">
      <Box sx={{ display: 'grid', gridTemplateColumns: { md: '2fr 3fr' }, gap: 2, alignItems: 'start' }}>
        <ReportBarChart
          stacked
          labels={rows.map((r) => r.name)}
          series={[
            { label: u.inWindow, data: rows.map((r) => r.ruledInWindow), color: '#2e7d32' },
            { label: u.late, data: rows.map((r) => r.ruledLate), color: '#ed6c02' },
            { label: u.lapsed, data: rows.map((r) => r.lapsed), color: '#d32f2f' },
            { label: u.pending, data: rows.map((r) => r.pending), color: '#90a4ae' },
          ]}
          testId="units-chart"
        />
        <ReportTable columns={columns} rows={rows} rowKey={(r) => r.id ?? r.name} testId="units-table" />
      </Box>
    </Section>
  );
}
