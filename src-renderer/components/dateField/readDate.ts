// What a date field's text means: a date, nothing, or a Persian reason it is not a date.
import { formatJalali, jalaliMonthLength, readJalaliInput } from '../../../shared/dates/jalali';
import { dateInputMessage, dates } from '../../messages/dates';

export type DateReading = { kind: 'date'; iso: string } | { kind: 'empty' } | { kind: 'wrong'; message: string };

/** Reads typed text; a date outside [min, max] is refused like an impossible one. */
export function readDate(text: string, min?: string, max?: string): DateReading {
  const read = readJalaliInput(text);
  if (!read.ok) {
    if (read.problem === 'empty') return { kind: 'empty' };
    return { kind: 'wrong', message: dateInputMessage(read, jalaliMonthLength) };
  }
  if (min && read.iso < min) return { kind: 'wrong', message: dates.beforeMin(formatJalali(min)) };
  if (max && read.iso > max) return { kind: 'wrong', message: dates.afterMax(formatJalali(max)) };
  return { kind: 'date', iso: read.iso };
}

/** The text a stored value is shown as: ۱۴۰۵/۰۹/۰۱, or empty. */
export function textOfIso(iso: string | null | undefined): string {
  if (!iso) return '';
  try {
    return formatJalali(iso);
  } catch {
    return '';
  }
}
