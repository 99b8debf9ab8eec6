// «تغییر گذرواژه»: the current password, the new one twice (passwordChangeInput + a confirmation).
import { z } from 'zod';
import TextField from '@mui/material/TextField';
import { passwordChangeInput } from '../../shared/schemas/user';
import { call } from '../api/client';
import { Cell, FormDialog, useDialogForm } from '../components/FormDialog';
import { rhfText } from '../components/rhfText';
import { shellMessages as m } from '../messages/shell';
import { ltrField } from './ltrField';

const formSchema = passwordChangeInput
  .extend({ confirm: z.string().min(1, m.confirmRequired) })
  .refine((v) => v.confirm === v.next, { message: m.confirmMismatch, path: ['confirm'] });
const FIELDS = ['current', 'next', 'confirm'] as const;

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { form, frame } = useDialogForm({
    schema: formSchema,
    defaults: { current: '', next: '', confirm: '' },
    fields: FIELDS,
    run: ({ current, next }) => call('auth.changePassword', { current, next }),
    success: m.passwordChanged,
    onDone: onClose,
  });

  return (
    <FormDialog
      title={m.passwordTitle}
      testId="change-password-dialog"
      submitTestId="change-password-submit"
      submitLabel={m.passwordSave}
      onClose={onClose}
      {...frame}
      intro={m.passwordIntro}
      maxWidth="xs"
    >
      <Cell wide>
        <TextField
          label={m.currentPassword}
          type="password"
          autoComplete="current-password"
          autoFocus
          {...ltrField(rhfText(form, 'current'))}
        />
      </Cell>
      <Cell wide>
        <TextField
          label={m.newPassword}
          type="password"
          autoComplete="new-password"
          {...ltrField(rhfText(form, 'next'))}
        />
      </Cell>
      <Cell wide>
        <TextField
          label={m.confirmPassword}
          type="password"
          autoComplete="new-password"
          {...ltrField(rhfText(form, 'confirm'))}
        />
      </Cell>
    </FormDialog>
  );
}
