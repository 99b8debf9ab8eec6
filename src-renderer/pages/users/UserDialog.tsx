// «کاربر جدید» (userCreateInput) and «ویرایش کاربر» (userUpdateInput) in one dialog: the same
// person's fields, with the username and first password only at creation and «فعال» only after.
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { userCreateInput, userUpdateInput, type User } from '../../../shared/schemas/user';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/lifecycle/roles';
import { call } from '../../api/client';
import { Cell, FormDialog, SwitchCell, useDialogSubmit } from '../../components/FormDialog';
import { rhfText } from '../../components/rhfText';
import { ltrField } from '../../app/ltrField';
import { usersMessages as m } from '../../messages/users';
import { common } from '../../messages/common';
import { PasswordField } from './PasswordField';

/** Both forms' fields; each mode validates with its own contract schema, which drops the rest. */
interface UserForm {
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
  const role = useWatch({ control: form.control, name: 'role' });
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
      <Cell>
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <TextField
              select
              label={m.role}
              required
              {...field}
              onChange={(e) => {
                field.onChange(e);
                if (e.target.value !== 'member') form.setValue('isChair', false);
              }}
              inputRef={field.ref}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? (user ? m.roleChangeHelp : undefined)}
              slotProps={{
                select: {
                  'data-testid': 'field-role',
                  renderValue: (v: unknown) => ROLE_LABELS[v as Role],
                } as object,
              }}
            >
              {ROLES.map((r) => (
                <MenuItem key={r} value={r} data-testid={`role-option-${r}`}>
                  <ListItemText primary={ROLE_LABELS[r]} secondary={m.roleHelp[r]} />
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Cell>
      <Cell skipOnEnter>
        {role === 'member' && (
          <Controller
            control={form.control}
            name="isChair"
            render={({ field, fieldState }) => (
              <>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                      slotProps={{ input: { 'data-testid': 'field-isChair' } as object }}
                    />
                  }
                  label={m.isChair}
                />
                <FormHelperText error={Boolean(fieldState.error)} sx={{ mt: 0 }}>
                  {fieldState.error?.message ?? m.isChairHelp}
                </FormHelperText>
              </>
            )}
          />
        )}
      </Cell>
      {!user && (
        <Cell wide>
          <PasswordField form={form} name="password" label={m.password} helper={m.passwordHelp} />
        </Cell>
      )}
      {user && <SwitchCell form={form} name="active" label={m.active} helper={m.activeHelp} />}
    </FormDialog>
  );
}
