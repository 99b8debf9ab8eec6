// The role and «رئیس هیئت» cells of the user dialog (UserDialog.tsx): the chair is only a member's,
// so choosing another role clears it.
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/lifecycle/roles';
import { Cell } from '../../components/FormDialog';
import { usersMessages as m } from '../../messages/users';
import type { UserForm } from './UserDialog';

export function RoleCells({ form, editing }: { form: UseFormReturn<UserForm>; editing: boolean }) {
  const role = useWatch({ control: form.control, name: 'role' });
  return (
    <>
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
              helperText={fieldState.error?.message ?? (editing ? m.roleChangeHelp : undefined)}
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
    </>
  );
}
