import { describe, it, expect } from 'vitest';
import {
  councilAnswerDeadline,
  countdownFa,
  daysLeft,
  deadlineEnd,
  deadlineFrom,
  disputeBoardDeadline,
  expertOpinionDeadline,
  isPast,
  isWorkingDay,
  memberFindingDeadline,
  nextWorkingDay,
  objectionDeadline,
  reminderDue,
} from '../../shared/deadlines/calculator';
import { DEFAULT_POLICY, deadlinePolicySchema, type DeadlinePolicy } from '../../shared/deadlines/policy';
import { addDays, diffDays, fromJalali, isJalaliLeap, todayInTehran, weekdayOf } from '../../shared/dates/jalali';

/** '1405/01/12' → its IsoDate, so expectations read like the Jalali calendar on the wall. */
function J(jalali: string): string {
  const [y, m, d] = jalali.split('/').map(Number);
  return fromJalali(y, m, d);
}
const P = DEFAULT_POLICY;
const policy = (over: Partial<DeadlinePolicy>): DeadlinePolicy => ({ ...DEFAULT_POLICY, version: 'test', ...over });
/** No weekend, no holidays, no moving: pure day arithmetic. */
const BARE = policy({ weekend: [], holidays: [], moveOffHoliday: false });
const WORKING = policy({ counting: 'working' });
const at = (iso: string) => new Date(iso);
const FRIDAY = 6;

describe('the default policy', () => {
  it('is valid, frozen, and has the defaults DOMAIN.md gives', () => {
    expect(deadlinePolicySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.holidays)).toBe(true);
    expect(DEFAULT_POLICY).toMatchObject({
      objectionDays: 14,
      councilReconsiderDays: 10,
      disputeBoardDays: 15,
      expertOpinionDays: 5,
      memberFindingDays: null,
      counting: 'calendar',
      excludeStartDay: true,
      moveOffHoliday: true,
      weekend: [FRIDAY],
      councilNoAnswerOutcome: 'objection_stands',
      reminderDaysBefore: [3, 1],
      memberSilenceCountsAsNoConflict: true,
    });
    expect(DEFAULT_POLICY.holidays).toHaveLength(51);
  });

  it('rejects broken policies with Persian messages', () => {
    const bad: Partial<DeadlinePolicy>[] = [
      { objectionDays: 0 },
      { objectionDays: 14.5 },
      { memberFindingDays: -1 },
      { weekend: [0, 1, 2, 3, 4, 5, 6] },
      { weekend: [6, 6] },
      { weekend: [7] },
      { holidays: ['2026-02-30'] },
      { holidays: ['1405/01/01'] },
      { reminderDaysBefore: [1, 1] },
      { version: '' },
    ];
    for (const over of bad) {
      const r = deadlinePolicySchema.safeParse({ ...DEFAULT_POLICY, ...over });
      expect(r.success, JSON.stringify(over)).toBe(false);
      if (!r.success) expect(r.error.issues.some((i) => /[\u0600-\u06FF]/.test(i.message))).toBe(true);
    }
    for (const over of [{ counting: 'lunar' }, { councilNoAnswerOutcome: 'ignored' }]) {
      expect(deadlinePolicySchema.safeParse({ ...DEFAULT_POLICY, ...over }).success).toBe(false);
    }
  });

  it('accepts a newer policy with fields this version does not know', () => {
    const r = deadlinePolicySchema.safeParse({ ...DEFAULT_POLICY, thursdayHalfDay: true });
    expect(r.success).toBe(true);
  });
});

describe('working days', () => {
  it('knows Fridays and official holidays', () => {
    expect(isWorkingDay(J('1405/01/11'), P)).toBe(true); // Tuesday
    expect(isWorkingDay(J('1405/01/12'), P)).toBe(false); // Islamic Republic Day
    expect(isWorkingDay(J('1405/01/14'), P)).toBe(false); // Friday
    expect(isWorkingDay(J('1405/01/20'), P)).toBe(true); // Thursday works by default
    expect(isWorkingDay(J('1405/01/20'), policy({ weekend: [5, 6] }))).toBe(false);
    expect(isWorkingDay(J('1405/01/12'), policy({ holidays: [] }))).toBe(true);
  });

  it('nextWorkingDay is the same day when it works, else runs past holidays and Fridays', () => {
    expect(nextWorkingDay(J('1405/01/11'), P)).toBe(J('1405/01/11'));
    expect(nextWorkingDay(J('1405/01/12'), P)).toBe(J('1405/01/15')); // 12, 13 holidays, 14 Friday
    expect(nextWorkingDay(J('1404/12/29'), P)).toBe(J('1405/01/05')); // oil day (Friday), Nowruz 1–4
  });

  it('refuses a policy with no working day instead of looping forever', () => {
    const broken = policy({ weekend: [0, 1, 2, 3, 4, 5, 6] });
    expect(() => nextWorkingDay(J('1405/01/11'), broken)).toThrow(RangeError);
    expect(() => deadlineFrom(J('1405/01/11'), 3, { ...broken, counting: 'working' })).toThrow(RangeError);
  });
});

