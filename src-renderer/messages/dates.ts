// What a date field says about a typed date it cannot read (issue 11: never roll it over).
import { JALALI_MONTHS, type JalaliInput } from '../../shared/dates/jalali';
import { toPersianDigits } from '../../shared/text/persian';

export const dates = {
  openCalendar: 'انتخاب از تقویم',
  placeholder: '۱۴۰۵/۰۹/۰۱',
  format: 'تاریخ را به شکل ۱۴۰۵/۰۹/۰۱ وارد کنید.',
  empty: 'تاریخ را وارد کنید.',
  year: (year: number) => `سال ${toPersianDigits(year)} پذیرفته نیست؛ سالی بین ۱۳۰۰ و ۱۵۰۰ وارد کنید.`,
  month: (month: number) => `ماه ${toPersianDigits(month)} وجود ندارد؛ ماه باید از ۱ تا ۱۲ باشد.`,
  day: (day: number, month: number, length: number) =>
    `روز ${toPersianDigits(day)} در ماه ${JALALI_MONTHS[month - 1]} نیست؛ این ماه ${toPersianDigits(length)} روز دارد.`,
  beforeMin: (min: string) => `تاریخ نباید پیش از ${min} باشد.`,
  afterMax: (max: string) => `تاریخ نباید پس از ${max} باشد.`,
} as const;

/** The message for a typed date that is not a date (the field shows it under itself). */
export function dateInputMessage(
  read: Exclude<JalaliInput, { ok: true }>,
  monthLength: (y: number, m: number) => number,
): string {
  switch (read.problem) {
    case 'empty':
      return dates.empty;
    case 'format':
      return dates.format;
    case 'year':
      return dates.year(read.year!);
    case 'month':
      return dates.month(read.month!);
    case 'day':
      return read.day === 0 ? dates.format : dates.day(read.day!, read.month!, monthLength(read.year!, read.month!));
  }
}
