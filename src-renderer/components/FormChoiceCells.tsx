// The choice cells of a form dialog: a select from a list, and an on/off switch.
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Cell } from './FormCells';

export function SelectCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  options: readonly { code: string; label: string }[];
  wide?: boolean;
  onPicked?: (code: string) => void;
}) {
  return (
    <Cell wide={p.wide}>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={p.label}
            required
            value={field.value ?? ''}
            onChange={(e) => {
              field.onChange(e.target.value);
              p.onPicked?.(e.target.value);
            }}
            onBlur={field.onBlur}
            inputRef={field.ref}
            name={field.name}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ select: { 'data-testid': `field-${p.name}` } as object }}
          >
            {p.options.map((o) => (
              <MenuItem key={o.code} value={o.code} data-testid={`option-${o.code}`}>
                {o.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </Cell>
  );
}

/** A switch on a row of its own, with a line of help under it. */
export function SwitchCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  helper?: string;
}) {
  return (
    <Cell wide skipOnEnter>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field }) => (
          <FormControlLabel
            control={
              <Switch
                checked={Boolean(field.value)}
                onChange={(e) => field.onChange(e.target.checked)}
                slotProps={{ input: { 'data-testid': `field-${p.name}` } as object }}
              />
            }
            label={p.label}
          />
        )}
      />
      {p.helper && <FormHelperText sx={{ mt: 0 }}>{p.helper}</FormHelperText>}
    </Cell>
  );
}
