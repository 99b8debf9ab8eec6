// میز کار: the home screen. Deadlines first (overdue, due today, due soon), then what waits for
// this user's role, the status overview for viewers and admins, and the panel's calendar.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Desk } from '../../../shared/schemas/desk';
import { useCall } from '../../api/useCall';
import { useCurrentUser } from '../../app/AppInfoContext';
import { PageHeader } from '../../components/PageHeader';
import { StatusChip } from '../../components/StatusChip';
import { dateLongFa, numFa } from '../../format/fa';
import { deskMessages as m } from '../../messages/desk';
import { DeskBucketCard } from './DeskBucketCard';
import { SessionCalendar } from './SessionCalendar';
import { LoadError } from '../../components/LoadError';
import { UnreadAlert } from '../messages/UnreadAlert';
import { CouncilInboxPanel } from './inbox/CouncilInboxPanel';

const DEADLINES = new Set(['overdue', 'dueToday', 'dueSoon']);

function Overview({ counts }: { counts: Desk['statusCounts'] }) {
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="desk-overview">
      <Box sx={{ display: 'flex', alignItems: 'baseline', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1, color: 'primary.dark' }}>
          {m.overview}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {m.overviewTotal(total)}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 1 }}>
        {counts.map((c) => (
          <Box
            key={c.status}
            component={RouterLink}
            to={`/register?status=${c.status}`}
            data-testid={`overview-${c.status}`}
            sx={{
              display: 'grid',
              gridTemplateColumns: '220px 1fr 64px',
              gap: 1.5,
              alignItems: 'center',
              color: 'inherit',
              textDecoration: 'none',
            }}
          >
            <Box>
              <StatusChip status={c.status} />
            </Box>
            <LinearProgress
              variant="determinate"
              value={total ? (c.count / total) * 100 : 0}
              sx={{ height: 8, borderRadius: 4 }}
            />
            <Typography variant="body2" sx={{ fontWeight: 700, textAlign: 'left' }}>
              {numFa(c.count)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

export function DeskPage() {
  const user = useCurrentUser();
  const { data, error, loading, reload } = useCall('desk.get', { limit: 6 });
  const deadlines = data?.buckets.filter((b) => DEADLINES.has(b.key)) ?? [];
  const waiting = data?.buckets.filter((b) => !DEADLINES.has(b.key)) ?? [];
  const [inboxCount, setInboxCount] = useState(0);
  const idle = data ? data.buckets.every((b) => b.count === 0) && inboxCount === 0 : false;

  return (
    <Box data-testid="desk-page">
      <PageHeader
        title={m.greeting(user.fullName)}
        subtitle={data ? `${m.subtitle(dateLongFa(data.today))} — ${m.roleIntro[data.role]}` : m.title}
      />
      <UnreadAlert testId="desk-unread" />
      <LoadError error={error} onRetry={reload} />
      {loading && !data ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 2 }}>
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} variant="rounded" height={180} />
          ))}
        </Box>
      ) : (
        data && (
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', xl: 'minmax(0, 1fr) 420px' },
              gap: 2,
              alignItems: 'start',
            }}
          >
            <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2, minWidth: 0 }}>
              <CouncilInboxPanel onChanged={reload} onCount={setInboxCount} />
              {idle && <Alert severity="success">{m.nothingAtAll}</Alert>}
              <Box
                sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2 }}
              >
                {deadlines.map((b) => (
                  <DeskBucketCard key={b.key} bucket={b} soonDays={data.horizonDays} />
                ))}
              </Box>
              {waiting.length > 0 && (
                <>
                  <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', mt: 1 }}>
                    {m.sectionWaiting}
                  </Typography>
                  <Box
                    sx={{
                      display: 'grid',
                      gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
                      gap: 2,
                    }}
                  >
                    {waiting.map((b) => (
                      <DeskBucketCard key={b.key} bucket={b} soonDays={data.horizonDays} />
                    ))}
                  </Box>
                </>
              )}
              {data.statusCounts.length > 0 && <Overview counts={data.statusCounts} />}
            </Box>
            <SessionCalendar today={data.today} upcoming={data.upcomingSessions} />
          </Box>
        )
      )}
    </Box>
  );
}
