// The letter page's dialogs: issue (with the signing certificate), void with a reason, and
// discard a draft.
import { useNavigate } from 'react-router';
import type { CertificateInfo } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { useNotify } from '../../app/Notifier';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';
import { ConfirmDialog } from '../sessions/ConfirmDialog';
import type { LetterDialog, LetterOps } from './LetterActions';
import { IssueDialog, VoidDialog } from './LetterDialogs';

export function LetterPageDialogs({
  dialog,
  error,
  certificate,
  l,
  dirty,
  busy,
  setDialog,
  act,
  save,
  refresh,
}: LetterOps & { dialog: LetterDialog; error: string | null; certificate: CertificateInfo | null }) {
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <>
      {dialog === 'issue' && (
        <IssueDialog
          certificate={certificate}
          unsaved={dirty}
          busy={busy}
          error={error}
          onClose={() => setDialog(null)}
          onIssue={(opts) =>
            act(async () => {
              if (dirty) await save();
              const out = await call('letters.issue', { id: l.id, ...opts });
              setDialog(null);
              notify(m.issued(toFa(out.letter.number ?? '')));
              if (out.lifecycleMessage) notify(out.lifecycleMessage, 'warning');
              refresh();
            })
          }
        />
      )}
      {dialog === 'void' && (
        <VoidDialog
          busy={busy}
          error={error}
          onClose={() => setDialog(null)}
          onVoid={(reason) =>
            act(async () => {
              await call('letters.void', { id: l.id, reason });
              setDialog(null);
              notify(m.voided);
              refresh();
            })
          }
        />
      )}
      {dialog === 'discard' && (
        <ConfirmDialog
          title={m.discard}
          confirmLabel={m.discard}
          cancelLabel={common.cancel}
          color="error"
          busy={busy}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            act(async () => {
              await call('letters.discardDraft', { id: l.id });
              notify(m.discarded);
              navigate('/letters');
            })
          }
        >
          {m.discardConfirm}
        </ConfirmDialog>
      )}
    </>
  );
}