describe('deadlineFrom: calendar days (the default)', () => {
  it('does not count the day of receipt', () => {
    expect(deadlineFrom(J('1405/02/01'), 14, P)).toBe(J('1405/02/15'));
    expect(deadlineFrom(J('1405/02/01'), 14, policy({ excludeStartDay: false }))).toBe(J('1405/02/14'));
    expect(deadlineFrom(J('1405/02/01'), 1, P)).toBe(J('1405/02/02'));
    expect(deadlineFrom(J('1405/02/01'), 1, policy({ excludeStartDay: false }))).toBe(J('1405/02/01'));
  });

  it('crosses month boundaries of 31 and 30 days', () => {
    expect(deadlineFrom(J('1405/02/24'), 14, P)).toBe(J('1405/03/07')); // Ordibehesht has 31
    expect(deadlineFrom(J('1405/07/20'), 14, P)).toBe(J('1405/08/04')); // Mehr has 30
    expect(deadlineFrom(J('1405/06/25'), 14, BARE)).toBe(J('1405/07/08')); // Shahrivar has 31
  });

  it('moves a deadline that lands on a holiday or a Friday, but not one that passes over them', () => {
    expect(deadlineFrom(J('1405/02/23'), 14, P)).toBe(J('1405/03/07')); // lands on Eid al-Adha 03/06
    expect(deadlineFrom(J('1405/02/25'), 14, P)).toBe(J('1405/03/09')); // lands on Friday 03/08
    expect(weekdayOf(J('1405/03/08'))).toBe(FRIDAY);
    expect(deadlineFrom(J('1405/01/21'), 14, P)).toBe(J('1405/02/05')); // Friday 02/04 → Saturday
    expect(deadlineFrom(J('1405/03/01'), 15, P)).toBe(J('1405/03/16')); // Khordad 14–15 inside: no effect
    expect(deadlineFrom(J('1405/02/25'), 14, policy({ moveOffHoliday: false }))).toBe(J('1405/03/08'));
  });

  it('crosses Nowruz 1405: receipt on 1404/12/20 plus 14 days', () => {
    // Esfand 1404 has 29 days; the holidays of 12/29 and 01/01–04 inside the period do not count.
    expect(deadlineFrom(J('1404/12/20'), 14, P)).toBe(J('1405/01/05'));
  });

  it('lands in Farvardin 1–4 and moves to the 5th', () => {
    expect(deadlineFrom(J('1404/12/14'), 14, P)).toBe(J('1404/12/28')); // Thursday, works
    expect(deadlineFrom(J('1404/12/15'), 14, P)).toBe(J('1405/01/05')); // 12/29 Friday + holiday
    expect(deadlineFrom(J('1404/12/17'), 14, P)).toBe(J('1405/01/05')); // 01/02
    expect(deadlineFrom(J('1404/12/19'), 14, P)).toBe(J('1405/01/05')); // 01/04
    expect(deadlineFrom(J('1404/12/20'), 14, policy({ moveOffHoliday: false }))).toBe(J('1405/01/05'));
  });

  it('lands on Farvardin 12–13 and runs through the Friday after them', () => {
    expect(deadlineFrom(J('1404/12/27'), 14, P)).toBe(J('1405/01/15')); // 12, 13, Friday 14
    expect(deadlineFrom(J('1404/12/28'), 14, P)).toBe(J('1405/01/15'));
    expect(deadlineFrom(J('1404/12/26'), 14, P)).toBe(J('1405/01/11'));
    expect(deadlineFrom(J('1404/12/27'), 14, policy({ moveOffHoliday: false }))).toBe(J('1405/01/12'));
  });

  it('counts Esfand 30 in a leap year (1403) and not in a common one (1404)', () => {
    expect(isJalaliLeap(1403)).toBe(true);
    expect(isJalaliLeap(1404)).toBe(false);
    expect(deadlineFrom(J('1403/12/16'), 14, BARE)).toBe(J('1403/12/30'));
    expect(deadlineFrom(J('1404/12/16'), 14, BARE)).toBe(J('1405/01/01'));
    expect(deadlineFrom(J('1403/12/30'), 1, BARE)).toBe(J('1404/01/01'));
    expect(deadlineFrom(J('1404/12/29'), 1, BARE)).toBe(J('1405/01/01'));
    // Same receipt day of Esfand, one day apart in Farvardin, because of the 30th.
    expect(deadlineFrom(J('1403/12/25'), 14, P)).toBe(J('1404/01/09'));
    expect(deadlineFrom(J('1404/12/25'), 14, P)).toBe(J('1405/01/10'));
    expect(deadlineFrom(J('1403/12/20'), 14, P)).toBe(J('1404/01/05')); // lands on 01/04 (holiday)
  });

  it('crosses Gregorian year ends and leap days', () => {
    expect(deadlineFrom('2026-12-25', 14, P)).toBe('2027-01-09'); // 2027-01-08 is a Friday
    expect(deadlineFrom('2028-02-20', 14, BARE)).toBe('2028-03-05'); // 2028 has Feb 29
    expect(deadlineFrom('2027-02-20', 14, BARE)).toBe('2027-03-06');
    expect(deadlineFrom('2100-02-20', 14, BARE)).toBe('2100-03-06'); // 2100 is not leap
    expect(deadlineFrom('2000-02-20', 14, BARE)).toBe('2000-03-05'); // 2000 is
  });

  it('agrees with addDays for plain day arithmetic across three centuries', () => {
    for (let start = '1900-01-01'; start < '2200-01-01'; start = addDays(start, 37)) {
      for (const n of [0, 1, 13, 14, 29, 30, 365, 366]) {
        expect(deadlineFrom(start, n, BARE)).toBe(addDays(start, n));
      }
    }
  });

  it('ends every 14-day window of 1404–1405 on the first working day on or after day 14', () => {
    const holidays = new Set(P.holidays);
    const works = (d: string) => weekdayOf(d) !== FRIDAY && !holidays.has(d);
    for (let start = J('1404/01/01'); start <= J('1405/12/15'); start = addDays(start, 1)) {
      const plain = addDays(start, 14);
      const got = objectionDeadline(start, P);
      expect(works(got), `${start} → ${got}`).toBe(true);
      expect(got >= plain).toBe(true);
      for (let d = plain; d < got; d = addDays(d, 1)) expect(works(d), `${start}: ${d} skipped`).toBe(false);
    }
  });

  it('gives the start day for zero days, moved off a holiday', () => {
    expect(deadlineFrom(J('1405/01/11'), 0, P)).toBe(J('1405/01/11'));
    expect(deadlineFrom(J('1405/01/12'), 0, P)).toBe(J('1405/01/15'));
    expect(deadlineFrom(J('1405/01/11'), 0, policy({ excludeStartDay: false }))).toBe(J('1405/01/11'));
  });

  it('refuses bad input', () => {
    for (const bad of ['2026-02-30', '1405/01/01', '2026-1-01', '', ' 2026-04-01', '2026-04-01T00:00:00Z']) {
      expect(() => deadlineFrom(bad, 14, P), bad).toThrow(RangeError);
    }
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => deadlineFrom('2026-04-01', n, P), String(n)).toThrow(RangeError);
    }
    expect(() => deadlineFrom('2026-04-01', 14, policy({ holidays: ['2026-13-01'] }))).toThrow(RangeError);
  });
});

