// «کاربر جدید» (userCreateInput) and «ویرایش کاربر» (userUpdateInput) in one dialog: the same
// person's fields, with the username and first password only at creation and «فعال» only after.
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { userCreateInput, userUpdateInput, type User } from '../../../shared/schemas/user';
import type { Role } from '../../../shared/lifecycle/roles';
import { call } from '../../api/client';
import { Cell, FormDialog, SwitchCell, useDialogSubmit } from '../../components/FormDialog';
import { rhfText } from '../../components/rhfText';
import { ltrField } from '../../app/ltrField';
import { usersMessages as m } from '../../messages/users';
import { common } from '../../messages/common';
import { PasswordField } from './PasswordField';
import { RoleCells } from './RoleCells';

/** Both forms' fields; each mode validates with its own contract schema, which drops the rest. */
export interface UserForm {
  id: string;
  rev: number;
  username: string;
  fullName: string;
  title: string;
  role: Role;
  isChair: boolean;
  password: string;
  active: boolean;
}
const FIELDS = ['fullName', 'username', 'title', 'role', 'isChair', 'password', 'active'] as const;

/** The schemas take a missing title for «none» but refuse an empty one: a blank title is left out. */
function resolverFor(editing: boolean): Resolver<UserForm> {
  const resolve = zodResolver(editing ? userUpdateInput : userCreateInput) as unknown as Resolver<UserForm>;
  return (values, context, options) =>
    resolve({ ...values, title: values.title.trim() || (undefined as unknown as string) }, context, options);
}

export interface UserDialogProps {
  /** the user to edit; null for a new one */
  user: User | null;
  /** the signed-in admin, warned before changing their own role or access */
  selfId: string;
  onClose: () => void;
  onSaved: (user: User, created: boolean) => void;
}

export function UserDialog({ user, selfId, onClose, onSaved }: UserDialogProps) {
  const form = useForm<UserForm>({
    resolver: resolverFor(Boolean(user)),
    defaultValues: {
      id: user?.id ?? '',
      rev: user?.rev ?? 0,
      username: user?.username ?? '',
      fullName: user?.fullName ?? '',
      title: user?.title ?? '',
      role: user?.role ?? 'secretary',
      isChair: user?.isChair ?? false,
      password: '',
      active: user?.active ?? true,
    },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const { frame } = useDialogSubmit(form, {
    fields: FIELDS,
    run: (v) => {
      const person = {
        fullName: v.fullName,
        title: v.title || undefined,
        role: v.role,
        isChair: v.role === 'member' && v.isChair,
      };
      return user
        ? call('users.update', { ...person, id: user.id, rev: user.rev, active: v.active })
        : call('users.create', { ...person, username: v.username, password: v.password });
    },
    success: null,
    onDone: (_, saved) => onSaved(saved, !user),
  });

  return (
    <FormDialog
      title={user ? m.editUser : m.newUser}
      testId="user-dialog"
      submitTestId="user-submit"
      submitLabel={user ? common.save : m.create}
      onClose={onClose}
      {...frame}
      notice={
        user?.id === selfId && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {m.editingSelf}
          </Alert>
        )
      }
    >
      <Cell>
        <TextField label={m.fullName} required autoFocus {...rhfText(form, 'fullName')} />
      </Cell>
      <Cell>
        {user ? (
          <TextField label={m.username} value={user.username} disabled slotProps={{ htmlInput: { dir: 'ltr' } }} />
        ) : (
          <TextField
            label={m.username}
            required
            autoComplete="off"
            {...ltrField(rhfText(form, 'username', m.usernameHelp))}
          />
        )}
      </Cell>
      <Cell wide>
        <TextField label={m.userTitle} {...rhfText(form, 'title', m.userTitleHelp)} />
      </Cell>
      <RoleCells form={form} editing={Boolean(user)} />
      {!user && (
        <Cell wide>
          <PasswordField form={form} name="password" label={m.password} helper={m.passwordHelp} />
        </Cell>
      )}
      {user && <SwitchCell form={form} name="active" label={m.active} helper={m.activeHelp} />}
    </FormDialog>
  );
}
