// A small form in a dialog: its fields, the server's Persian refusal above them, and a submit that
// is busy while the call runs. The caller's `onSubmit` throws to show an error.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useBusy } from '../useBusy';
import { a } from './messages';

export function FormDialog({
  title,
  open,
  onClose,
  onSubmit,
  submitLabel = a.save,
  canSubmit = true,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  submitLabel?: string;
  canSubmit?: boolean;
  children: ReactNode;
}) {
  const { busy, error, run, setError } = useBusy();
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {error && <Alert severity="error">{error}</Alert>}
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{a.cancel}</Button>
        <Button variant="contained" disabled={busy || !canSubmit} onClick={() => run(onSubmit)}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
