// گزارش‌ها (issue 12): the monitoring reports over a Jalali period and filters, each figure a
// chart with its table beside it. The figures come from the core, one report (tab) at a time
// (reports.part), so a tab costs only its own reading; the exports take them all. The page only
// shows them.
import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { jalaliYear } from '../../../shared/dates/jalali';
import { REPORT_PARTS, type ReportPart } from '../../../shared/reports/schema';
import { useCall } from '../../api/useCall';
import { useAppInfo } from '../../app/AppInfoContext';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { dateFa } from '../../format/fa';
import { reportMessages as m } from '../../messages/reports';
import { ComplaintsFigure } from './ComplaintsFigure';
import { ComplianceSection } from './ComplianceSection';
import { CouncilsSection } from './CouncilsSection';
import { OutcomesSection } from './OutcomesSection';
import { ExpertsSection, MembersSection } from './PeopleSections';
import { ReportControls } from './ReportControls';
import { initialQuery, periodOf } from './query';
import { ExportButton } from './ExportButton';
import { FinancialSection } from './FinancialSection';

export function ReportsPage() {
  const { today } = useAppInfo();
  const [query, setQuery] = useState(() => initialQuery(today));
  const [tab, setTab] = useState<ReportPart>('compliance');
  const period = periodOf(query);
  const input = period ? { period, filters: query.filters } : null;
  const report = useCall('reports.part', input && { ...input, part: tab });
  const councils = useCall('councils.list', { includeInactive: true });
  const years = useMemo(() => {
    const current = jalaliYear(today);
    return Array.from({ length: current - 1398 }, (_, i) => current - i);
  }, [today]);
  const r = report.data;
  // while another tab's figures load, the last ones stay for the header, not under this tab
  const shown = r?.part === tab ? r : undefined;
  return (
    <Box data-testid="reports-page">
      <PageHeader
        title={m.title}
        subtitle={r ? m.subtitle(r.period.label, dateFa(r.asOf)) : undefined}
        actions={
          input &&
          r && (
            <>
              <ExportButton input={input} format="pdf" />
              <ExportButton input={input} format="excel" />
            </>
          )
        }
      />
      <ReportControls query={query} onChange={setQuery} councils={councils.data ?? []} years={years} />
      {!period && <Alert severity="info">{m.pickRange}</Alert>}
      <LoadError error={report.error} onRetry={report.reload} testId="reports-error" />
      {report.loading && <LinearProgress sx={{ mb: 1 }} />}
      {r && !report.error && (
        <>
          {r.received === 0 && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="reports-empty">
              {m.noData}
            </Alert>
          )}
          <Tabs
            value={tab}
            onChange={(_, v: ReportPart) => setTab(v)}
            sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
          >
            {REPORT_PARTS.map((t) => (
              <Tab key={t} value={t} label={m.tabs[t]} data-testid={`report-tab-${t}`} />
            ))}
          </Tabs>
          {shown?.compliance && <ComplianceSection report={shown.compliance} />}
          {shown?.compliance && shown.complaints && <ComplaintsFigure c={shown.complaints} />}
          {shown?.outcomes && <OutcomesSection report={shown.outcomes} />}
          {shown?.members && <MembersSection rows={shown.members} />}
          {shown?.experts && <ExpertsSection rows={shown.experts} />}
          {shown?.councils && <CouncilsSection rows={shown.councils} />}
          {shown?.financial && <FinancialSection report={shown.financial} />}
        </>
      )}
    </Box>
  );
}
