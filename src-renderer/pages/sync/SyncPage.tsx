// همگام‌سازی: every signed-in user sees where sync stands; the secretariat and the admin start a
// run; the admin enrolls the office. The state is polled every second while a run is going (for
// its progress), and every 15 seconds otherwise (the periodic run happens on its own).
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CloudSyncOutlined from '@mui/icons-material/CloudSyncOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import type { SyncItem, SyncStatus } from '../../../shared/schemas/sync';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { errorText } from '../../api/errorText';
import { useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { syncMessages as m } from '../../messages/sync';
import { EnrollForm } from './EnrollForm';
import { SyncIssues } from './SyncIssues';
import { SyncStatePanel } from './SyncStatePanel';
import { LoadError } from '../../components/LoadError';

export function SyncPage() {
  const can = useCan();
  const notify = useNotify();
  const loaded = useCall('sync.status', {});
  // the answer of an action (sync now, retry, enroll) shows at once, before the next poll
  const [fresh, setFresh] = useState<SyncStatus | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const s = fresh ?? loaded.data;
  const running = s?.running ?? false;
  const { reload } = loaded;

  useEffect(() => setFresh(null), [loaded.data]);
  useEffect(() => {
    const timer = setInterval(reload, running ? 1_000 : 15_000);
    return () => clearInterval(timer);
  }, [reload, running]);

  const act = async (run: () => Promise<SyncStatus>, done: string) => {
    setActionError(null);
    try {
      setFresh(await run());
      notify(done);
    } catch (err) {
      setActionError(errorText(err));
    }
  };

  const syncNow = async () => {
    setStarting(true);
    await act(() => call('sync.now', {}), m.started);
    setStarting(false);
  };
  const retry = (item: SyncItem) =>
    act(() => call('sync.retry', { entity: item.entity, recordId: item.recordId }), m.retried);

  if (!s) {
    if (loaded.error !== null) return <LoadError error={loaded.error} onRetry={reload} sx={{}} />;
    return <PageSkeleton />;
  }

  const maySync = can('sync.now');
  const mayEnroll = can('sync.enroll');
  return (
    <Box data-testid="sync-page">
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        actions={
          s.enrolled &&
          maySync && (
            <Button
              variant="contained"
              onClick={syncNow}
              disabled={running || starting}
              data-testid="sync-now"
              startIcon={running || starting ? <CircularProgress size={18} color="inherit" /> : <SyncOutlined />}
            >
              {running ? m.syncing : m.syncNow}
            </Button>
          )
        }
      />
      {actionError && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="sync-action-error">
          {actionError}
        </Alert>
      )}
      {s.enrolled ? (
        <SyncStatePanel s={s} />
      ) : (
        <Paper variant="outlined" sx={{ mb: 2 }}>
          <EmptyState
            testId="sync-not-enrolled"
            icon={<CloudSyncOutlined />}
            title={m.notEnrolledTitle}
            body={mayEnroll ? m.notEnrolledAdmin : m.notEnrolledOther}
          />
        </Paper>
      )}
      <SyncIssues
        title={m.rejectedTitle}
        intro={m.rejectedIntro}
        items={s.rejected}
        severity="error"
        testId="sync-rejected"
        onRetry={maySync ? retry : undefined}
      />
      <SyncIssues
        title={m.setAsideTitle}
        intro={m.setAsideIntro}
        items={s.setAside}
        severity="warning"
        testId="sync-set-aside"
      />
      <SyncIssues title={m.heldTitle} intro={m.heldIntro} items={s.held} severity="info" testId="sync-held" />
      {mayEnroll && (
        <Paper variant="outlined" sx={{ p: 2.5, mt: 2 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {s.enrolled ? m.reenrollTitle : m.enrollTitle}
          </Typography>
          {s.enrolled && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {m.reenrollIntro}
            </Typography>
          )}
          <EnrollForm
            serverUrl={s.serverUrl}
            onEnrolled={(next) => {
              setFresh(next);
              notify(m.enrolled(next.serverOffice?.name ?? ''));
            }}
          />
        </Paper>
      )}
    </Box>
  );
}
