// A new password as the admin types it: Latin, left to right, with a button to show what was typed.
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import { rhfText } from '../../components/rhfText';
import { RevealPassword } from '../../components/RevealPassword';

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
          endAdornment: <RevealPassword shown={shown} onToggle={() => setShown((s) => !s)} />,
        },
      }}
    />
  );
}
