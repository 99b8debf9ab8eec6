// A new password as the admin types it: Latin, left to right, with a button to show what was typed.
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { rhfText } from '../../components/rhfText';
import { usersMessages as m } from '../../messages/users';

export function PasswordField<T extends FieldValues, C, O>({
  form,
  name,
  label,
  helper,
  autoFocus,
}: {
  form: UseFormReturn<T, C, O>;
  name: Path<T>;
  label: string;
  helper?: string;
  autoFocus?: boolean;
}) {
  const [shown, setShown] = useState(false);
  const field = rhfText(form, name, helper);
  return (
    <TextField
      label={label}
      required
      type={shown ? 'text' : 'password'}
      autoComplete="new-password"
      autoFocus={autoFocus}
      {...field}
      slotProps={{
        htmlInput: { ...field.slotProps.htmlInput, dir: 'ltr' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                tabIndex={-1}
                edge="end"
                aria-label={shown ? m.hidePassword : m.showPassword}
                onClick={() => setShown((s) => !s)}
              >
                {shown ? <VisibilityOff /> : <Visibility />}
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
