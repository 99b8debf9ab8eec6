// Presentation helpers of the renderer: Persian digits, Jalali dates, sizes. The real work is in
// shared/ (text/persian, dates/jalali); this file only adapts it to what screens need.
import { formatNumberFa, toPersianDigits } from '../../shared/text/persian';
import { formatInstant, formatJalali } from '../../shared/dates/jalali';

/** A malformed value from the core is shown as it came, rather than breaking the screen. */
function safe(format: () => string, raw: string): string {
  try {
    return format();
  } catch {
    return toFa(raw);
  }
}

/** Any number or string with Latin digits → the same with Persian digits (no grouping). */
export function toFa(value: number | string): string {
  return toPersianDigits(String(value));
}

/** A count or amount with Persian digits and Persian thousands separators. */
export function numFa(value: number): string {
  return formatNumberFa(value);
}

/** `2026-11-22` → «۱۴۰۵/۰۹/۰۱» */
export function dateFa(iso: string | null | undefined): string {
  if (!iso) return '';
  return safe(() => formatJalali(iso, { digits: 'fa', style: 'numeric' }), iso);
}

/** `2026-11-22` → «۱ آذر ۱۴۰۵» */
export function dateLongFa(iso: string | null | undefined): string {
  if (!iso) return '';
  return safe(() => formatJalali(iso, { digits: 'fa', style: 'long' }), iso);
}

/** An instant (UTC ISO) in Tehran time on the Jalali calendar. */
export function instantFa(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  return safe(() => formatInstant(isoInstant, { digits: 'fa' }), isoInstant);
}

const SIZE_UNITS = ['بایت', 'کیلوبایت', 'مگابایت', 'گیگابایت'];

/** 1536 → «۱٫۵ کیلوبایت» */
export function sizeFa(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '');
  return `${toFa(rounded).replace('.', '٫')} ${SIZE_UNITS[unit]}`;
}
