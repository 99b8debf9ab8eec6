// The outgoing register's numbers (دفتر اندیکاتور): the office sets a pattern of the Jalali year,
// a prefix and the serial, which restarts every year (DOMAIN.md "Letters"). Stored with ASCII
// digits; shown with Persian digits.
import { toAsciiDigits, toPersianDigits } from '../text/persian';

export interface NumberingFormat {
  /** tokens: {year} (1405), {yy} (05), {prefix}, {serial} */
  pattern: string;
  prefix: string;
  /** zero-pad the serial to this many digits (0: none) */
  pad: number;
}

export const DEFAULT_NUMBERING: NumberingFormat = { pattern: '{year}/{prefix}/{serial}', prefix: 'ت', pad: 0 };
export const NUMBERING_TOKENS = ['{year}', '{yy}', '{prefix}', '{serial}'] as const;

/** Why a pattern cannot number letters, or null when it can. */
export function numberingPatternProblem(pattern: string, prefix: string): string | null {
  if (!pattern.includes('{serial}')) return 'الگوی شماره باید [ردیف] را داشته باشد.';
  const rest = pattern.replace(/\{(year|yy|prefix|serial)\}/g, '');
  if (/[{}]/.test(rest)) return 'الگوی شماره فقط [سال]، [سال دورقمی]، [پیشوند] و [ردیف] را می‌پذیرد.';
  // '|' separates the fields of the QR payload
  if (/[|\n]/.test(pattern + prefix)) return 'الگو و پیشوند شماره نمی‌توانند نویسهٔ «|» داشته باشند.';
  if (/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(rest)) return 'رقم ثابت در الگوی شماره مجاز نیست؛ از پیشوند استفاده کنید.';
  return null;
}

/** «1405/ت/123» (ASCII digits: the stored form). */
export function formatLetterNumber(f: NumberingFormat, year: number, serial: number): string {
  const s = f.pad > 0 ? String(serial).padStart(f.pad, '0') : String(serial);
  return toAsciiDigits(
    f.pattern
      .replaceAll('{year}', String(year))
      .replaceAll('{yy}', String(year % 100).padStart(2, '0'))
      .replaceAll('{prefix}', f.prefix)
      .replaceAll('{serial}', s),
  );
}

/** «۱۴۰۵/ت/۱۲۳» */
export function displayLetterNumber(stored: string): string {
  return toPersianDigits(stored);
}

/** The key a typed number is matched by: ASCII digits, no spaces, Persian letters as stored. */
export function letterNumberKey(typed: string): string {
  return toAsciiDigits(typed)
    .replace(/[\s\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g, '')
    .replace(/[\u0643]/g, 'ک')
    .replace(/[\u064A\u0649]/g, 'ی')
    .replace(/[\\\u2215\u066B]/g, '/');
}
