// A panel session's heading: its title and state, day, time and place, note, and for the
// secretary while it is scheduled the buttons that edit, cancel or close it.
import { PackButton } from '../members/PackButton';
import { OpenThreadButton } from '../messages/OpenThreadButton';
import { conversationsMessages as cm } from '../../messages/conversations';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import { WEEKDAYS_FA, weekdayOf } from '../../../shared/dates/jalali';
import { sessionTitle, type SessionDetail } from '../../../shared/schemas/session';
import { dateFa, dateLongFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { SessionStatusChip } from './sessionChips';

export type SessionDialog = 'edit' | 'cancel' | 'close' | null;

export function SessionHeader({
  session,
  today,
  manage,
  anyRuled,
  setDialog,
}: {
  session: SessionDetail['session'];
  today: string;
  /** the secretary, while the session is scheduled */
  manage: boolean;
  anyRuled: boolean;
  setDialog: (d: SessionDialog) => void;
}) {
  const dayReached = today >= session.date;
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1" data-testid="session-title">
            {sessionTitle(session)}
          </Typography>
          <SessionStatusChip session={session} today={today} />
        </Box>
        <Box sx={{ display: 'flex', gap: 2.5, mt: 1, color: 'text.secondary', flexWrap: 'wrap' }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <ScheduleOutlined fontSize="small" />
            <Typography>
              {WEEKDAYS_FA[weekdayOf(session.date)]} {dateLongFa(session.date)} · {m.at(session.time)}
            </Typography>
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <PlaceOutlined fontSize="small" />
            <Typography>{session.place}</Typography>
          </Box>
        </Box>
        {session.note && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {session.note}
          </Typography>
        )}
      </Box>
      {session.status !== 'cancelled' && <PackButton sessionId={session.id} />}
      <OpenThreadButton target={{ kind: 'session', sessionId: session.id }} label={cm.sessionThread} />
      {manage && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {!anyRuled && (
            <>
              <Button
                variant="outlined"
                startIcon={<EditOutlined />}
                onClick={() => setDialog('edit')}
                data-testid="session-edit"
              >
                {m.edit}
              </Button>
              <Button
                variant="outlined"
                color="error"
                startIcon={<EventBusyOutlined />}
                onClick={() => setDialog('cancel')}
                data-testid="session-cancel"
              >
                {m.cancelSession}
              </Button>
            </>
          )}
          <Button
            variant="contained"
            startIcon={<GavelOutlined />}
            disabled={!dayReached}
            title={dayReached ? undefined : m.notYetDay(dateFa(session.date))}
            onClick={() => setDialog('close')}
            data-testid="session-close"
          >
            {m.close}
          </Button>
        </Box>
      )}
    </Box>
  );
}
