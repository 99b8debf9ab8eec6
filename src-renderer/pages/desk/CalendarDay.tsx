// One day of the panel's calendar (SessionCalendar.tsx): its number, today ringed, Friday in red,
// and a pill for each of its sessions.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { jalaliParts, weekdayOf } from '../../../shared/dates/jalali';
import { sessionTitle, type SessionSummary } from '../../../shared/schemas/session';
import { toFa } from '../../format/fa';
import { deskMessages as m } from '../../messages/desk';
import { sessionsMessages as sm } from '../../messages/sessions';

/** Friday, the weekend day of the default policy. */
export const FRIDAY = 6;

function SessionPill({ s }: { s: SessionSummary }) {
  const color = s.status === 'closed' ? 'success' : s.status === 'cancelled' ? 'grey' : 'primary';
  return (
    <Tooltip title={`${sessionTitle(s)} · ${sm.at(s.time)} · ${s.place}`}>
      <Box
        component={RouterLink}
        to={`/sessions/${encodeURIComponent(s.id)}`}
        data-testid="calendar-session"
        sx={{
          display: 'block',
          mt: 0.25,
          px: 0.5,
          borderRadius: 1,
          fontSize: 11,
          lineHeight: '18px',
          textDecoration: s.status === 'cancelled' ? 'line-through' : 'none',
          color: '#fff',
          bgcolor: color === 'grey' ? 'grey.500' : `${color}.main`,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {m.sessionChip(s.number, s.time)}
      </Box>
    </Tooltip>
  );
}

export function CalendarDay({ day, today, sessions }: { day: string; today: string; sessions: SessionSummary[] }) {
  const isToday = day === today;
  return (
    <Box
      data-testid={`calendar-day-${day}`}
      sx={{
        minHeight: 56,
        p: 0.5,
        borderRadius: 1.5,
        border: 1,
        borderColor: isToday ? 'primary.main' : 'divider',
        bgcolor: sessions.length
          ? 'rgba(31, 95, 139, 0.06)'
          : weekdayOf(day) === FRIDAY
            ? 'rgba(198, 40, 40, 0.04)'
            : 'transparent',
        minWidth: 0,
      }}
    >
      <Typography
        variant="caption"
        sx={{
          display: 'inline-block',
          minWidth: 20,
          textAlign: 'center',
          borderRadius: 10,
          fontWeight: isToday ? 800 : 500,
          color: isToday ? 'primary.contrastText' : weekdayOf(day) === FRIDAY ? 'error.main' : 'text.primary',
          bgcolor: isToday ? 'primary.main' : 'transparent',
        }}
      >
        {toFa(jalaliParts(day).day)}
      </Typography>
      {sessions.map((s) => (
        <SessionPill key={s.id} s={s} />
      ))}
    </Box>
  );
}
