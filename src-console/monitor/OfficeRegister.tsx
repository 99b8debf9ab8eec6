// One office's register, read-only, for the period, a page at a time (newest first); a row opens
// the resolution's timeline. The Excel export has the whole period.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Pagination from '@mui/material/Pagination';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { categoryLabel } from '../../shared/domain/categories';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { dateFa } from '../../src-renderer/format/fa';
import { qs } from '../api';
import type { Register, View } from '../types';
import { t } from '../messages';
import { numFa, viewQuery } from './format';
import { ExportLink } from './ExportLink';
import { Section } from './Section';
import { TimelineDialog } from './TimelineDialog';
import { useLoad } from './useLoad';

export function OfficeRegister({ officeId, view, onBack }: { officeId: string; view: View; onBack: () => void }) {
  const query = qs({ ...viewQuery(view), unit: undefined, staleDays: undefined });
  const [page, setPage] = useState(1);
  const { data, error, loading } = useLoad<Register>(
    `/console/api/offices/${encodeURIComponent(officeId)}/register?${query}&page=${page}`,
  );
  const [open, setOpen] = useState<string | null>(null);
  const pages = data ? Math.ceil(data.total / data.pageSize) : 0;
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <Button onClick={onBack}>{t.back}</Button>
        <Typography variant="h6" sx={{ fontWeight: 700 }} data-testid="office-name">
          {data ? `${data.office.name} — ${data.office.county}، ${data.office.province}` : ''}
        </Typography>
      </Stack>
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <Section
          title={`${t.sections.register} — ${data.period.label} (${numFa(data.total)})`}
          actions={
            <ExportLink href={`/console/api/export/register-${officeId}.xlsx?${query}`} testId="export-register" />
          }
          testId="register"
        >
          <ReportTable
            rows={data.rows}
            rowKey={(r) => r.id}
            columns={[
              {
                label: 'شمارهٔ وارده',
                value: (r) => (
                  <Link component="button" onClick={() => setOpen(r.id)}>
                    {r.incomingNumber}
                  </Link>
                ),
              },
              { label: 'عنوان', value: (r) => r.title },
              { label: 'شورا', value: (r) => r.councilName },
              { label: 'دسته', value: (r) => categoryLabel(r.category) },
              { label: 'وضعیت', value: (r) => r.statusLabel },
              { label: 'تاریخ وصول', numeric: true, value: (r) => dateFa(r.receiptDate) },
              { label: 'مهلت رسیدگی', numeric: true, value: (r) => dateFa(r.objectionDeadline) },
              { label: 'تاریخ رأی', numeric: true, value: (r) => dateFa(r.rulingDate) },
            ]}
          />
          {pages > 1 && (
            <Pagination
              sx={{ mt: 1 }}
              count={pages}
              page={data.page}
              onChange={(_, p) => setPage(p)}
              data-testid="register-pages"
            />
          )}
        </Section>
      )}
      {open && <TimelineDialog officeId={officeId} resolutionId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
