// The period (year, season, month or a custom range on the Jalali calendar) and the filters
// (council, council kind, category, status) of the reports page.
import Box from '@mui/material/Box';
import { CATEGORIES } from '../../../shared/domain/categories';
import { COUNCIL_KINDS } from '../../../shared/domain/councils';
import { STATUSES } from '../../../shared/domain/statuses';
import { JALALI_MONTHS } from '../../../shared/dates/jalali';
import { SEASONS } from '../../../shared/reports/period';
import type { ReportFilters } from '../../../shared/reports/schema';
import type { Council } from '../../../shared/schemas/council';
import { CouncilAutocomplete } from '../../components/CouncilAutocomplete';
import { JalaliDateField } from '../../components/JalaliDateField';
import { toFa } from '../../format/fa';
import { reportMessages as m } from '../../messages/reports';
import type { PeriodKind, ReportQuery } from './query';
import { Choice } from './Choice';

const KINDS: PeriodKind[] = ['year', 'season', 'month', 'range'];

export function ReportControls({
  query,
  onChange,
  councils,
  years,
}: {
  query: ReportQuery;
  onChange: (q: ReportQuery) => void;
  councils: readonly Council[];
  years: number[];
}) {
  const set = (patch: Partial<ReportQuery>) => onChange({ ...query, ...patch });
  const filter = (patch: Partial<ReportFilters>) => {
    const filters = { ...query.filters, ...patch };
    for (const k of Object.keys(filters) as (keyof ReportFilters)[]) if (!filters[k]) delete filters[k];
    onChange({ ...query, filters });
  };
  const f = query.filters;
  return (
    <Box
      sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', mb: 2 }}
      data-testid="report-controls"
    >
      <Choice
        label={m.periodKind}
        value={query.kind}
        testId="report-kind"
        options={KINDS.map((k) => ({ value: k, label: m.kinds[k] }))}
        onChange={(v) => set({ kind: v as PeriodKind })}
      />
      {query.kind !== 'range' && (
        <Choice
          label={m.year}
          value={query.year}
          testId="report-year"
          options={years.map((y) => ({ value: y, label: toFa(y) }))}
          onChange={(v) => set({ year: Number(v) })}
        />
      )}
      {query.kind === 'season' && (
        <Choice
          label={m.season}
          value={query.season}
          testId="report-season"
          options={SEASONS.map((s, i) => ({ value: i + 1, label: s }))}
          onChange={(v) => set({ season: Number(v) })}
        />
      )}
      {query.kind === 'month' && (
        <Choice
          label={m.month}
          value={query.month}
          testId="report-month"
          options={JALALI_MONTHS.map((s, i) => ({ value: i + 1, label: s }))}
          onChange={(v) => set({ month: Number(v) })}
        />
      )}
      {query.kind === 'range' && (
        <>
          <JalaliDateField label={m.from} value={query.from} onChange={(v) => set({ from: v })} testId="report-from" />
          <JalaliDateField label={m.to} value={query.to} onChange={(v) => set({ to: v })} testId="report-to" />
        </>
      )}
      <Box sx={{ gridColumn: 'span 2' }}>
        <CouncilAutocomplete
          councils={councils}
          value={f.councilId ?? null}
          onChange={(id) => filter({ councilId: id ?? undefined })}
          label={m.council}
          placeholder={m.allCouncils}
          testId="report-council"
        />
      </Box>
      <Choice
        all
        label={m.councilKind}
        value={f.councilKind}
        testId="report-council-kind"
        options={COUNCIL_KINDS.map((k) => ({ value: k.code, label: k.label }))}
        onChange={(v) => filter({ councilKind: (v || undefined) as ReportFilters['councilKind'] })}
      />
      <Choice
        all
        label={m.category}
        value={f.category}
        testId="report-category"
        options={CATEGORIES.map((c) => ({ value: c.code, label: c.label }))}
        onChange={(v) => filter({ category: (v || undefined) as ReportFilters['category'] })}
      />
      <Choice
        all
        label={m.status}
        value={f.status}
        testId="report-status"
        options={STATUSES.map((s) => ({ value: s.code, label: s.label }))}
        onChange={(v) => filter({ status: (v || undefined) as ReportFilters['status'] })}
      />
    </Box>
  );
}