describe('deadlineFrom: working days', () => {
  it('counts only working days after receipt across Nowruz 1405', () => {
    // 12/21, 23–28 (7); 01/05, 06 (9); 01/08–11 (13); 01/12–14 closed; 01/15 (14).
    expect(deadlineFrom(J('1404/12/20'), 14, WORKING)).toBe(J('1405/01/15'));
  });

  it('applies the start-day rule to a working start day only', () => {
    expect(deadlineFrom(J('1405/01/15'), 1, WORKING)).toBe(J('1405/01/16'));
    expect(deadlineFrom(J('1405/01/15'), 1, { ...WORKING, excludeStartDay: false })).toBe(J('1405/01/15'));
    // A start on a holiday counts nothing either way: the first day counted is 01/15.
    expect(deadlineFrom(J('1405/01/12'), 1, WORKING)).toBe(J('1405/01/15'));
    expect(deadlineFrom(J('1405/01/12'), 1, { ...WORKING, excludeStartDay: false })).toBe(J('1405/01/15'));
  });

  it('matches a day-by-day count over 1404–1405', () => {
    const holidays = new Set(P.holidays);
    const works = (d: string) => weekdayOf(d) !== FRIDAY && !holidays.has(d);
    for (let start = J('1404/01/01'); start <= J('1405/12/01'); start = addDays(start, 3)) {
      for (const n of [1, 5, 10, 14]) {
        let d = start;
        for (let counted = 0; counted < n;) {
          d = addDays(d, 1);
          if (works(d)) counted++;
        }
        expect(deadlineFrom(start, n, WORKING), `${start} + ${n}`).toBe(d);
      }
    }
  });
});

