// The admin actions of the accounts in scope (and, for the ministry, the command line's), newest first.
import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { instantFa } from '../../src-renderer/format/fa';
import type { AuditRow } from '../types';
import { Section } from '../monitor/Section';
import { useLoad } from '../monitor/useLoad';
import { a } from './messages';

export function AuditPanel() {
  const { data, error, loading } = useLoad<{ entries: AuditRow[] }>('/console/api/audit');
  return (
    <Section title={a.audit.title} testId="admin-audit">
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error}</Alert>}
      {data && (
        <ReportTable
          rows={data.entries}
          rowKey={(r) => String(r.seq)}
          columns={[
            { label: a.audit.at, value: (r) => instantFa(r.at) },
            {
              label: a.audit.actor,
              value: (r) => (r.actor === 'cli' ? a.audit.cli : <span dir="ltr">{r.actorName}</span>),
            },
            { label: a.audit.action, value: (r) => <span dir="ltr">{r.action}</span> },
            { label: a.audit.target, value: (r) => r.target ?? '' },
          ]}
        />
      )}
    </Section>
  );
}
