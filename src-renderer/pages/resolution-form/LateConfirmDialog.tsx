// A registration (or an edit) whose receipt date puts the panel's window already behind it: the
// core says what will follow (the resolution lapses at once and stays on the late list), and the
// secretary confirms or goes back to the date (issue 11).
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { ConfirmDialog } from '../sessions/ConfirmDialog';
import { resolutionFormMessages as m } from '../../messages/resolutionForm';

export function LateConfirmDialog(p: { message: string; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  return (
    <ConfirmDialog
      title={m.lateTitle}
      confirmLabel={m.lateConfirm}
      cancelLabel={m.lateBack}
      color="error"
      busy={p.busy}
      testId="late-dialog"
      confirmTestId="late-confirm"
      onConfirm={p.onConfirm}
      onClose={p.onClose}
    >
      <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="late-message">
        {p.message}
      </Alert>
      <Typography variant="body2" color="text.secondary">
        {m.lateHint}
      </Typography>
    </ConfirmDialog>
  );
}
