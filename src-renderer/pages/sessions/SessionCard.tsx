// One session in a list: a calendar-leaf date, its title, time and place, status and agenda size.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import CardActionArea from '@mui/material/CardActionArea';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import { JALALI_MONTHS, WEEKDAYS_FA, jalaliParts, weekdayOf } from '../../../shared/dates/jalali';
import { sessionTitle, type SessionSummary } from '../../../shared/schemas/session';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { SessionStatusChip } from './sessionChips';

export function DateLeaf({ date, muted = false }: { date: string; muted?: boolean }) {
  const { day, month } = jalaliParts(date);
  return (
    <Box
      sx={{
        width: 64,
        flexShrink: 0,
        borderRadius: 2,
        overflow: 'hidden',
        textAlign: 'center',
        border: 1,
        borderColor: muted ? 'divider' : 'primary.light',
      }}
    >
      <Box
        sx={{
          bgcolor: muted ? 'action.selected' : 'primary.main',
          color: muted ? 'text.secondary' : 'primary.contrastText',
          py: 0.25,
        }}
      >
        <Typography variant="caption" sx={{ fontWeight: 700 }}>
          {JALALI_MONTHS[month - 1]}
        </Typography>
      </Box>
      <Typography sx={{ fontSize: 24, fontWeight: 800, lineHeight: 1.3 }}>{toFa(day)}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ pb: 0.5 }}>
        {WEEKDAYS_FA[weekdayOf(date)]}
      </Typography>
    </Box>
  );
}

export function SessionCard({ session, today }: { session: SessionSummary; today: string }) {
  const muted = session.status !== 'scheduled';
  return (
    <Paper variant="outlined" data-testid="session-card" data-session-id={session.id}>
      <CardActionArea component={RouterLink} to={`/sessions/${encodeURIComponent(session.id)}`} sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
          <DateLeaf date={session.date} muted={muted} />
          <Box sx={{ flexGrow: 1, minWidth: 0, flexBasis: { xs: 200, sm: 'auto' } }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="subtitle1" component="h3">
                {sessionTitle(session)}
              </Typography>
              <SessionStatusChip session={session} today={today} />
            </Box>
            <Box sx={{ display: 'flex', gap: 2, mt: 0.75, color: 'text.secondary', flexWrap: 'wrap' }}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <ScheduleOutlined fontSize="small" />
                <Typography variant="body2">{m.at(session.time)}</Typography>
              </Box>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
                <PlaceOutlined fontSize="small" />
                <Typography variant="body2" noWrap>
                  {session.place}
                </Typography>
              </Box>
            </Box>
          </Box>
          <Box sx={{ textAlign: 'left', flexShrink: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {m.items(session.itemCount)}
            </Typography>
            {session.status === 'closed' && (
              <Typography variant="caption" color="text.secondary">
                {m.ruledOf(session.ruledCount, session.itemCount)}
              </Typography>
            )}
            {session.status === 'cancelled' && session.cancelReason && (
              <Typography variant="caption" color="text.secondary" noWrap sx={{ maxWidth: 220, display: 'block' }}>
                {session.cancelReason}
              </Typography>
            )}
          </Box>
        </Box>
      </CardActionArea>
    </Paper>
  );
}
