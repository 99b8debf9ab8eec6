import { describe, it, expect } from 'vitest';
import {
  JALALI_MONTHS,
  TEHRAN_TZ,
  WEEKDAYS_FA,
  addDays,
  diffDays,
  formatInstant,
  formatJalali,
  fromJalali,
  isIsoDate,
  isJalaliLeap,
  isValidJalali,
  jalaliMonthLength,
  jalaliParts,
  jalaliYear,
  jalaliYearEnd,
  jalaliYearStart,
  parseJalali,
  readJalaliInput,
  todayInTehran,
  weekdayOf,
} from '../../shared/dates/jalali';

describe('isIsoDate', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2026-11-22')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-11-22T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2026-11-22')).toBe(false);
    expect(isIsoDate('۲۰۲۶-۱۱-۲۲')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('Jalali ↔ Gregorian', () => {
  it('converts the year boundaries around Nowruz 1404 and 1405', () => {
    expect(fromJalali(1403, 12, 30)).toBe('2025-03-20');
    expect(fromJalali(1404, 1, 1)).toBe('2025-03-21');
    expect(fromJalali(1404, 12, 29)).toBe('2026-03-20');
    expect(fromJalali(1405, 1, 1)).toBe('2026-03-21');
    expect(fromJalali(1405, 9, 1)).toBe('2026-11-22');
    expect(jalaliParts('2026-03-21')).toEqual({ year: 1405, month: 1, day: 1 });
    expect(jalaliParts('2026-03-20')).toEqual({ year: 1404, month: 12, day: 29 });
    expect(jalaliParts('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
  });

  it('accepts Esfand 30 only in leap years', () => {
    expect(isValidJalali(1403, 12, 30)).toBe(true);
    expect(isValidJalali(1404, 12, 30)).toBe(false);
    expect(isValidJalali(1408, 12, 30)).toBe(true);
    expect(() => fromJalali(1404, 12, 30)).toThrow(RangeError);
  });

  it('rejects impossible dates instead of rolling over', () => {
    expect(() => fromJalali(1405, 7, 31)).toThrow(RangeError);
    expect(() => fromJalali(1405, 11, 31)).toThrow(RangeError);
    expect(() => fromJalali(1405, 13, 1)).toThrow(RangeError);
    expect(() => fromJalali(1405, 0, 1)).toThrow(RangeError);
    expect(() => fromJalali(1405, 1, 0)).toThrow(RangeError);
    expect(() => fromJalali(1405, 1, 1.5)).toThrow(RangeError);
    expect(fromJalali(1405, 6, 31)).toBe('2026-09-22');
  });

  it('knows the leap years', () => {
    expect(isJalaliLeap(1399)).toBe(true);
    expect(isJalaliLeap(1403)).toBe(true);
    expect(isJalaliLeap(1408)).toBe(true);
    for (const y of [1400, 1401, 1402, 1404, 1405, 1406, 1407]) expect(isJalaliLeap(y)).toBe(false);
  });

  it('has 31 days in months 1–6, 30 in 7–11, 29/30 in Esfand', () => {
    for (let m = 1; m <= 6; m++) expect(jalaliMonthLength(1405, m)).toBe(31);
    for (let m = 7; m <= 11; m++) expect(jalaliMonthLength(1405, m)).toBe(30);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(() => jalaliMonthLength(1405, 13)).toThrow(RangeError);
  });

  it('gives year starts and ends', () => {
    expect(jalaliYearStart(1405)).toBe('2026-03-21');
    expect(jalaliYearEnd(1403)).toBe('2025-03-20');
    expect(jalaliYearEnd(1404)).toBe('2026-03-20');
    expect(jalaliYear('2026-03-20')).toBe(1404);
    expect(jalaliYear('2026-03-21')).toBe(1405);
  });

  it('throws on a malformed IsoDate rather than guessing', () => {
    expect(() => jalaliParts('2026-02-30')).toThrow(RangeError);
    expect(() => formatJalali('1405/09/01')).toThrow(RangeError);
  });

  it('does not depend on the host time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Tehran', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'America/Adak']) {
        process.env.TZ = tz;
        expect(fromJalali(1405, 1, 1)).toBe('2026-03-21');
        expect(fromJalali(1403, 12, 30)).toBe('2025-03-20');
        expect(formatJalali('2026-11-22')).toBe('۱۴۰۵/۰۹/۰۱');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('formatJalali', () => {
  it('formats numeric, zero-padded, Persian digits by default', () => {
    expect(formatJalali('2026-11-22')).toBe('۱۴۰۵/۰۹/۰۱');
    expect(formatJalali('2026-11-22', { digits: 'latin' })).toBe('1405/09/01');
  });

  it('formats long with the month name and an unpadded day', () => {
    expect(formatJalali('2026-11-22', { style: 'long' })).toBe('۱ آذر ۱۴۰۵');
    expect(formatJalali('2025-03-20', { style: 'long', digits: 'latin' })).toBe('30 اسفند 1403');
  });
});

describe('parseJalali', () => {
  it('accepts every digit set, separator and padding', () => {
    for (const s of [
      '1405/9/1',
      '1405/09/01',
      '۱۴۰۵/۰۹/۰۱',
      '١٤٠٥-٠٩-٠١',
      '1405.9.1',
      '1405 9 1',
      '  ۱۴۰۵ / ۹ / ۱  ',
      '\u200F۱۴۰۵/۰۹/۰۱\u200F',
    ]) {
      expect(parseJalali(s), s).toBe('2026-11-22');
    }
  });

  it('returns null for invalid input and impossible dates', () => {
    for (const s of [
      '',
      'abc',
      '1404/12/30',
      '1405/07/31',
      '1405/13/01',
      '1405/00/10',
      '1405/01/00',
      '1299/01/01',
      '1501/01/01',
      '405/09/01',
      '1405/09',
      '1405/09/01/02',
      '1405/009/01',
      '1405//09/01',
      '1405/9/1x',
      '2026-11-22',
    ]) {
      expect(parseJalali(s), s).toBeNull();
    }
  });

  it('accepts the edges of the allowed year range', () => {
    expect(parseJalali('1300/01/01')).toBe(fromJalali(1300, 1, 1));
    expect(parseJalali('1500/12/29')).toBe(fromJalali(1500, 12, 29));
    expect(parseJalali('1403/12/30')).toBe('2025-03-20');
  });

  it('round-trips every day of 1403–1406', () => {
    const first = jalaliYearStart(1403);
    const last = jalaliYearEnd(1406);
    expect(diffDays(last, first) + 1).toBe(366 + 365 + 365 + 365);
    let prev = jalaliParts(addDays(first, -1));
    for (let iso = first; iso <= last; iso = addDays(iso, 1)) {
      expect(parseJalali(formatJalali(iso))).toBe(iso);
      expect(parseJalali(formatJalali(iso, { digits: 'latin' }))).toBe(iso);
      const p = jalaliParts(iso);
      expect(fromJalali(p.year, p.month, p.day)).toBe(iso);
      // Consecutive Gregorian days must be consecutive Jalali days.
      const next =
        p.day === 1
          ? p.month === 1
            ? prev.year + 1 === p.year && prev.month === 12 && prev.day === jalaliMonthLength(prev.year, 12)
            : prev.year === p.year && prev.month + 1 === p.month && prev.day === jalaliMonthLength(p.year, prev.month)
          : prev.year === p.year && prev.month === p.month && prev.day + 1 === p.day;
      expect(next, iso).toBe(true);
      prev = p;
    }
  });
});

describe('Tehran time', () => {
  it('exports the zone name', () => {
    expect(TEHRAN_TZ).toBe('Asia/Tehran');
  });

  it('todayInTehran switches date at 20:30 UTC', () => {
    expect(todayInTehran(new Date('2026-11-22T20:29:59Z'))).toBe('2026-11-22');
    expect(todayInTehran(new Date('2026-11-22T20:30:00Z'))).toBe('2026-11-23');
    expect(todayInTehran(new Date('2026-03-20T20:29:59Z'))).toBe('2026-03-20');
    expect(todayInTehran(new Date('2026-03-20T20:30:00Z'))).toBe('2026-03-21');
    // Summer: no DST since 2022, still +03:30.
    expect(todayInTehran(new Date('2026-07-01T20:30:00Z'))).toBe('2026-07-02');
    expect(isIsoDate(todayInTehran())).toBe(true);
  });

  it('formatInstant shows the Tehran wall clock on the Jalali calendar', () => {
    expect(formatInstant('2026-11-23T05:45:00Z')).toBe('۱۴۰۵/۰۹/۰۲ ۰۹:۱۵');
    expect(formatInstant('2026-11-23T05:45:00Z', { digits: 'latin' })).toBe('1405/09/02 09:15');
    expect(formatInstant('2026-11-22T20:29:00Z', { digits: 'latin' })).toBe('1405/09/01 23:59');
    expect(formatInstant('2026-11-22T20:30:00Z', { digits: 'latin' })).toBe('1405/09/02 00:00');
    expect(formatInstant('2026-11-22T20:30:00Z', { withTime: false })).toBe('۱۴۰۵/۰۹/۰۲');
  });

  it('formatInstant rejects garbage', () => {
    expect(() => formatInstant('not a date')).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('addDays crosses month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-20', 1)).toBe('2026-03-21'); // Esfand 29 → Farvardin 1
    expect(addDays('2025-03-19', 1)).toBe('2025-03-20'); // Esfand 29 → Esfand 30 (1403)
    expect(addDays(fromJalali(1405, 6, 31), 1)).toBe(fromJalali(1405, 7, 1));
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
    expect(addDays('2026-11-22', 365)).toBe('2027-11-22');
    expect(() => addDays('2026-11-22', 0.5)).toThrow(RangeError);
  });

  it('diffDays is a − b in calendar days', () => {
    expect(diffDays('2026-03-21', '2026-03-20')).toBe(1);
    expect(diffDays('2026-03-20', '2026-03-21')).toBe(-1);
    expect(diffDays('2026-11-22', '2026-11-22')).toBe(0);
    expect(diffDays(jalaliYearStart(1405), jalaliYearStart(1404))).toBe(365);
    expect(diffDays(jalaliYearStart(1404), jalaliYearStart(1403))).toBe(366);
    // Across the old Iranian DST change and a European one: still whole days.
    expect(diffDays('2021-09-23', '2021-03-20')).toBe(187);
    expect(diffDays('2026-10-26', '2026-10-24')).toBe(2);
  });
});

describe('weekdays and names', () => {
  it('weekdayOf counts from Saturday', () => {
    expect(weekdayOf('2026-11-21')).toBe(0); // Saturday
    expect(weekdayOf('2026-11-22')).toBe(1); // Sunday
    expect(weekdayOf('2026-11-27')).toBe(6); // Friday
    expect(WEEKDAYS_FA[weekdayOf('2026-11-27')]).toBe('جمعه');
    expect(WEEKDAYS_FA[weekdayOf('2026-11-21')]).toBe('شنبه');
  });

  it('lists the Persian month and weekday names', () => {
    expect(JALALI_MONTHS).toHaveLength(12);
    expect(JALALI_MONTHS[0]).toBe('فروردین');
    expect(JALALI_MONTHS[8]).toBe('آذر');
    expect(JALALI_MONTHS[11]).toBe('اسفند');
    expect(WEEKDAYS_FA).toHaveLength(7);
  });
});

describe('readJalaliInput (issue 11: a mistyped date is refused, never rolled over)', () => {
  it('says which part is impossible, whatever digits were typed', () => {
    for (const s of ['۱۴۰۵/۱۳/۰۵', '1405/13/05', '١٤٠٥/١٣/٠٥', '14051305']) {
      expect(readJalaliInput(s), s).toEqual({ ok: false, problem: 'month', year: 1405, month: 13 });
    }
    expect(readJalaliInput('۱۴۰۵/۰۷/۳۱')).toEqual({ ok: false, problem: 'day', year: 1405, month: 7, day: 31 });
    expect(readJalaliInput('1404/12/30')).toEqual({ ok: false, problem: 'day', year: 1404, month: 12, day: 30 });
    expect(readJalaliInput('۱۴۰۵/۰۰/۱۰')).toMatchObject({ ok: false, problem: 'month' });
    expect(readJalaliInput('۱۴۰۵/۰۱/۰۰')).toMatchObject({ ok: false, problem: 'day' });
    expect(readJalaliInput('۱۲۰۵/۰۱/۰۱')).toMatchObject({ ok: false, problem: 'year' });
    expect(readJalaliInput('۱۴۰۵/۰۹')).toEqual({ ok: false, problem: 'format' });
    expect(readJalaliInput('  ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('reads a real date typed with either digit set, with or without separators', () => {
    for (const s of ['۱۴۰۵/۰۳/۰۵', '1405/03/05', '14050305', '۱۴۰۵۰۳۰۵', '1405-3-5']) {
      expect(readJalaliInput(s), s).toEqual({ ok: true, iso: fromJalali(1405, 3, 5) });
    }
  });
});
