// «تغییر گذرواژه»: the current password, the new one twice (passwordChangeInput + a confirmation).
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { passwordChangeInput } from '../../shared/schemas/user';
import { call } from '../api/client';
import { applyServerErrors } from '../components/serverErrors';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD } from '../components/formKeys';
import { rhfText } from '../components/rhfText';
import { common } from '../messages/common';
import { shellMessages as m } from '../messages/shell';
import { useNotify } from './Notifier';
import { ltrField } from './ltrField';

const formSchema = passwordChangeInput
  .extend({ confirm: z.string().min(1, m.confirmRequired) })
  .refine((v) => v.confirm === v.next, { message: m.confirmMismatch, path: ['confirm'] });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;
const FIELDS = ['current', 'next', 'confirm'] as const;

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const notify = useNotify();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: { current: '', next: '', confirm: '' },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(
    async ({ current, next }) => {
      setTopError(null);
      try {
        await call('auth.changePassword', { current, next });
        notify(m.passwordChanged);
        onClose();
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, FIELDS));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <Dialog
      open
      onClose={isSubmitting ? undefined : onClose}
      fullWidth
      maxWidth="xs"
      data-testid="change-password-dialog"
    >
      <form ref={formRef} noValidate onSubmit={submit} onKeyDown={enterMovesOn(() => void submit())}>
        <DialogTitle>{m.passwordTitle}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {m.passwordIntro}
          </Typography>
          {topError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
              {topError}
            </Alert>
          )}
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
            <Box {...NAV_FIELD}>
              <TextField
                label={m.currentPassword}
                type="password"
                autoComplete="current-password"
                autoFocus
                {...ltrField(rhfText(form, 'current'))}
              />
            </Box>
            <Box {...NAV_FIELD}>
              <TextField
                label={m.newPassword}
                type="password"
                autoComplete="new-password"
                {...ltrField(rhfText(form, 'next'))}
              />
            </Box>
            <Box {...NAV_FIELD}>
              <TextField
                label={m.confirmPassword}
                type="password"
                autoComplete="new-password"
                {...ltrField(rhfText(form, 'confirm'))}
              />
            </Box>
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} color="inherit" disabled={isSubmitting}>
            {common.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            data-testid="change-password-submit"
            startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {m.passwordSave}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
