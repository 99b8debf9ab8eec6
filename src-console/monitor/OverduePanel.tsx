// What is past its deadline right now anywhere in the account's scope (whatever the period).
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { dateFa } from '../../src-renderer/format/fa';
import { qs } from '../api';
import type { Overdue, View } from '../types';
import { t } from '../messages';
import { numFa } from './format';
import { ExportLink } from './ExportLink';
import { Section } from './Section';
import { useLoad } from './useLoad';

export function OverduePanel({ view }: { view: View }) {
  const query = qs({ unit: view.unit });
  const { data, error, loading } = useLoad<Overdue>(`/console/api/overdue?${query}`);
  return (
    <Section
      title={`${t.sections.overdue}${data ? ` (${numFa(data.total)})` : ''}`}
      actions={<ExportLink href={`/console/api/export/overdue.xlsx?${query}`} testId="export-overdue" />}
      testId="overdue"
    >
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error}</Alert>}
      {data && data.rows.length === 0 && <Typography color="text.secondary">{t.none}</Typography>}
      {data && data.rows.length > 0 && (
        <ReportTable
          rows={data.rows}
          rowKey={(r) => `${r.officeId}/${r.resolutionId}`}
          columns={[
            { label: 'استان', value: (r) => r.province },
            { label: 'شهرستان', value: (r) => r.county },
            { label: 'دبیرخانه', value: (r) => r.office },
            { label: 'شمارهٔ وارده', value: (r) => r.incomingNumber },
            { label: 'عنوان', value: (r) => r.title },
            { label: 'مهلت', value: (r) => r.dueLabel },
            { label: 'تاریخ مهلت', numeric: true, value: (r) => dateFa(r.dueDate) },
            { label: 'روز گذشته', numeric: true, value: (r) => numFa(r.daysOver) },
          ]}
        />
      )}
    </Section>
  );
}
