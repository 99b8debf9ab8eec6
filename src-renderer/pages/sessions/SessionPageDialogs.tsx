// The session page's dialogs: edit the schedule, cancel the session, close it (which may ask to
// rule an item first: `onRule`).
import type { SessionDetail, SessionItem } from '../../../shared/schemas/session';
import { useNotify } from '../../app/Notifier';
import { sessionsMessages as m } from '../../messages/sessions';
import { CloseDialog } from './CloseDialog';
import { ScheduleDialog } from './ScheduleDialog';
import { CancelDialog } from './SessionDialogs';
import type { SessionDialog } from './SessionHeader';

export function SessionPageDialogs({
  dialog,
  detail,
  setDialog,
  update,
  onRule,
}: {
  dialog: SessionDialog;
  detail: SessionDetail;
  setDialog: (d: SessionDialog) => void;
  update: (d: SessionDetail) => void;
  onRule: (item: SessionItem) => void;
}) {
  const notify = useNotify();
  const { session, today } = detail;
  return (
    <>
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
      {dialog === 'close' && (
        <CloseDialog
          detail={detail}
          onRule={(item) => {
            // ruled now if the votes settle it; else drafted, and the close records it
            setDialog(null);
            onRule(item);
          }}
          onClose={() => setDialog(null)}
          onDone={(d) => {
            setDialog(null);
            update(d);
            notify(m.closed);
          }}
        />
      )}
    </>
  );
}
