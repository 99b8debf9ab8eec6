// Cancelling a session (with a reason); closing it is CloseDialog.
import { useState } from 'react';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';
import { ConfirmDialog } from './ConfirmDialog';

export function CancelDialog({
  detail,
  onClose,
  onDone,
}: {
  detail: SessionDetail;
  onClose: () => void;
  onDone: (d: SessionDetail) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await call('sessions.cancel', { id: detail.session.id, rev: detail.session.rev, reason }));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={m.cancelTitle}
      confirmLabel={m.cancelConfirm}
      cancelLabel={common.close}
      color="error"
      busy={busy}
      disabled={!reason.trim()}
      testId="cancel-dialog"
      confirmTestId="session-cancel-confirm"
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Typography sx={{ mb: 2 }}>{m.cancelBody}</Typography>
      <TextField
        label={m.cancelReason}
        required
        autoFocus
        multiline
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={Boolean(error)}
        helperText={error ?? undefined}
        slotProps={{ htmlInput: { 'data-testid': 'field-reason' } }}
      />
    </ConfirmDialog>
  );
}