describe('the named steps', () => {
  it('use the policy days of each step', () => {
    expect(objectionDeadline(J('1405/02/01'), P)).toBe(J('1405/02/15'));
    expect(councilAnswerDeadline(J('1405/01/20'), P)).toBe(J('1405/01/30'));
    expect(disputeBoardDeadline(J('1405/03/01'), P)).toBe(J('1405/03/16'));
    expect(expertOpinionDeadline(J('1405/04/01'), P)).toBe(J('1405/04/06'));
    // Ten days end on Friday 02/11, so the deadline is Saturday 02/12.
    expect(objectionDeadline(J('1405/02/01'), policy({ objectionDays: 10 }))).toBe(J('1405/02/12'));
    expect(objectionDeadline(J('1405/02/01'), policy({ objectionDays: 9 }))).toBe(J('1405/02/10'));
  });

  it('member findings: by the objection deadline, or earlier when the policy says so', () => {
    expect(memberFindingDeadline(J('1405/02/01'), P)).toBe(J('1405/02/15'));
    expect(memberFindingDeadline(J('1405/02/01'), policy({ memberFindingDays: 7 }))).toBe(J('1405/02/08'));
    expect(memberFindingDeadline(J('1405/02/01'), policy({ memberFindingDays: 20 }))).toBe(J('1405/02/15'));
  });

  it('computes 200,000 objection deadlines (completion check, not a timing test)', () => {
    let start = J('1404/01/01');
    let last = '';
    for (let i = 0; i < 200_000; i++) {
      if (i % 300 === 0) start = addDays(start, 1);
      last = objectionDeadline(start, P);
    }
    expect(last >= addDays(start, 14)).toBe(true);
  });
});

