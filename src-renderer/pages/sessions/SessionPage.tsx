// One panel session: its header and actions, the agenda (the secretary edits it while the session
// is scheduled), attendance with the quorum, the findings grid, and the minutes once held (and
// the button that issues them as a letter).
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import { WEEKDAYS_FA, weekdayOf } from '../../../shared/dates/jalali';
import { sessionTitle, type SessionDetail, type SessionItem } from '../../../shared/schemas/session';
import { useCall } from '../../api/useCall';
import { isNotFound } from '../../api/errorText';
import { useCan, useCurrentUser } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useBack } from '../../components/useBack';
import { dateFa, dateLongFa, instantFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { AgendaEditor } from './AgendaEditor';
import { AttendancePanel } from './AttendancePanel';
import { FindingsGrid } from './FindingsGrid';
import { MinutesView } from './MinutesView';
import { ScheduleDialog } from './ScheduleDialog';
import { CancelDialog } from './SessionDialogs';
import { CloseDialog } from './CloseDialog';
import { SessionStatusChip } from './sessionChips';
import { SessionLetters } from './SessionLetters';
import { LoadError } from '../../components/LoadError';
import { RuleItemDialog } from './RuleItemDialog';
import { MyNotesPanel } from '../members/MyNotesPanel';
import { PackButton } from '../members/PackButton';

type Dialog = 'edit' | 'cancel' | 'close' | null;

export function SessionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const back = useBack('/sessions');
  const notify = useNotify();
  const me = useCurrentUser();
  const can = useCan();
  const loaded = useCall('sessions.get', { id });
  // a change answers with the whole session: it replaces what was loaded
  const [changed, setChanged] = useState<SessionDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [ruling, setRuling] = useState<{ item: SessionItem; mode: 'rule' | 'draft' } | null>(null);
  const detail =
    changed?.session.id === id && (!loaded.data || changed.session.updatedAt >= loaded.data.session.updatedAt)
      ? changed
      : loaded.data;

  if (loaded.error && isNotFound(loaded.error)) {
    return (
      <EmptyState
        testId="session-not-found"
        icon={<FindInPageOutlined />}
        title={m.notFoundTitle}
        body={m.notFoundBody}
        action={
          <Button variant="contained" onClick={() => navigate('/sessions')}>
            {m.backToList}
          </Button>
        }
      />
    );
  }
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} sx={{}} />;
  if (!detail) return <PageSkeleton testId="session-loading" />;

  const { session, today } = detail;
  const scheduled = session.status === 'scheduled';
  const dayReached = today >= session.date;
  const manage = can('sessions.schedule') && scheduled;
  const anyRuled = detail.items.some((i) => i.state === 'ruled');
  const isMember = me.role === 'member';
  const isChair = isMember && Boolean(me.isChair);
  const update = (d: SessionDetail) => setChanged(d);

  return (
    <Box data-testid="session-page" data-session-id={session.id} data-status={session.status}>
      <Breadcrumbs sx={{ mb: 1.5 }}>
        <Link
          component="button"
          underline="hover"
          color="inherit"
          onClick={back}
          variant="body2"
          data-testid="breadcrumb-sessions"
        >
          {m.backToList}
        </Link>
        <Typography variant="body2" color="text.primary">
          {sessionTitle(session)}
        </Typography>
      </Breadcrumbs>

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

      {session.status === 'cancelled' && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="session-cancelled">
          {m.cancelledBecause(session.cancelReason ?? '')}
        </Alert>
      )}
      {session.status === 'closed' && session.closedAt && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {m.closedAt(instantFa(session.closedAt))}
        </Alert>
      )}

      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
        <AttendancePanel
          key={`${session.rev}-${session.updatedAt}`}
          detail={detail}
          editable={manage && dayReached && !anyRuled}
          onChange={update}
        />
        {manage && <AgendaEditor key={session.rev} detail={detail} onChange={update} />}
        {(detail.items.length > 0 || !manage) && (
          <FindingsGrid
            detail={detail}
            meId={isMember ? me.id : null}
            mayRule={manage && dayReached}
            mayDraft={scheduled && (manage || isChair)}
            onChange={update}
            onRule={(item) => setRuling({ item, mode: 'rule' })}
            onDraft={(item) => setRuling({ item, mode: 'draft' })}
          />
        )}
        {isMember && <MyNotesPanel detail={detail} />}
        {session.status === 'closed' && <SessionLetters sessionId={session.id} rev={session.rev} />}
        {session.status === 'closed' && <MinutesView sessionId={session.id} />}
      </Box>

      {dialog === 'edit' && (
        <ScheduleDialog
          session={session}
          today={today}
          onClose={() => setDialog(null)}
          onSaved={(d) => {
            setDialog(null);
            update(d);
            notify(m.saved);
          }}
        />
      )}
      {dialog === 'cancel' && (
        <CancelDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onDone={(d) => {
            setDialog(null);
            update(d);
            notify(m.cancelled);
          }}
        />
      )}
      {ruling && (
        <RuleItemDialog
          detail={detail}
          item={detail.items.find((i) => i.id === ruling.item.id) ?? ruling.item}
          mode={ruling.mode}
          onClose={() => setRuling(null)}
          onDone={(d) => {
            setRuling(null);
            update(d);
          }}
        />
      )}
      {dialog === 'close' && (
        <CloseDialog
          detail={detail}
          onRule={(item) => {
            // ruled now if the votes settle it; else drafted, and the close records it
            setDialog(null);
            setRuling({ item, mode: item.decision === 'objected' ? 'rule' : 'draft' });
          }}
          onClose={() => setDialog(null)}
          onDone={(d) => {
            setDialog(null);
            update(d);
            notify(m.closed);
          }}
        />
      )}
    </Box>
  );
}
