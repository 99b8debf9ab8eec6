// «بازنشانی گذرواژه»: the admin gives a user a new password (users.resetPassword).
import { z } from 'zod';
import { newPasswordSchema, type User } from '../../../shared/schemas/user';
import { call } from '../../api/client';
import { Cell, FormDialog, useDialogForm } from '../../components/FormDialog';
import { usersMessages as m } from '../../messages/users';
import { PasswordField } from './PasswordField';

const formSchema = z.object({ password: newPasswordSchema });

export function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const { form, frame } = useDialogForm({
    schema: formSchema,
    defaults: { password: '' },
    fields: ['password'],
    run: ({ password }) => call('users.resetPassword', { id: user.id, password }),
    success: null,
    onDone,
  });

  return (
    <FormDialog
      title={m.resetTitle(user.fullName)}
      testId="reset-password-dialog"
      submitTestId="reset-password-submit"
      submitLabel={m.resetPassword}
      onClose={onClose}
      {...frame}
      intro={m.resetIntro}
      maxWidth="xs"
    >
      <Cell wide>
        <PasswordField form={form} name="password" label={m.newPassword} helper={m.passwordHelp} autoFocus />
      </Cell>
    </FormDialog>
  );
}
