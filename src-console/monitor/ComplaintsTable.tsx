// Citizens' complaints of the units below the one on screen (or of the unit itself when it is an
// office): filed on the public form in the period and answered by the offices in it, a chart and
// the table beside it, exportable. Read on its own (always current), not with the kept overview.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { ReportBarChart } from '../../src-renderer/pages/reports/ReportBarChart';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import type { Complaints } from '../types';
import { t } from '../messages';
import { numFa } from './format';
import { ExportLink } from './ExportLink';
import { GRID, label, rowsOf } from './PeopleTables';
import { Section } from './Section';
import { useLoad } from './useLoad';

export function ComplaintsTable({ query }: { query: string }) {
  const { data, error } = useLoad<Complaints>(`/console/api/complaints?${query}`);
  const rows = data ? rowsOf(data) : [];
  const c = t.complaints;
  return (
    <Section
      title={c.title}
      actions={<ExportLink href={`/console/api/export/complaints.xlsx?${query}`} testId="export-complaints" />}
      testId="complaints"
    >
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <Box sx={GRID}>
          <ReportBarChart
            labels={data.children.map((r) => r.name)}
            series={[
              { label: c.received, data: data.children.map((r) => r.received), color: '#1565c0' },
              { label: c.answered, data: data.children.map((r) => r.answered), color: '#2e7d32' },
            ]}
            testId="complaints-chart"
          />
          <ReportTable
            rows={rows}
            rowKey={(r) => `${r.kind}:${r.id ?? ''}`}
            testId="complaints-table"
            columns={[
              { label: 'واحد', value: (r) => label(r, rows.indexOf(r), rows) },
              { label: c.offices, numeric: true, value: (r) => numFa(r.offices) },
              { label: c.received, numeric: true, value: (r) => numFa(r.received) },
              { label: c.answered, numeric: true, value: (r) => numFa(r.answered) },
            ]}
          />
        </Box>
      )}
    </Section>
  );
}
