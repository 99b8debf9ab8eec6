// The two acts on a letter that cannot be undone: issuing it (with the certificate's password
// when the office signs digitally) and voiding it (with the reason the register keeps).
import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import type { CertificateInfo } from '../../../shared/schemas/letter';
import { ConfirmDialog } from '../sessions/ConfirmDialog';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';

export function IssueDialog({
  certificate,
  unsaved,
  busy,
  error,
  onIssue,
  onClose,
}: {
  certificate: CertificateInfo | null;
  unsaved: boolean;
  busy: boolean;
  error: string | null;
  onIssue: (opts: { sign: boolean; certificatePassword?: string }) => void;
  onClose: () => void;
}) {
  const [sign, setSign] = useState(true);
  const [password, setPassword] = useState('');
  const signing = Boolean(certificate) && sign;
  return (
    <ConfirmDialog
      title={m.issueTitle}
      confirmLabel={m.issue}
      cancelLabel={common.cancel}
      busy={busy}
      disabled={signing && !password}
      testId="issue-dialog"
      confirmTestId="issue-confirm"
      onConfirm={() => onIssue({ sign: signing, certificatePassword: signing ? password : undefined })}
      onClose={onClose}
    >
      <Stack spacing={2}>
        <Typography variant="body2">{m.issueBody}</Typography>
        {unsaved && <Alert severity="info">{m.issueUnsaved}</Alert>}
        {certificate && (
          <>
            <FormControlLabel
              control={<Checkbox checked={sign} onChange={(e) => setSign(e.target.checked)} />}
              label={`${m.signDigitally} (${certificate.subject})`}
            />
            {sign && (
              <TextField
                type="password"
                label={m.certificatePassword}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                helperText={m.certificatePasswordHint}
                autoComplete="off"
                autoFocus
                slotProps={{ htmlInput: { 'data-testid': 'issue-password' } }}
              />
            )}
          </>
        )}
        {error && <Alert severity="error">{error}</Alert>}
      </Stack>
    </ConfirmDialog>
  );
}

export function VoidDialog({
  busy,
  error,
  onVoid,
  onClose,
}: {
  busy: boolean;
  error: string | null;
  onVoid: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={m.voidTitle}
      confirmLabel={m.void}
      cancelLabel={common.cancel}
      color="error"
      busy={busy}
      disabled={!reason.trim()}
      testId="void-dialog"
      confirmTestId="void-confirm"
      onConfirm={() => onVoid(reason)}
      onClose={onClose}
    >
      <Stack spacing={2}>
        <Typography variant="body2">{m.voidBody}</Typography>
        <TextField
          label={m.voidReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          multiline
          minRows={2}
          autoFocus
          slotProps={{ htmlInput: { 'data-testid': 'void-reason' } }}
        />
        {error && <Alert severity="error">{error}</Alert>}
      </Stack>
    </ConfirmDialog>
  );
}
