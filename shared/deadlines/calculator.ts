// The one deadline calculator (DESIGN.md §2, DOMAIN.md "The process and its clocks"). Pure.
// Dates are handled as whole day numbers (days since 1970-01-01) so a deadline costs a few
// integer operations and no Date objects: the lapse check runs it over 200,000 resolutions.
import { todayInTehran, type IsoDate } from '../dates/jalali';
import { formatNumberFa } from '../text/persian';
import type { DeadlinePolicy } from './policy';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Asia/Tehran is UTC+03:30 all year since DST was abolished (tzdata 2022b). */
const TEHRAN_OFFSET_MS = 3.5 * HOUR_MS;
/** The last DST period ended 1401/06/30 24:00 (+04:30) = 2022-09-21T19:30Z; fixed offset from then on. */
const FIXED_OFFSET_SINCE_MS = Date.UTC(2022, 8, 21, 19, 30);
/** 2022-09-21 (1401/06/30) is the first day whose end is at +03:30; earlier days ask Intl. */
const FIXED_OFFSET_FROM_DAY = 19_256;
/** Longest run of non-working days we look through before calling the policy broken. */
const MAX_SCAN_DAYS = 3_660;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function isoFromDay(day: number): IsoDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** IsoDate → day number; RangeError for anything that is not a real 'YYYY-MM-DD' date. */
function dayOf(iso: IsoDate): number {
  const match = typeof iso === 'string' ? ISO_DATE_RE.exec(iso) : null;
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    const length = m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
    if (length !== undefined && d >= 1 && d <= length) return daysFromCivil(y, m, d);
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
}

/** 0 = Saturday … 6 = Friday, like weekdayOf; day 0 (1970-01-01) was a Thursday. */
const weekday = (day: number): number => (((day + 5) % 7) + 7) % 7;

interface CompiledPolicy {
  holidays: Set<number>;
  weekend: boolean[];
}

// One compiled form per policy object: the holiday Set is built once, not per call.
const compiled = new WeakMap<DeadlinePolicy, CompiledPolicy>();

function compile(policy: DeadlinePolicy): CompiledPolicy {
  let c = compiled.get(policy);
  if (!c) {
    const weekend = [false, false, false, false, false, false, false];
    for (const w of policy.weekend) weekend[w] = true;
    c = { holidays: new Set(policy.holidays.map(dayOf)), weekend };
    compiled.set(policy, c);
  }
  return c;
}

const working = (c: CompiledPolicy, day: number): boolean => !c.weekend[weekday(day)] && !c.holidays.has(day);

