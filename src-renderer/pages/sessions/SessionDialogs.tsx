// The session's two irreversible acts: closing it (with a summary of what will be ruled and what
// carried over) and cancelling it (with a reason).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';
import { ConfirmDialog } from './ConfirmDialog';

/** What closing would do, from the same tallies the core uses (a missing vote abstains). */
export function closeSummary(d: SessionDetail) {
  const pending = d.items.filter((i) => i.state === 'pending');
  const s = { compliant: 0, objected: 0, carried: 0, alreadyRuled: d.items.filter((i) => i.state === 'ruled').length };
  for (const i of pending) {
    const against = i.tally.conflict + i.tally.partial;
    const inFavour = i.tally.noConflict + i.tally.systemNoConflict;
    if (!d.quorum.met || i.resolutionStatus !== 'awaiting_ruling' || against === inFavour) s.carried++;
    else if (against > inFavour) s.objected++;
    else s.compliant++;
  }
  return s;
}

export function CloseDialog({
  detail,
  onClose,
  onDone,
}: {
  detail: SessionDetail;
  onClose: () => void;
  onDone: (d: SessionDetail) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const s = closeSummary(detail);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await call('sessions.close', { id: detail.session.id }));
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={m.closeTitle}
      confirmLabel={m.closeConfirm}
      cancelLabel={common.cancel}
      busy={busy}
      testId="close-dialog"
      confirmTestId="session-close-confirm"
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Typography sx={{ mb: 2 }}>{m.closeIntro}</Typography>
      {!detail.quorum.met && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {m.closeNoQuorum}
        </Alert>
      )}
      <Box component="ul" sx={{ m: 0, pr: 2.5, display: 'grid', gap: 0.5 }} data-testid="close-summary">
        {s.alreadyRuled > 0 && <li>{m.closeAlreadyRuled(s.alreadyRuled)}</li>}
        <li data-testid="close-will-rule">{m.closeWillRule(s.compliant, s.objected)}</li>
        <li data-testid="close-will-carry">{m.closeWillCarry(s.carried)}</li>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        {m.closeSilentNote}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
    </ConfirmDialog>
  );
}

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
