// A select among a list the admin screens compute (roles, scopes, places, councils): each choice's
// value is also its key, so the lists must not repeat a value.
import type { ReactNode } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

export interface Choice {
  value: string;
  label: ReactNode;
}

export function SelectField({
  label,
  value,
  onChange,
  choices,
  testId,
}: {
  label: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  choices: readonly Choice[];
  testId?: string;
}) {
  return (
    <TextField select label={label} value={value} onChange={onChange} data-testid={testId}>
      {choices.map((c) => (
        <MenuItem key={c.value} value={c.value}>
          {c.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** places by name, as the server takes them */
export const byName = (places: readonly { name: string }[]): Choice[] =>
  places.map((p) => ({ value: p.name, label: p.name }));
