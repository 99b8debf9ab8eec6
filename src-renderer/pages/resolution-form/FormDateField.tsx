// A required Jalali date of the resolution form, its error (or else a hint) beneath.
import { Controller, type UseFormReturn } from 'react-hook-form';
import { JalaliDateField } from '../../components/JalaliDateField';
import type { ResolutionFormOutput, ResolutionFormValues } from './formModel';

type Form = UseFormReturn<ResolutionFormValues, unknown, ResolutionFormOutput>;
type DateName = 'councilSessionDate' | 'approvalDate' | 'receiptDate';

/** `onPicked` runs when the user picks a date (not when the form sets one). */
export function FormDateField({
  form,
  name,
  label,
  help,
  onPicked,
}: {
  form: Form;
  name: DateName;
  label: string;
  help?: string;
  onPicked?: () => void;
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <JalaliDateField
          label={label}
          value={field.value}
          onChange={(v) => {
            onPicked?.();
            field.onChange(v);
          }}
          onBlur={field.onBlur}
          inputRef={field.ref}
          name={field.name}
          testId={`field-${name}`}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? help}
          required
        />
      )}
    />
  );
}
