// The sessions to come, beneath the panel's calendar (SessionCalendar.tsx), each a link to its page.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DeskSession } from '../../../shared/schemas/desk';
import { sessionTitle } from '../../../shared/schemas/session';
import { deskMessages as m } from '../../messages/desk';
import { sessionsMessages as sm } from '../../messages/sessions';
import { DateLeaf } from '../sessions/SessionCard';

export function UpcomingSessions({ upcoming }: { upcoming: DeskSession[] }) {
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2.5, mb: 1 }}>
        {m.upcoming}
      </Typography>
      {upcoming.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {m.noUpcoming}
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1 }}>
          {upcoming.map((s) => (
            <Box
              key={s.id}
              component={RouterLink}
              to={`/sessions/${encodeURIComponent(s.id)}`}
              data-testid="upcoming-session"
              sx={{
                display: 'flex',
                gap: 1.5,
                alignItems: 'center',
                color: 'inherit',
                textDecoration: 'none',
                '&:hover h4': { color: 'primary.main' },
              }}
            >
              <DateLeaf date={s.date} />
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" component="h4" sx={{ fontWeight: 700 }}>
                  {sessionTitle(s)}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p">
                  {sm.inDays(s.daysLeft)} · {sm.at(s.time)} · {m.itemsOnAgenda(s.itemCount)}
                </Typography>
                <Typography variant="caption" color="text.secondary" noWrap component="p">
                  {s.place}
                </Typography>
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </>
  );
}
