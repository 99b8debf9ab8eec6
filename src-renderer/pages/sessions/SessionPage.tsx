// One panel session: its header and actions, the agenda (the secretary edits it while the session
// is scheduled), attendance with the quorum, the findings grid, and the minutes once held (and
// the button that issues them as a letter).
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import { sessionTitle, type SessionDetail, type SessionItem } from '../../../shared/schemas/session';
import { useCall } from '../../api/useCall';
import { isNotFound } from '../../api/errorText';
import { useCan, useCurrentUser } from '../../app/AppInfoContext';
import { BackCrumbs } from '../../components/BackCrumbs';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useBack } from '../../components/useBack';
import { instantFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { AgendaEditor } from './AgendaEditor';
import { AttendancePanel } from './AttendancePanel';
import { FindingsGrid } from './FindingsGrid';
import { MinutesView } from './MinutesView';
import { SessionLetters } from './SessionLetters';
import { LoadError } from '../../components/LoadError';
import { RuleItemDialog } from './RuleItemDialog';
import { SessionHeader, type SessionDialog } from './SessionHeader';
import { SessionPageDialogs } from './SessionPageDialogs';
import { MyNotesPanel } from '../members/MyNotesPanel';

export function SessionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const back = useBack('/sessions');
  const me = useCurrentUser();
  const can = useCan();
  const loaded = useCall('sessions.get', { id });
  // a change answers with the whole session: it replaces what was loaded
  const [changed, setChanged] = useState<SessionDetail | null>(null);
  const [dialog, setDialog] = useState<SessionDialog>(null);
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
      <BackCrumbs label={m.backToList} onBack={back} testId="breadcrumb-sessions" current={sessionTitle(session)} />
      <SessionHeader session={session} today={today} manage={manage} anyRuled={anyRuled} setDialog={setDialog} />
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
      <SessionPageDialogs
        dialog={dialog}
        detail={detail}
        setDialog={setDialog}
        update={update}
        onRule={(item) => setRuling({ item, mode: item.decision === 'objected' ? 'rule' : 'draft' })}
      />
    </Box>
  );
}
