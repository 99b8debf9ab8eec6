// The dashboard's smaller tables: objections by category, and offices whose figures are stale.
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { categoryLabel } from '../../shared/domain/categories';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { instantFa } from '../../src-renderer/format/fa';
import type { Overview } from '../types';
import { t } from '../messages';
import { numFa, pct } from './format';
import { ExportLink } from './ExportLink';
import { Section } from './Section';

export function CategoryTable({ rows }: { rows: Overview['outcomes']['byCategory'] }) {
  return (
    <Section title={t.sections.categories} testId="categories">
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t.none}</Typography>
      ) : (
        <ReportTable
          rows={rows}
          rowKey={(r) => r.category}
          columns={[
            { label: 'دسته', value: (r) => categoryLabel(r.category) },
            { label: t.units.ruled, numeric: true, value: (r) => numFa(r.ruled) },
            { label: 'اعتراض', numeric: true, value: (r) => numFa(r.objected) },
            { label: t.units.objectionRate, numeric: true, value: (r) => pct(r.rate) },
          ]}
        />
      )}
    </Section>
  );
}

export function StaleTable({
  rows,
  exportHref,
  onOpen,
}: {
  rows: Overview['stale'];
  exportHref: string;
  onOpen: (id: string) => void;
}) {
  return (
    <Section title={t.sections.stale} actions={<ExportLink href={exportHref} />} testId="stale">
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t.none}</Typography>
      ) : (
        <ReportTable
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              label: 'کد',
              value: (r) => (
                <Link component="button" onClick={() => onOpen(r.id)}>
                  {r.code}
                </Link>
              ),
            },
            { label: 'دبیرخانه', value: (r) => r.name },
            { label: 'استان', value: (r) => r.province },
            { label: 'شهرستان', value: (r) => r.county },
            { label: 'آخرین همگام‌سازی', value: (r) => (r.lastSyncAt ? instantFa(r.lastSyncAt) : t.never) },
            { label: 'روز', numeric: true, value: (r) => (r.daysSince === null ? '—' : numFa(r.daysSince)) },
          ]}
        />
      )}
    </Section>
  );
}
