// The grid cells of a form dialog: text, dates, choices and switches, bound to the form.
import { type ReactNode } from 'react';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { JalaliDateField } from './JalaliDateField';
import { NAV_FIELD } from './formKeys';
import { rhfText } from './rhfText';

/**
 * A grid cell of the dialog: half a row, or the whole row. Enter moves from field to field;
 * `skipOnEnter` for a switch or a checkbox, which Enter passes over.
 */
export function Cell({ wide, skipOnEnter, children }: { wide?: boolean; skipOnEnter?: boolean; children: ReactNode }) {
  return (
    <Box
      sx={{ gridColumn: wide ? 'span 2' : { xs: 'span 2', sm: 'span 1' } }}
      {...(skipOnEnter ? undefined : NAV_FIELD)}
    >
      {children}
    </Box>
  );
}

export function TextCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  wide?: boolean;
  required?: boolean;
  multiline?: boolean;
  helper?: string;
  autoFocus?: boolean;
}) {
  return (
    <Cell wide={p.wide}>
      <TextField
        label={p.label}
        required={p.required}
        autoFocus={p.autoFocus}
        multiline={p.multiline}
        minRows={p.multiline ? 3 : undefined}
        maxRows={p.multiline ? 12 : undefined}
        {...rhfText(p.form as UseFormReturn<T>, p.name, p.helper)}
      />
    </Cell>
  );
}

export function DateCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  helper?: string;
  wide?: boolean;
  /** the earliest date the calendar offers */
  minDate?: string;
  autoFocus?: boolean;
}) {
  return (
    <Cell wide={p.wide}>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field, fieldState }) => (
          <JalaliDateField
            label={p.label}
            value={field.value as string | undefined}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            name={field.name}
            testId={`field-${p.name}`}
            minDate={p.minDate}
            autoFocus={p.autoFocus}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? p.helper}
            required
          />
        )}
      />
    </Cell>
  );
}
