// Jalali calendar helpers (DOMAIN.md "Persian text and dates", DESIGN.md §4).
// A legal date is a calendar date stored as Gregorian 'YYYY-MM-DD'; instants are ISO-8601 UTC.
// The UI shows both on the Jalali calendar, instants in Asia/Tehran.
import { getDate, getMonth, getYear, isLeapYear, newDate } from 'date-fns-jalali';
import { toAsciiDigits, toPersianDigits } from '../text/persian';

export const TEHRAN_TZ = 'Asia/Tehran';

/** A calendar date, Gregorian, 'YYYY-MM-DD' (e.g. '2026-11-22'). Not an instant. */
export type IsoDate = string;

export type Digits = 'fa' | 'latin';

export const JALALI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

/** Index 0 = Saturday, the first day of the Iranian week; 6 = Friday. */
export const WEEKDAYS_FA = ['شنبه', 'یک‌شنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنج‌شنبه', 'جمعه'] as const;

const DAY_MS = 86_400_000;
// Jalali years accepted by fromJalali: wide enough for any record, and small enough that the
// Gregorian year always has four digits (IsoDate).
const MIN_JALALI_YEAR = 1;
const MAX_JALALI_YEAR = 3000;
// Years a person plausibly types for a legal date; anything else is a typo.
const MIN_PARSE_YEAR = 1300;
const MAX_PARSE_YEAR = 1500;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');
const digits = (s: string, d: Digits | undefined): string => (d === 'latin' ? s : toPersianDigits(s));

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of UTC midnight of a Gregorian date (no 0–99 → 1900s surprise of Date.UTC). */
function utcMs(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

function isoFromUtcMs(ms: number): IsoDate {
  const t = new Date(ms);
  return `${pad4(t.getUTCFullYear())}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Parses an IsoDate, throwing RangeError so a bad stored value never renders as a wrong date. */
function isoParts(iso: IsoDate): { y: number; m: number; d: number } {
  const match = ISO_DATE_RE.exec(iso);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (isoFromUtcMs(utcMs(y, m, d)) === iso) return { y, m, d };
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
}

/**
 * date-fns-jalali reads and writes the Date's LOCAL fields, so the bridge to it is a local Date
 * at noon: noon is never inside a DST gap, whatever the host time zone is.
 */
function localNoon(iso: IsoDate): Date {
  const { y, m, d } = isoParts(iso);
  const t = new Date(2000, 0, 1, 12);
  t.setFullYear(y, m - 1, d);
  return t;
}

function isoFromLocal(t: Date): IsoDate {
  return `${pad4(t.getFullYear())}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())}`;
}

/** Strict 'YYYY-MM-DD' that names a real Gregorian date. */
export function isIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  try {
    isoParts(s);
    return true;
  } catch {
    return false;
  }
}

/** The Jalali year, month (1–12) and day of a calendar date. */
export function jalaliParts(iso: IsoDate): { year: number; month: number; day: number } {
  const t = localNoon(iso);
  return { year: getYear(t), month: getMonth(t) + 1, day: getDate(t) };
}

export function isJalaliLeap(year: number): boolean {
  if (!Number.isInteger(year)) throw new RangeError(`Not a Jalali year: ${year}`);
  return isLeapYear(newDate(year, 0, 1, 12));
}

/** 31 days for Farvardin–Shahrivar, 30 for Mehr–Bahman, 29 or 30 for Esfand. */
export function jalaliMonthLength(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a Jalali month: ${month}`);
  }
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isJalaliLeap(year) ? 30 : 29;
}

export function isValidJalali(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_JALALI_YEAR &&
    year <= MAX_JALALI_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= jalaliMonthLength(year, month)
  );
}

/** Jalali → IsoDate. Throws RangeError for an impossible date (date-fns-jalali would roll over). */
export function fromJalali(year: number, month: number, day: number): IsoDate {
  if (!isValidJalali(year, month, day)) {
    throw new RangeError(`Invalid Jalali date: ${year}/${month}/${day}`);
  }
  const t = newDate(year, month - 1, day, 12);
  const iso = isoFromLocal(t);
  // Guard against a silent rollover if the library and our month lengths ever disagree.
  const back = jalaliParts(iso);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new RangeError(`Invalid Jalali date: ${year}/${month}/${day}`);
  }
  return iso;
}

/** '۱۴۰۵/۰۹/۰۱' (numeric, default) or '۱ آذر ۱۴۰۵' (long); Persian digits unless 'latin'. */
export function formatJalali(iso: IsoDate, opts: { digits?: Digits; style?: 'numeric' | 'long' } = {}): string {
  const { year, month, day } = jalaliParts(iso);
  const text =
    opts.style === 'long' ? `${day} ${JALALI_MONTHS[month - 1]} ${year}` : `${year}/${pad2(month)}/${pad2(day)}`;
  return digits(text, opts.digits);
}

