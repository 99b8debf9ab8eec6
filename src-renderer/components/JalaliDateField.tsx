// A Jalali date typed as text (۱۴۰۵/۰۹/۰۱, either digit set, or picked from the calendar) bound
// to a Gregorian `YYYY-MM-DD` string (how legal dates travel). The whole text is read at once,
// so an impossible month or day is refused with a Persian message rather than rolled over into
// another date, as MUI's sectioned field did (issue 11: ۱۴۰۵/۱۳/۰۵ was stored as ۱۴۰۵/۰۳/۰۵).
// While the text is not a date the value is INVALID_DATE, so the form's schema refuses it.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import TextField from '@mui/material/TextField';
import { toAsciiDigits, toPersianDigits } from '../../shared/text/persian';
import { dates } from '../messages/dates';
import { CalendarButton } from './dateField/CalendarButton';
import { readDate, textOfIso } from './dateField/readDate';

export const INVALID_DATE = 'invalid';

/** The day has two digits (or eight digits were typed in a row): the user is done with it. */
const DAY_COMPLETE = /(\D\d{2}|^\d{8})$/;

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

function setRef<T>(ref: React.Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as React.RefObject<T | null>).current = node;
}

export function JalaliDateField(props: JalaliDateFieldProps) {
  const { value, onChange, minDate, maxDate } = props;
  const [text, setText] = useState(() => textOfIso(value === INVALID_DATE ? null : value));
  // A problem shows once the user has left the field (or the form was submitted), not mid-typing.
  const [left, setLeft] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const caret = useRef<number | null>(null);
  const reading = readDate(text, minDate, maxDate);

  useEffect(() => {
    if (value === INVALID_DATE) return;
    const current = readDate(text, minDate, maxDate);
    if ((value || undefined) !== (current.kind === 'date' ? current.iso : undefined)) setText(textOfIso(value));
    // only an outside change of `value` should rewrite the text
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  // Latin digits are shown as Persian ones as they are typed; the caret stays where it was.
  useLayoutEffect(() => {
    if (caret.current !== null && input.current) input.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [text]);

  // Mid-typing, ۱۴۰۵/۰۷/۳ is already a date, but the user may be typing ۳۱: a one-digit day counts
  // only once the field is left, so a following field (the approval date) never picks up a day
  // that was not meant.
  const emit = (next: string, typing: boolean) => {
    const r = readDate(next, minDate, maxDate);
    const unfinished = r.kind === 'date' && typing && !DAY_COMPLETE.test(toAsciiDigits(next).trim());
    const out = r.kind === 'date' && !unfinished ? r.iso : r.kind === 'empty' ? undefined : INVALID_DATE;
    if (out !== (value || undefined)) onChange(out);
  };

  const problem = reading.kind === 'wrong' && (left || props.error) ? reading.message : null;

  return (
    <TextField
      label={props.label}
      value={text}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      fullWidth
      size="small"
      placeholder={dates.placeholder}
      error={Boolean(problem) || Boolean(props.error)}
      helperText={problem ?? props.helperText}
      inputRef={(node: HTMLInputElement | null) => {
        input.current = node;
        setRef(props.inputRef, node);
      }}
      onChange={(e) => {
        const next = toPersianDigits(e.target.value);
        caret.current = e.target.selectionStart;
        setText(next);
        setLeft(false);
        emit(next, true);
      }}
      onBlur={() => {
        setLeft(true);
        if (reading.kind === 'date') setText(textOfIso(reading.iso));
        emit(text, false);
        props.onBlur?.();
      }}
      slotProps={{
        htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'aria-invalid': Boolean(problem) || props.error },
        input: {
          endAdornment: (
            <CalendarButton
              value={reading.kind === 'date' ? reading.iso : null}
              minDate={minDate}
              maxDate={maxDate}
              disabled={props.disabled}
              onPick={(iso) => {
                setText(textOfIso(iso));
                setLeft(true);
                onChange(iso);
                props.onBlur?.();
              }}
            />
          ),
        },
      }}
      {...({ 'data-testid': props.testId } as object)}
    />
  );
}
