// کارتابل عضو هیأت: the member's landing page, built as one column of cards so it reads on a phone
// (390 px) as on the desktop: next sessions, then the items waiting for my finding by deadline.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { WEEKDAYS_FA, weekdayOf } from '../../../shared/dates/jalali';
import type { WorkspaceSession } from '../../../shared/schemas/workspace';
import { useCall } from '../../api/useCall';
import { useCurrentUser } from '../../app/AppInfoContext';
import { LoadError } from '../../components/LoadError';
import { dateLongFa } from '../../format/fa';
import { membersMessages as m } from '../../messages/members';
import { sessionsMessages as sm } from '../../messages/sessions';
import { WaitingItemCard } from './WaitingItemCard';
import { PackButton } from './PackButton';
import { MessagesBadgeIcon } from '../../app/panelNav';
import { conversationsMessages as cm } from '../../messages/conversations';

function SessionCard({ s }: { s: WorkspaceSession }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 0.5 }} data-testid={`ws-session-${s.id}`}>
      <Typography sx={{ fontWeight: 600 }}>{m.sessionLine(s.number, s.year)}</Typography>
      <Typography variant="body2">
        {WEEKDAYS_FA[weekdayOf(s.date)]} {dateLongFa(s.date)} · {sm.at(s.time)} · {s.place}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {m.sessionCounts(s.itemCount, s.waitingCount)}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
        <Button component={RouterLink} to={`/sessions/${s.id}`} sx={{ minHeight: 44 }}>
          {m.openSession}
        </Button>
        <PackButton sessionId={s.id} variant="text" />
      </Box>
    </Paper>
  );
}

export function WorkspacePage() {
  const user = useCurrentUser();
  const { data, error, loading, reload } = useCall('workspace.get', {});
  return (
    <Box sx={{ maxWidth: 760, mx: 'auto', width: '100%', display: 'grid', gap: 2 }} data-testid="workspace-page">
      <Box>
        <Typography variant="h5" component="h1">
          {m.greeting(user.fullName)}
        </Typography>
        {data && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {m.today(dateLongFa(data.today))}
          </Typography>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button
          component={RouterLink}
          to="/messages"
          startIcon={<MessagesBadgeIcon testId="ws-messages-unread" />}
          sx={{ minHeight: 44 }}
          data-testid="ws-messages"
        >
          {cm.nav}
        </Button>
        <Button component={RouterLink} to="/contacts" sx={{ minHeight: 44 }} data-testid="ws-contacts">
          {m.navContacts}
        </Button>
      </Box>
      <LoadError error={error} onRetry={reload} />
      {loading && !data && <Skeleton variant="rounded" height={160} />}
      {data && (
        <>
          <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark' }}>
            {m.nextSessions}
          </Typography>
          {data.sessions.length === 0 && <Alert severity="info">{m.noSessions}</Alert>}
          {data.sessions.map((s) => (
            <SessionCard key={s.id} s={s} />
          ))}
          <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', mt: 1 }}>
            {m.waiting(data.waitingCount)}
          </Typography>
          {data.waiting.length === 0 && (
            <Alert severity="success" data-testid="nothing-waiting">
              {m.nothingWaiting}
            </Alert>
          )}
          {data.waiting.map((item) => (
            <WaitingItemCard key={item.itemId} item={item} onRecorded={reload} />
          ))}
        </>
      )}
    </Box>
  );
}