// Invisible marks come along when a date is copied out of RTL text.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;
// One separator (/, -, ., Arabic decimal separator) with optional spaces, or just spaces.
const JALALI_INPUT_RE = /^(\d{4})(?:\s*[/\-.\u066B]\s*|\s+)(\d{1,2})(?:\s*[/\-.\u066B]\s*|\s+)(\d{1,2})$/;

// Eight digits typed without separators: ۱۴۰۵۰۹۰۱.
const JALALI_COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

/** Why a typed date is not a date, so the field can say which part is wrong. */
export type JalaliInputProblem = 'empty' | 'format' | 'year' | 'month' | 'day';

export type JalaliInput =
  { ok: true; iso: IsoDate } | { ok: false; problem: JalaliInputProblem; year?: number; month?: number; day?: number };

/**
 * What a user typed (Persian, Arabic-Indic or Latin digits; '/', '-', '.', spaces, or eight
 * digits in a row) → the date, or which part is impossible. Never rolls over: month 13 or
 * day 31 of Mehr is refused, not moved to another date.
 */
export function readJalaliInput(input: string): JalaliInput {
  const text = typeof input === 'string' ? toAsciiDigits(input).replace(INVISIBLES, '').trim() : '';
  if (text === '') return { ok: false, problem: 'empty' };
  const match = JALALI_INPUT_RE.exec(text) ?? JALALI_COMPACT_RE.exec(text);
  if (!match) return { ok: false, problem: 'format' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_PARSE_YEAR || year > MAX_PARSE_YEAR) return { ok: false, problem: 'year', year };
  if (month < 1 || month > 12) return { ok: false, problem: 'month', year, month };
  if (day < 1 || day > jalaliMonthLength(year, month)) return { ok: false, problem: 'day', year, month, day };
  return { ok: true, iso: fromJalali(year, month, day) };
}

/** What a user typed (any digits, '/', '-', '.', or spaces) → IsoDate, or null if not a date. */
export function parseJalali(input: string): IsoDate | null {
  const read = readJalaliInput(input);
  return read.ok ? read.iso : null;
}

// Intl knows the Tehran rules (UTC+03:30; DST until 2022), a fixed offset would not.
// 'en-CA' gives ASCII digits; hourCycle h23 avoids the '24:00' some ICU versions print.
const TEHRAN_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TEHRAN_TZ,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function tehranParts(instant: Date): { date: IsoDate; time: string } {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  const p: Record<string, string> = {};
  for (const part of TEHRAN_PARTS.formatToParts(instant)) p[part.type] = part.value;
  return {
    date: `${pad4(Number(p.year))}-${p.month}-${p.day}`,
    time: `${pad2(Number(p.hour) % 24)}:${p.minute}`,
  };
}

/** The calendar date in Asia/Tehran at the given instant (default: now). */
export function todayInTehran(now: Date = new Date()): IsoDate {
  return tehranParts(now).date;
}

/** An ISO-8601 instant as the Jalali date (and HH:mm unless withTime is false) in Tehran. */
export function formatInstant(isoInstant: string, opts: { digits?: Digits; withTime?: boolean } = {}): string {
  const { date, time } = tehranParts(new Date(isoInstant));
  const text = formatJalali(date, { digits: 'latin' });
  return digits(opts.withTime === false ? text : `${text} ${time}`, opts.digits);
}

/** Calendar arithmetic on UTC midnights: every day is exactly 24 h, so no DST drift. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  const { y, m, d } = isoParts(iso);
  return isoFromUtcMs(utcMs(y, m, d) + n * DAY_MS);
}

/** a − b in calendar days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return Math.round((dayMs(a) - dayMs(b)) / DAY_MS);
}

// A report takes tens of thousands of differences between a few hundred distinct days: each
// valid day is parsed and checked once (an invalid one is never kept, so it throws every time).
const DAY_MS_OF = new Map<string, number>();
function dayMs(iso: IsoDate): number {
  let ms = DAY_MS_OF.get(iso);
  if (ms === undefined) {
    const p = isoParts(iso);
    ms = utcMs(p.y, p.m, p.d);
    if (DAY_MS_OF.size >= 20_000) DAY_MS_OF.clear();
    DAY_MS_OF.set(iso, ms);
  }
  return ms;
}

export function jalaliYear(iso: IsoDate): number {
  return jalaliParts(iso).year;
}

/** 1 Farvardin of the Jalali year. */
export function jalaliYearStart(year: number): IsoDate {
  return fromJalali(year, 1, 1);
}

/** The last day of Esfand (29th, or 30th in a leap year). */
export function jalaliYearEnd(year: number): IsoDate {
  return fromJalali(year, 12, jalaliMonthLength(year, 12));
}

/** 0 = Saturday … 6 = Friday (the Iranian week), an index into WEEKDAYS_FA. */
export function weekdayOf(iso: IsoDate): number {
  const { y, m, d } = isoParts(iso);
  // getUTCDay: 0 = Sunday … 6 = Saturday; shift so Saturday is 0.
  return (new Date(utcMs(y, m, d)).getUTCDay() + 1) % 7;
}
