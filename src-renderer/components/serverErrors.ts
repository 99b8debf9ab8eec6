// Puts a core error's per-field messages on the form's fields; returns the message for the Alert,
// or null when that message already stands under a field (an error is shown once, not twice).
// (The form then focuses the first field in error, in screen order: formKeys.focusFirstInvalid.)
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';
import { errorText } from '../api/errorText';

export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): string | null {
  const placed = new Set<string>();
  if (error instanceof ApiError && error.fields) {
    for (const [path, message] of Object.entries(error.fields)) {
      // `attachments.0.sha256` belongs to the attachments field as a whole
      const name = fieldNames.find((f) => path === f || path.startsWith(`${f}.`));
      if (!name) continue;
      setError(name as Path<T>, { type: 'server', message });
      placed.add(message);
    }
  }
  const text = errorText(error);
  return placed.has(text) ? null : text;
}
