// Binds a MUI TextField to a react-hook-form field: the ref goes to the <input>, and the
// field's error message becomes the helper text.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

export function rhfText<T extends FieldValues, C, O>(form: UseFormReturn<T, C, O>, name: Path<T>, helper?: string) {
  const { ref, ...rest } = form.register(name);
  const error = name
    .split('.')
    .reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], form.formState.errors) as
    { message?: string } | undefined;
  return {
    ...rest,
    inputRef: ref,
    error: Boolean(error),
    helperText: error?.message ?? helper,
    slotProps: { htmlInput: { 'data-testid': `field-${name}` } },
  };
}
