// A Jalali date picker bound to a Gregorian `YYYY-MM-DD` string (how legal dates travel).
// The user may pick from the calendar or type ۱۴۰۵/۰۹/۰۱ (any digits). While a typed date is
// incomplete or invalid the value is INVALID_DATE, so the schema reports it on the field.
import { useEffect, useState } from 'react';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { dateFromIso, isoFromDate } from '../format/calendarDate';
import { toAsciiDigits } from '../../shared/text/persian';

export const INVALID_DATE = 'invalid';

/**
 * MUI's field reads a typed key from the section's text and expects a Latin digit, which it
 * then shows in the adapter's (Persian) digits; a Persian or Arabic-Indic digit typed on a
 * Persian keyboard would be lost. Folding it to Latin first, before the field's own input
 * handler runs, makes every keyboard work.
 */
function latinDigitsInSection(event: React.FormEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (!target.isContentEditable) return;
  const text = target.textContent ?? '';
  const folded = toAsciiDigits(text);
  if (folded !== text) target.textContent = folded;
}

export interface JalaliDateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, INVALID_DATE, or empty */
  value: string | null | undefined;
  onChange: (value: string | undefined) => void;
  onBlur?: () => void;
  name?: string;
  testId?: string;
  error?: boolean;
  helperText?: string;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  minDate?: string;
  maxDate?: string;
  inputRef?: React.Ref<HTMLInputElement>;
}

/**
 * The field submits its form on Enter, like a native input. Our forms use Enter to move to the
 * next field (components/formKeys), so the field is told to leave Enter alone.
 */
function enterIsNotSubmit(event: React.KeyboardEvent<HTMLElement>) {
  if (event.key === 'Enter')
    (event as React.KeyboardEvent & { defaultMuiPrevented?: boolean }).defaultMuiPrevented = true;
}

export function JalaliDateField(props: JalaliDateFieldProps) {
  const {
    label,
    value,
    onChange,
    onBlur,
    name,
    testId,
    error,
    helperText,
    required,
    disabled,
    autoFocus,
    minDate,
    maxDate,
    inputRef,
  } = props;
  // The picker keeps its own Date so a half-typed date survives re-renders.
  const [date, setDate] = useState<Date | null>(() => dateFromIso(value));

  useEffect(() => {
    if (value === INVALID_DATE) return;
    const current = isoFromDate(date);
    if ((value || null) !== current) setDate(dateFromIso(value));
    // only an outside change of `value` should move the picker
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const min = dateFromIso(minDate);
  const max = dateFromIso(maxDate);

  return (
    <div onInputCapture={latinDigitsInSection}>
      <DesktopDatePicker
        label={label}
        value={date}
        name={name}
        format="yyyy/MM/dd"
        disabled={disabled}
        autoFocus={autoFocus}
        inputRef={inputRef}
        {...(min ? { minDate: min } : {})}
        {...(max ? { maxDate: max } : {})}
        onChange={(next) => {
          setDate(next);
          if (!next) onChange(undefined);
          else onChange(isoFromDate(next) ?? INVALID_DATE);
        }}
        slotProps={{
          textField: {
            required,
            error,
            helperText,
            fullWidth: true,
            size: 'small',
            onBlur,
            ...({ 'data-testid': testId } as object),
          },
          field: { onKeyDown: enterIsNotSubmit },
          openPickerButton: { tabIndex: -1 },
        }}
      />
    </div>
  );
}
