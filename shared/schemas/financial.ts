// The optional financial side of a resolution (issue 12): how much, from which year's budget and
// which line or project code, and for a project the time, cost and scope the council approved.
// Amounts accept any digits and thousands separators as typed («۱۲٬۵۰۰٬۰۰۰»), and become numbers.
import { z } from 'zod';
import { FINANCIAL_KIND_CODES } from '../domain/financial';
import { formatNumberFa, toAsciiDigits } from '../text/persian';
import { optionalLine } from './fields';

/** Separators a user may type inside a number: comma, Arabic thousands separator, space, ZWNJ. */
const SEPARATORS = /[,\u066C\u060C\s\u200C]/g;

/** '' or null → null; «۱۲٬۰۰۰» → 12000; anything else is left for the schema to refuse. */
function toNumber(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') return v;
  const s = toAsciiDigits(v).replace(SEPARATORS, '');
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : v;
}

const whole = (label: string, max: number) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `${label} باید عدد باشد.` })
      .int(`${label} باید عدد صحیح باشد.`)
      .min(0, `${label} نمی‌تواند منفی باشد.`)
      .max(max, `${label} بیش از حد بزرگ است.`)
      .nullable(),
  );

const YEAR = 'سال بودجه باید سالی از ۱۳۹۰ تا ۱۴۳۰ باشد.';
const budgetYear = z.preprocess(
  toNumber,
  z.number({ error: YEAR }).int(YEAR).min(1390, YEAR).max(1430, YEAR).nullable(),
);

/** Rials: up to 9 × 10^15, the largest whole number JSON carries exactly. */
export const MAX_RIALS = Number.MAX_SAFE_INTEGER;
export const MAX_PROJECT_MONTHS = 600;

export const financialInput = z
  .object({
    kind: z.enum(FINANCIAL_KIND_CODES, { error: 'نوع مصوبهٔ مالی را انتخاب کنید.' }),
    amountRials: whole('مبلغ', MAX_RIALS).optional().default(null),
    budgetYear: budgetYear.optional().default(null),
    budgetLine: optionalLine('ردیف بودجه یا کد طرح', 60),
    projectDurationMonths: whole('مدت اجرای طرح', MAX_PROJECT_MONTHS).optional().default(null),
    projectCostRials: whole('هزینهٔ طرح', MAX_RIALS).optional().default(null),
    projectScope: optionalLine('حجم و دامنهٔ کار طرح', 1000),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.kind === 'project') return;
    for (const key of ['projectDurationMonths', 'projectCostRials', 'projectScope'] as const) {
      if (f[key] !== null && f[key] !== '')
        ctx.addIssue({ code: 'custom', path: [key], message: 'مدت، هزینه و دامنهٔ کار فقط برای طرح ثبت می‌شود.' });
    }
  });
export type FinancialInput = z.input<typeof financialInput>;
export type Financial = z.output<typeof financialInput>;

/** What a resolution answers: null when it has no financial side. */
export const financial = z.object({
  kind: z.enum(FINANCIAL_KIND_CODES),
  amountRials: z.number().int().nullable(),
  budgetYear: z.number().int().nullable(),
  budgetLine: z.string(),
  projectDurationMonths: z.number().int().nullable(),
  projectCostRials: z.number().int().nullable(),
  projectScope: z.string(),
});

/** 125000000 → «۱۲۵٬۰۰۰٬۰۰۰ ریال» */
export function rialsFa(n: number): string {
  return `${formatNumberFa(n)} ریال`;
}
