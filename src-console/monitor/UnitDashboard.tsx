// A unit's dashboard: where it sits (breadcrumbs), the period, headline figures, the units below
// it as a chart and a table (a click goes down one level; an office opens its register), the
// panel members' and experts' figures, citizens' complaints, the objection rate by category, and the offices whose
// figures are stale.
import Alert from '@mui/material/Alert';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LinearProgress from '@mui/material/LinearProgress';
import { StatCards } from '../../src-renderer/pages/reports/StatCards';
import { qs } from '../api';
import type { Overview, View } from '../types';
import { t } from '../messages';
import { numFa, pct, viewQuery } from './format';
import { PeriodControls } from './PeriodControls';
import { UnitTable } from './UnitTable';
import { StaleTable, CategoryTable } from './SmallTables';
import { ExpertsTable, MembersTable } from './PeopleTables';
import { ComplaintsTable } from './ComplaintsTable';
import { useLoad } from './useLoad';
import { ComputedNote } from './ComputedNote';

export function UnitDashboard({
  view,
  onView,
  onOffice,
}: {
  view: View;
  onView: (v: View) => void;
  onOffice: (id: string) => void;
}) {
  const query = qs(viewQuery(view));
  const { data, error, loading } = useLoad<Overview>(`/console/api/overview?${query}`);
  const go = (unit: string | undefined) => onView({ ...view, unit });
  const o = data;
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
        <Breadcrumbs sx={{ flexGrow: 1 }} data-testid="breadcrumbs">
          {o?.unit.path.map((p) => (
            <Link key={p.kind + p.id} component="button" onClick={() => go(p.id ? `${p.kind}:${p.id}` : 'country')}>
              {p.name}
            </Link>
          ))}
          <Typography sx={{ fontWeight: 700 }} data-testid="unit-name">
            {o?.unit.name ?? ''}
          </Typography>
        </Breadcrumbs>
        <PeriodControls view={view} onView={onView} />
      </Stack>
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error}</Alert>}
      {o && (
        <>
          <ComputedNote period={o.period.label} asOf={o.asOf} computedAt={o.computedAt} />
          <StatCards
            stats={[
              { key: 'received', label: t.stats.received, value: numFa(o.totals.received) },
              { key: 'in-window', label: t.stats.inWindow, value: pct(o.totals.inWindowRate), tone: 'good' },
              {
                key: 'lapsed',
                label: t.stats.lapsed,
                value: numFa(o.totals.lapsed),
                tone: o.totals.lapsed ? 'bad' : undefined,
              },
              { key: 'pending', label: t.stats.pending, value: numFa(o.totals.pending) },
              {
                key: 'overdue',
                label: t.stats.overdue,
                value: numFa(o.totals.overdue),
                tone: o.totals.overdue ? 'bad' : undefined,
              },
              { key: 'objection-rate', label: t.stats.objectionRate, value: pct(o.totals.objectionRate) },
              {
                key: 'stale',
                label: t.stats.stale,
                value: numFa(o.stale.length),
                tone: o.stale.length ? 'warn' : undefined,
              },
            ]}
          />
          {o.stale.length > 0 && <Alert severity="warning">{t.staleNote(numFa(o.stale.length))}</Alert>}
          {o.children.length > 0 && (
            <UnitTable
              rows={o.children}
              exportHref={`/console/api/export/units.xlsx?${query}`}
              onOpen={(r) => (r.kind === 'office' ? onOffice(r.id!) : go(`${r.kind}:${r.id}`))}
            />
          )}
          {o.unit.kind === 'office' && o.unit.id && (
            <Link component="button" onClick={() => onOffice(o.unit.id!)}>
              {t.sections.register}
            </Link>
          )}
          <MembersTable people={o.members} exportHref={`/console/api/export/members.xlsx?${query}`} />
          <ExpertsTable people={o.experts} exportHref={`/console/api/export/experts.xlsx?${query}`} />
          <ComplaintsTable query={query} />
          <CategoryTable rows={o.outcomes.byCategory} />
          <StaleTable rows={o.stale} exportHref={`/console/api/export/stale.xlsx?${query}`} onOpen={onOffice} />
        </>
      )}
    </Stack>
  );
}
