// «بازنشانی گذرواژه»: the admin gives a user a new password (users.resetPassword).
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { newPasswordSchema, type User } from '../../../shared/schemas/user';
import { call } from '../../api/client';
import { applyServerErrors } from '../../components/serverErrors';
import { usersMessages as m } from '../../messages/users';
import { common } from '../../messages/common';
import { PasswordField } from './PasswordField';

const formSchema = z.object({ password: newPasswordSchema });
type FormValues = z.input<typeof formSchema>;

export function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const form = useForm<FormValues, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: { password: '' },
    mode: 'onTouched',
  });
  const [topError, setTopError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setTopError(null);
    try {
      await call('users.resetPassword', { id: user.id, password });
      onDone();
    } catch (err) {
      setTopError(applyServerErrors(err, form.setError, ['password']));
    }
  });

  return (
    <Dialog
      open
      onClose={isSubmitting ? undefined : onClose}
      fullWidth
      maxWidth="xs"
      data-testid="reset-password-dialog"
    >
      <form ref={formRef} noValidate onSubmit={submit}>
        <DialogTitle>{m.resetTitle(user.fullName)}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {m.resetIntro}
          </Typography>
          {topError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
              {topError}
            </Alert>
          )}
          <PasswordField form={form} name="password" label={m.newPassword} helper={m.passwordHelp} autoFocus />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} color="inherit" disabled={isSubmitting}>
            {common.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            data-testid="reset-password-submit"
            startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {m.resetPassword}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
