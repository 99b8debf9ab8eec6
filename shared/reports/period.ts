// The period a report covers (issue 12): a Jalali year, season, month or a custom range of
// calendar dates. Every report turns it into one inclusive Gregorian range [from, to], so the
// office (SQLite) and the ministry server (SQL) select exactly the same days.
import { z } from 'zod';
import {
  diffDays,
  formatJalali,
  fromJalali,
  JALALI_MONTHS,
  jalaliMonthLength,
  jalaliYearEnd,
  jalaliYearStart,
  type IsoDate,
} from '../dates/jalali';
import { toPersianDigits } from '../text/persian';
import { isoDate } from '../schemas/fields';

export const SEASONS = ['بهار', 'تابستان', 'پاییز', 'زمستان'] as const;

const YEAR_MESSAGE = 'سال گزارش باید سالی از ۱۳۹۰ تا ۱۴۳۰ باشد.';
const year = z.number({ error: YEAR_MESSAGE }).int(YEAR_MESSAGE).min(1390, YEAR_MESSAGE).max(1430, YEAR_MESSAGE);

export const RANGE_BACKWARDS = 'پایان بازهٔ گزارش پیش از آغاز آن است.';
/** A custom range longer than this is refused: ten years is already more than any office holds. */
export const MAX_RANGE_DAYS = 3660;
export const RANGE_TOO_LONG = 'بازهٔ گزارش حداکثر ده سال است.';

export const periodSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('year'), year }).strict(),
    z
      .object({
        kind: z.literal('season'),
        year,
        season: z.number().int().min(1, 'فصل نامعتبر است.').max(4, 'فصل نامعتبر است.'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('month'),
        year,
        month: z.number().int().min(1, 'ماه نامعتبر است.').max(12, 'ماه نامعتبر است.'),
      })
      .strict(),
    z
      .object({ kind: z.literal('range'), from: isoDate('آغاز بازه'), to: isoDate('پایان بازه') })
      .strict()
      .refine((p) => p.from <= p.to, { message: RANGE_BACKWARDS, path: ['to'] })
      .refine((p) => p.from > p.to || diffDays(p.to, p.from) < MAX_RANGE_DAYS, {
        message: RANGE_TOO_LONG,
        path: ['to'],
      }),
  ],
  { error: 'بازهٔ گزارش را انتخاب کنید.' },
);
export type Period = z.infer<typeof periodSchema>;

export interface ResolvedPeriod {
  from: IsoDate;
  to: IsoDate;
  /** «پاییز ۱۴۰۵», «آذر ۱۴۰۵», «از ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۳۰» */
  label: string;
}

/** The inclusive calendar range of a period, and its Persian name for titles and files. */
export function resolvePeriod(p: Period): ResolvedPeriod {
  const y = toPersianDigits(p.kind === 'range' ? 0 : p.year);
  switch (p.kind) {
    case 'year':
      return { from: jalaliYearStart(p.year), to: jalaliYearEnd(p.year), label: `سال ${y}` };
    case 'season': {
      const first = (p.season - 1) * 3 + 1;
      return {
        from: fromJalali(p.year, first, 1),
        to: fromJalali(p.year, first + 2, jalaliMonthLength(p.year, first + 2)),
        label: `${SEASONS[p.season - 1]} ${y}`,
      };
    }
    case 'month':
      return {
        from: fromJalali(p.year, p.month, 1),
        to: fromJalali(p.year, p.month, jalaliMonthLength(p.year, p.month)),
        label: `${JALALI_MONTHS[p.month - 1]} ${y}`,
      };
    case 'range':
      return { from: p.from, to: p.to, label: `از ${formatJalali(p.from)} تا ${formatJalali(p.to)}` };
  }
}

/** Whether a calendar date falls in the period (both ends included). */
export function inPeriod(date: IsoDate | null, period: Pick<ResolvedPeriod, 'from' | 'to'>): boolean {
  return date !== null && date >= period.from && date <= period.to;
}