function scan(c: CompiledPolicy, day: number, step: 1 | -1): number {
  for (let i = 0; i < MAX_SCAN_DAYS; i++, day += step) if (working(c, day)) return day;
  throw new RangeError('The deadline policy leaves no working day within ten years');
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a whole, non-negative number of days: ${days}`);
}

function checkInstant(now: Date): number {
  const ms = now instanceof Date ? now.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/** Neither a weekend day nor a holiday of the policy. */
export function isWorkingDay(date: IsoDate, policy: DeadlinePolicy): boolean {
  return working(compile(policy), dayOf(date));
}

/** The date itself if it is a working day, else the next one. */
export function nextWorkingDay(date: IsoDate, policy: DeadlinePolicy): IsoDate {
  return isoFromDay(scan(compile(policy), dayOf(date), 1));
}

/**
 * The last day of a period of `days` days that starts on `start` (DOMAIN.md: Articles 443–445 of
 * the civil procedure code by analogy). With excludeStartDay the start day is not counted, so
 * 14 calendar days from 1405/01/10 end on 1405/01/24; otherwise the start day is day one.
 * Calendar counting counts holidays inside the period; only a last day that is a weekend day or
 * holiday moves (moveOffHoliday) to the next working day. Working counting counts working days
 * only, so its last day is always a working day. Zero days gives the start day (moved if needed).
 */
export function deadlineFrom(start: IsoDate, days: number, policy: DeadlinePolicy): IsoDate {
  checkDays(days);
  const c = compile(policy);
  const first = dayOf(start);
  let end = first;
  if (days > 0 && policy.counting === 'working') {
    end = policy.excludeStartDay ? first : first - 1;
    for (let counted = 0, scanned = 0; counted < days; scanned++) {
      if (scanned > days + MAX_SCAN_DAYS) throw new RangeError('The deadline policy leaves too few working days');
      end++;
      if (working(c, end)) counted++;
    }
  } else if (days > 0) {
    end = first + (policy.excludeStartDay ? days : days - 1);
  }
  if (policy.moveOffHoliday) end = scan(c, end, 1);
  return isoFromDay(end);
}

/** Epoch ms at which the deadline day is over in Asia/Tehran (the next day's 00:00 there). */
function endMs(deadlineDay: number): number {
  const nextMidnightUtc = (deadlineDay + 1) * DAY_MS;
  if (deadlineDay >= FIXED_OFFSET_FROM_DAY) return nextMidnightUtc - TEHRAN_OFFSET_MS;
  // Before 2022 Tehran kept +04:30 in summer, switching at local midnight; the day ended at its
  // next local midnight at +04:30 or +03:30, whichever comes first after the day. Intl knows which.
  const iso = isoFromDay(deadlineDay);
  for (const offsetMs of [4.5 * HOUR_MS, TEHRAN_OFFSET_MS]) {
    const t = nextMidnightUtc - offsetMs;
    if (todayInTehran(new Date(t)) > iso) return t;
  }
  return nextMidnightUtc - TEHRAN_OFFSET_MS;
}

/**
 * The instant a deadline ends, ISO-8601 UTC: the end of that day in Asia/Tehran, i.e. the next
 * day's 00:00 in Tehran = the deadline day at 20:30Z. A documented constant (+03:30) is used for
 * days from 2022-09-21 on, when Iran abolished DST; earlier days go through Intl's tz data.
 */
export function deadlineEnd(deadline: IsoDate): string {
  return new Date(endMs(dayOf(deadline))).toISOString();
}

/** Today's day number in Tehran, by the fixed offset where that is exact. */
function tehranToday(now: Date): number {
  const ms = checkInstant(now);
  if (ms >= FIXED_OFFSET_SINCE_MS) return Math.floor((ms + TEHRAN_OFFSET_MS) / DAY_MS);
  return dayOf(todayInTehran(now));
}

/** True from the instant the deadline day ends in Tehran (the boundary instant itself is past). */
export function isPast(deadline: IsoDate, now: Date): boolean {
  return checkInstant(now) >= endMs(dayOf(deadline));
}

/** Calendar days from today in Tehran to the deadline: 0 = due today, negative = overdue. */
export function daysLeft(deadline: IsoDate, now: Date): number {
  return dayOf(deadline) - tehranToday(now);
}

/** «۲ روز مانده», «امروز آخرین مهلت است», «۳ روز گذشته». */
export function countdownFa(deadline: IsoDate, now: Date): string {
  const n = daysLeft(deadline, now);
  if (n === 0) return 'امروز آخرین مهلت است';
  return n > 0 ? `${formatNumberFa(n)} روز مانده` : `${formatNumberFa(-n)} روز گذشته`;
}

/**
 * Which reminder fires today: N of policy.reminderDaysBefore when the deadline is N calendar
 * days away, or null. A reminder whose day is a weekend day or holiday fires on the working day
 * before, so nobody misses the «one day left» warning over a Friday; if two land on the same
 * day, the more urgent (smaller N) wins. Nothing fires on or after the deadline day.
 */
export function reminderDue(deadline: IsoDate, now: Date, policy: DeadlinePolicy): number | null {
  const due = dayOf(deadline);
  const today = tehranToday(now);
  if (today >= due) return null;
  const c = compile(policy);
  let best: number | null = null;
  for (const n of policy.reminderDaysBefore) {
    if (best !== null && n >= best) continue;
    if (scan(c, due - n, -1) === today) best = n;
  }
  return best;
}

/** The panel's objection window: from receipt (وصول) of the resolution. */
export function objectionDeadline(receiptDate: IsoDate, policy: DeadlinePolicy): IsoDate {
  return deadlineFrom(receiptDate, policy.objectionDays, policy);
}

/** The council's reconsideration window: from its receipt of the objection letter. */
export function councilAnswerDeadline(objectionReceivedByCouncil: IsoDate, policy: DeadlinePolicy): IsoDate {
  return deadlineFrom(objectionReceivedByCouncil, policy.councilReconsiderDays, policy);
}

/** The dispute board's window: from the referral. */
export function disputeBoardDeadline(referralDate: IsoDate, policy: DeadlinePolicy): IsoDate {
  return deadlineFrom(referralDate, policy.disputeBoardDays, policy);
}

/** The expert's opinion: from assignment. */
export function expertOpinionDeadline(assignedDate: IsoDate, policy: DeadlinePolicy): IsoDate {
  return deadlineFrom(assignedDate, policy.expertOpinionDays, policy);
}

/**
 * A member's finding: by the objection deadline (memberFindingDays null), or N days from receipt
 * but never later than the objection deadline, since a finding after the panel's window is moot.
 */
export function memberFindingDeadline(receiptDate: IsoDate, policy: DeadlinePolicy): IsoDate {
  const objection = objectionDeadline(receiptDate, policy);
  if (policy.memberFindingDays === null) return objection;
  const own = deadlineFrom(receiptDate, policy.memberFindingDays, policy);
  return own < objection ? own : objection;
}
