// جلسات هیأت: sessions to come and sessions held, and «جلسهٔ جدید» for the secretary.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import EventAvailableOutlined from '@mui/icons-material/EventAvailableOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import { sessionTitle } from '../../../shared/schemas/session';
import { useCall } from '../../api/useCall';
import { useAppInfo, useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { sessionsMessages as m } from '../../messages/sessions';
import { SessionCard } from './SessionCard';
import { ScheduleDialog } from './ScheduleDialog';
import { SessionSettingsDialog } from './SessionSettingsDialog';
import { LoadError } from '../../components/LoadError';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1.5, color: 'primary.dark' }}>
        {title}
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5 }}>{children}</Box>
    </Box>
  );
}

export function SessionsPage() {
  const { today } = useAppInfo();
  const can = useCan();
  const navigate = useNavigate();
  const notify = useNotify();
  const list = useCall('sessions.list', {});
  const [scheduling, setScheduling] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const mayPlan = can('sessions.schedule');
  const mayConfigure = can('sessions.updateSettings');
  const settings = useCall('sessions.settings', {});

  const sessions = list.data ?? [];
  // the list comes newest first; what is ahead reads soonest first
  const upcoming = sessions.filter((s) => s.status === 'scheduled').reverse();
  const past = sessions.filter((s) => s.status !== 'scheduled');

  return (
    <Box data-testid="sessions-page">
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <>
            {mayConfigure && (
              <Button
                variant="outlined"
                startIcon={<TuneOutlined />}
                onClick={() => setConfiguring(true)}
                disabled={!settings.data}
                data-testid="session-settings"
              >
                {m.settings}
              </Button>
            )}
            {mayPlan && (
              <Button
                variant="contained"
                startIcon={<EventAvailableOutlined />}
                onClick={() => setScheduling(true)}
                data-testid="session-new"
              >
                {m.newSession}
              </Button>
            )}
          </>
        }
      />
      {settings.data && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="session-settings-summary">
          {m.settingsSummary(settings.data.agendaLimit, settings.data.quorum)}
        </Typography>
      )}
      <LoadError error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} variant="rounded" height={96} />
          ))}
        </Box>
      ) : sessions.length === 0 && list.data ? (
        <EmptyState
          testId="sessions-empty"
          icon={<EventNoteOutlined />}
          title={m.emptyTitle}
          body={m.emptyBody}
          action={
            mayPlan && (
              <Button variant="contained" onClick={() => setScheduling(true)}>
                {m.newSession}
              </Button>
            )
          }
        />
      ) : (
        <>
          <Section title={m.upcoming}>
            {upcoming.length ? (
              upcoming.map((s) => <SessionCard key={s.id} session={s} today={today} />)
            ) : (
              <Typography color="text.secondary">{m.noUpcoming}</Typography>
            )}
          </Section>
          <Section title={m.past}>
            {past.length ? (
              past.map((s) => <SessionCard key={s.id} session={s} today={today} />)
            ) : (
              <Typography color="text.secondary">{m.noPast}</Typography>
            )}
          </Section>
        </>
      )}
      {configuring && settings.data && (
        <SessionSettingsDialog
          current={settings.data}
          onClose={() => setConfiguring(false)}
          onSaved={() => {
            setConfiguring(false);
            settings.reload();
          }}
        />
      )}
      {scheduling && (
        <ScheduleDialog
          session={null}
          today={today}
          onClose={() => setScheduling(false)}
          onSaved={(d) => {
            setScheduling(false);
            notify(m.scheduled(sessionTitle(d.session)));
            navigate(`/sessions/${encodeURIComponent(d.session.id)}`);
          }}
        />
      )}
    </Box>
  );
}
