// Registering one submission from the inbox: its fields as the council sent them, read-only; the
// incoming number proposed from the register (editable); one confirmation (a second one only when
// the core warns that the panel's window has already ended).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { InboxItem } from '../../../../shared/schemas/councilInbox';
import type { Resolution } from '../../../../shared/schemas/resolution';
import { ApiError, call } from '../../../api/client';
import { dateFa, toFa } from '../../../format/fa';
import { inboxMessages as m } from '../../../messages/councilInbox';

export function InboxRegisterDialog({
  item,
  onClose,
  onDone,
}: {
  item: InboxItem;
  onClose: () => void;
  onDone: (r: Resolution) => void;
}) {
  const [incoming, setIncoming] = useState(item.suggestedIncoming);
  const [late, setLate] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows: [string, string][] = [
    [m.council, item.councilDisplayName],
    [m.councilNumber, toFa(item.councilResolutionNumber)],
    [m.session, `${toFa(item.councilSessionNumber)} — ${dateFa(item.councilSessionDate)}`],
    [m.approval, dateFa(item.approvalDate)],
    [m.subject, item.title],
    [m.receiptDate, dateFa(item.receiptDate)],
    [m.minutes, item.pdfName],
    [m.sender, item.submittedBy],
  ];

  const register = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await call('councilInbox.register', { id: item.id, incomingNumber: incoming, confirmLate: late !== null }),
      );
    } catch (e) {
      if (e instanceof ApiError && e.code === 'needs_confirmation' && late === null) setLate(e.message);
      else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="inbox-register-dialog">
      <DialogTitle>{m.dialogTitle}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {m.dialogIntro}
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {late && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {late}
          </Alert>
        )}
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '9rem 1fr', gap: 1, m: 0, mb: 2 }}>
          {rows.map(([k, v]) => (
            <Box key={k} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" sx={{ fontWeight: 700 }}>
                {k}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                {v}
              </Typography>
            </Box>
          ))}
        </Box>
        <TextField
          fullWidth
          label={m.incoming}
          value={incoming}
          onChange={(e) => setIncoming(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'inbox-incoming' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{m.cancel}</Button>
        <Button
          variant="contained"
          onClick={() => void register()}
          disabled={busy || !incoming}
          data-testid="inbox-confirm"
        >
          {late ? m.confirmLate : m.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
