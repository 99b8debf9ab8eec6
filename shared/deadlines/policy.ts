// The deadline policy (DESIGN.md §2, DOMAIN.md "The process and its clocks"): days per step,
// how days are counted, the weekend and the holiday table. The ministry distributes it through
// sync; the office cannot edit it. The calculator treats a policy object as immutable.
import { z } from 'zod';
import { toPersianDigits } from '../text/persian';
import { isoDate } from '../schemas/fields';
import { holidayDates } from './holidays';

export const COUNTING_MODES = ['calendar', 'working'] as const;
export type CountingMode = (typeof COUNTING_MODES)[number];

/** What happens when the council does not answer an objection in time. */
export const NO_ANSWER_OUTCOMES = ['objection_stands', 'withdrawn'] as const;
export type NoAnswerOutcome = (typeof NO_ANSWER_OUTCOMES)[number];

const MAX_STEP_DAYS = 365;

const stepDays = (label: string) =>
  z
    .number({ error: `${label} باید عدد باشد.` })
    .int(`${label} باید عدد صحیح باشد.`)
    .min(1, `${label} دست‌کم یک روز است.`)
    .max(MAX_STEP_DAYS, `${label} حداکثر ${toPersianDigits(MAX_STEP_DAYS)} روز است.`);

const WEEKDAY_MESSAGE = 'روز هفته باید عددی از ۰ (شنبه) تا ۶ (جمعه) باشد.';
const REMINDER_MESSAGE = 'روزهای یادآوری باید از ۱ تا ۶۰ روز پیش از مهلت و حداکثر ۱۰ مورد باشد.';
const distinct = (xs: readonly number[]) => new Set(xs).size === xs.length;

// A plain (non-strict) object: a newer ministry server may add fields, and an office that has
// not upgraded yet must still accept the policy (DESIGN.md §4, the schema only grows).
export const deadlinePolicySchema = z.object({
  /** Identifies the policy a deadline was computed with (kept beside computed deadlines). */
  version: z.string().min(1, 'نسخهٔ ضوابط مهلت‌ها مشخص نیست.').max(100),
  /** Panel objection window, from receipt (وصول). */
  objectionDays: stepDays('مهلت اعتراض هیأت'),
  /** Council reconsideration, from the council's receipt of the objection letter. */
  councilReconsiderDays: stepDays('مهلت تجدیدنظر شورا'),
  /** Dispute board decision, from referral. */
  disputeBoardDays: stepDays('مهلت هیأت حل اختلاف'),
  /** Expert opinion, from assignment. */
  expertOpinionDays: stepDays('مهلت نظر کارشناسی'),
  /** Member finding, from receipt; null = by the panel's objection deadline. */
  memberFindingDays: stepDays('مهلت ثبت نظر اعضا').nullable(),
  counting: z.enum(COUNTING_MODES, { error: 'شیوهٔ شمارش روزها نامعتبر است.' }),
  /** The day the clock starts (e.g. the day of receipt) is not counted. */
  excludeStartDay: z.boolean(),
  /** A deadline that lands on a weekend day or holiday moves to the next working day. */
  moveOffHoliday: z.boolean(),
  /** Weekday numbers as weekdayOf gives them: 0 = Saturday … 6 = Friday. */
  weekend: z
    .array(z.number().int().min(0, WEEKDAY_MESSAGE).max(6, WEEKDAY_MESSAGE))
    .max(6, 'دست‌کم یک روز هفته باید کاری باشد.')
    .refine(distinct, 'روزهای تعطیل هفته تکراری است.'),
  /** Official holidays (and office closures the ministry adds), Gregorian 'YYYY-MM-DD'. */
  holidays: z.array(isoDate('تاریخ تعطیل')),
  councilNoAnswerOutcome: z.enum(NO_ANSWER_OUTCOMES, { error: 'پیامد عدم پاسخ شورا نامعتبر است.' }),
  /** Reminders this many calendar days before a deadline. */
  reminderDaysBefore: z
    .array(z.number().int().min(1, REMINDER_MESSAGE).max(60, REMINDER_MESSAGE))
    .max(10, REMINDER_MESSAGE)
    .refine(distinct, 'روزهای یادآوری تکراری است.'),
  /** A member with no finding by the deadline counts as «عدم مغایرت سیستمی». */
  memberSilenceCountsAsNoConflict: z.boolean(),
  /**
   * Issue 14: a letter in a council's portal that the council has not opened counts as delivered
   * this many days after it reached the portal. Optional (added later; an older policy lacks it):
   * portalDeliveryDays() gives the default.
   */
  portalDeliveryDays: z
    .number({ error: 'مهلت تحویل نامه در درگاه شورا باید عدد باشد.' })
    .int('مهلت تحویل نامه در درگاه شورا باید عدد صحیح باشد.')
    .min(0, 'مهلت تحویل نامه در درگاه شورا نمی‌تواند منفی باشد.')
    .max(30, 'مهلت تحویل نامه در درگاه شورا حداکثر ۳۰ روز است.')
    .optional(),
});

export type DeadlinePolicy = z.infer<typeof deadlinePolicySchema>;

/**
 * Days after which an unopened portal letter counts as delivered, when the ministry set none. The
 * judiciary's e-notice (سامانهٔ ثنا) counts delivery at posting; a council's secretary reads the
 * portal less often than a lawyer, so a short grace (a weekend and a holiday) is the default.
 */
export const DEFAULT_PORTAL_DELIVERY_DAYS = 3;

export const portalDeliveryDays = (p: Pick<DeadlinePolicy, 'portalDeliveryDays'>): number =>
  p.portalDeliveryDays ?? DEFAULT_PORTAL_DELIVERY_DAYS;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// Frozen: the calculator caches per policy object, so a mutated default would serve stale data.
export const DEFAULT_POLICY: DeadlinePolicy = deepFreeze({
  version: 'tatbiq-default-1 (holidays 1404–1405)',
  objectionDays: 14,
  councilReconsiderDays: 10,
  disputeBoardDays: 15,
  expertOpinionDays: 5,
  memberFindingDays: null,
  counting: 'calendar',
  excludeStartDay: true,
  moveOffHoliday: true,
  weekend: [6],
  holidays: holidayDates(),
  councilNoAnswerOutcome: 'objection_stands',
  reminderDaysBefore: [3, 1],
  memberSilenceCountsAsNoConflict: true,
});