describe('the end of a deadline day in Tehran', () => {
  it('ends at the next 00:00 in Tehran, 20:30Z, since DST was abolished', () => {
    expect(deadlineEnd('2026-04-04')).toBe('2026-04-04T20:30:00.000Z');
    expect(deadlineEnd(J('1405/06/15'))).toBe(`${J('1405/06/15')}T20:30:00.000Z`); // summer: no DST now
    expect(deadlineEnd('2022-09-21')).toBe('2022-09-21T20:30:00.000Z'); // last day of the last DST
    expect(deadlineEnd('2022-09-20')).toBe('2022-09-20T19:30:00.000Z'); // still +04:30
    expect(deadlineEnd('2021-12-01')).toBe('2021-12-01T20:30:00.000Z');
    expect(deadlineEnd('2021-07-01')).toBe('2021-07-01T19:30:00.000Z');
    expect(() => deadlineEnd('2026-02-30')).toThrow(RangeError);
  });

  it('is exactly the instant the Tehran date changes, 2019–2027 (checked against Intl)', () => {
    for (let day = '2019-01-01'; day < '2027-12-31'; day = addDays(day, 5)) {
      const end = Date.parse(deadlineEnd(day));
      expect(todayInTehran(new Date(end - 1)), day).toBe(day);
      expect(todayInTehran(new Date(end)), day).toBe(addDays(day, 1));
    }
  });

  it('isPast flips exactly at the boundary instant', () => {
    const d = J('1405/01/15'); // 2026-04-04
    expect(isPast(d, at('2026-04-04T05:00:00Z'))).toBe(false);
    expect(isPast(d, at('2026-04-04T20:29:59.999Z'))).toBe(false);
    expect(isPast(d, at('2026-04-04T20:30:00.000Z'))).toBe(true);
    expect(isPast(d, at('2026-04-03T23:00:00Z'))).toBe(false);
    expect(isPast('2022-09-20', at('2022-09-20T19:29:59.999Z'))).toBe(false);
    expect(isPast('2022-09-20', at('2022-09-20T19:30:00.000Z'))).toBe(true);
    expect(() => isPast(d, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('days left and the Persian countdown', () => {
  const deadline = J('1405/01/26'); // 2026-04-15

  it('counts from today in Tehran, so the evening differs from the morning', () => {
    expect(daysLeft(deadline, at('2026-04-14T05:00:00Z'))).toBe(1); // morning of the 14th
    expect(daysLeft(deadline, at('2026-04-14T20:29:59Z'))).toBe(1); // 23:59:59 Tehran
    expect(daysLeft(deadline, at('2026-04-14T20:30:00Z'))).toBe(0); // 00:00 of the 15th
    expect(daysLeft(deadline, at('2026-04-15T20:30:00Z'))).toBe(-1);
    expect(daysLeft(deadline, at('2026-04-05T06:00:00Z'))).toBe(10);
  });

  it('a receipt registered late in the evening counts from the next Tehran day after 20:30Z', () => {
    const eve = at('2026-04-14T20:00:00Z'); // 23:30 Tehran, still the 14th
    const night = at('2026-04-14T21:00:00Z'); // 00:30 Tehran, the 15th
    expect(objectionDeadline(todayInTehran(eve), P)).toBe(J('1405/02/08'));
    expect(objectionDeadline(todayInTehran(night), P)).toBe(J('1405/02/09'));
  });

  it('agrees with todayInTehran (Intl) on both sides of the 2022 DST abolition', () => {
    for (let t = Date.parse('2020-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 7_777_777) {
      const now = new Date(t);
      expect(daysLeft('2026-06-01', now), now.toISOString()).toBe(diffDays('2026-06-01', todayInTehran(now)));
    }
  });

  it('says how many days are left, that today is the last day, or how late it is', () => {
    expect(countdownFa(deadline, at('2026-04-13T06:00:00Z'))).toBe('۲ روز مانده');
    expect(countdownFa(deadline, at('2026-04-14T21:00:00Z'))).toBe('امروز آخرین مهلت است');
    expect(countdownFa(deadline, at('2026-04-18T06:00:00Z'))).toBe('۳ روز گذشته');
    expect(countdownFa(deadline, at('2026-04-14T06:00:00Z'))).toBe('۱ روز مانده');
    expect(countdownFa('2029-01-10', at('2026-04-16T06:00:00Z'))).toBe('۱٬۰۰۰ روز مانده');
  });
});

describe('reminders before a deadline', () => {
  const morning = (jalali: string) => at(`${J(jalali)}T05:00:00Z`);

  it('fires 3 and 1 days before, and on no other day', () => {
    const d = J('1405/02/15'); // Tuesday
    expect(reminderDue(d, morning('1405/02/11'), P)).toBeNull();
    expect(reminderDue(d, morning('1405/02/12'), P)).toBe(3);
    expect(reminderDue(d, morning('1405/02/13'), P)).toBeNull();
    expect(reminderDue(d, morning('1405/02/14'), P)).toBe(1);
    expect(reminderDue(d, morning('1405/02/15'), P)).toBeNull();
    expect(reminderDue(d, morning('1405/02/16'), P)).toBeNull();
    expect(reminderDue(d, morning('1405/02/12'), policy({ reminderDaysBefore: [] }))).toBeNull();
    expect(reminderDue(d, morning('1405/02/08'), policy({ reminderDaysBefore: [7] }))).toBe(7);
  });

  it('moves a reminder off a Friday to the working day before', () => {
    const d = J('1405/02/05'); // Saturday; one day before is Friday 02/04
    expect(reminderDue(d, morning('1405/02/02'), P)).toBe(3);
    expect(reminderDue(d, morning('1405/02/03'), P)).toBe(1);
    expect(reminderDue(d, morning('1405/02/04'), P)).toBeNull();
  });

  it('lets the more urgent reminder win when both fall on the same working day', () => {
    const d = J('1405/01/15'); // after 01/12–13 holidays and Friday 01/14: both fire on 01/11
    expect(reminderDue(d, morning('1405/01/11'), P)).toBe(1);
    expect(reminderDue(d, morning('1405/01/12'), P)).toBeNull();
  });

  it('changes day at midnight in Tehran, not at midnight UTC', () => {
    const d = J('1405/02/15'); // 2026-05-05; the 1-day reminder is 2026-05-04 in Tehran
    expect(reminderDue(d, at('2026-05-03T20:29:00Z'), P)).toBeNull();
    expect(reminderDue(d, at('2026-05-03T20:31:00Z'), P)).toBe(1);
  });
});

describe('policy objects', () => {
  it('are cached per object, so two policies never share holidays', () => {
    const start = J('1404/12/27');
    expect(deadlineFrom(start, 14, P)).toBe(J('1405/01/15'));
    expect(deadlineFrom(start, 14, policy({ holidays: [] }))).toBe(J('1405/01/12'));
    expect(deadlineFrom(start, 14, P)).toBe(J('1405/01/15'));
  });
});
