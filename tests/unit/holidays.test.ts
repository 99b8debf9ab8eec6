import { describe, it, expect } from 'vitest';
import { HOLIDAYS, holidayDates, type Holiday } from '../../shared/deadlines/holidays';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import {
  WEEKDAYS_FA,
  diffDays,
  fromJalali,
  jalaliParts,
  jalaliYearEnd,
  jalaliYearStart,
  weekdayOf,
} from '../../shared/dates/jalali';
import { containsArabicLetters } from '../../shared/text/persian';

const YEARS = [1404, 1405];
const list = (year: number): readonly Holiday[] => HOLIDAYS.years[year] ?? [];
const byJalali = (jalali: string): Holiday | undefined =>
  list(Number(jalali.slice(0, 4))).find((h) => h.jalali === jalali);
const FRIDAY = 6;
const THURSDAY = 5;

describe('holiday table: shape and validity', () => {
  it('ships exactly the years 1404 and 1405', () => {
    expect(Object.keys(HOLIDAYS.years).map(Number).sort()).toEqual(YEARS);
  });

  it('has 26 official holidays in 1404 and 25 in 1405', () => {
    // 1404: gardshgar.com (26). 1405: ILNA 2025-10-30 (25); 1405/01/25 is flagged, not listed.
    expect(list(1404)).toHaveLength(26);
    expect(list(1405)).toHaveLength(25);
  });

  it('writes every literal date exactly as fromJalali computes it', () => {
    for (const year of YEARS) {
      for (const h of list(year)) {
        const m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(h.jalali);
        expect(m, h.jalali).not.toBeNull();
        expect(h.date, h.jalali).toBe(fromJalali(Number(m![1]), Number(m![2]), Number(m![3])));
      }
    }
  });

  it('keeps every date inside its Jalali year, ascending, each once', () => {
    const seen = new Set<string>();
    for (const year of YEARS) {
      let previous = '';
      for (const h of list(year)) {
        expect(jalaliParts(h.date).year).toBe(year);
        expect(h.date >= jalaliYearStart(year) && h.date <= jalaliYearEnd(year)).toBe(true);
        expect(h.date > previous, `${h.jalali} out of order`).toBe(true);
        expect(seen.has(h.date), `${h.jalali} listed twice`).toBe(false);
        seen.add(h.date);
        previous = h.date;
      }
    }
  });

  it('names each day in normalized Persian', () => {
    for (const year of YEARS) {
      for (const h of list(year)) {
        expect(h.name.trim()).toBe(h.name);
        expect(h.name).toMatch(/[\u0600-\u06FF]/);
        expect(h.name).not.toMatch(/[A-Za-z]/);
        expect(containsArabicLetters(h.name)).toBe(false);
      }
    }
  });
});

describe('holiday table: agrees with the sources', () => {
  it('1405 per month: Farvardin 6, Ordibehesht 0, Khordad 3, Tir 2, Mordad 4, none in Mehr and Azar, Esfand 4 (ILNA)', () => {
    const perMonth = new Array<number>(12).fill(0);
    for (const h of list(1405)) perMonth[jalaliParts(h.date).month - 1]++;
    expect(perMonth).toEqual([6, 0, 3, 2, 4, 1, 0, 1, 0, 2, 2, 4]);
  });

  it('1405: six holidays fall on a Thursday and three on a Friday (ILNA)', () => {
    const weekdays = list(1405).map((h) => weekdayOf(h.date));
    expect(weekdays.filter((w) => w === THURSDAY)).toHaveLength(6);
    expect(weekdays.filter((w) => w === FRIDAY)).toHaveLength(3);
  });

  it('1404: four holidays fall on a Friday (gardshgar.com)', () => {
    expect(list(1404).filter((h) => weekdayOf(h.date) === FRIDAY)).toHaveLength(4);
  });

  it('matches the weekday each source prints beside the date', () => {
    const printed: [string, string][] = [
      // ILNA, 1405
      ['1405/01/01', 'شنبه'],
      ['1405/01/02', 'یک‌شنبه'],
      ['1405/01/03', 'دوشنبه'],
      ['1405/01/04', 'سه‌شنبه'],
      ['1405/01/12', 'چهارشنبه'],
      ['1405/01/13', 'پنج‌شنبه'],
      ['1405/03/06', 'چهارشنبه'],
      ['1405/03/14', 'پنج‌شنبه'],
      ['1405/03/15', 'جمعه'],
      ['1405/04/03', 'چهارشنبه'],
      ['1405/04/04', 'پنج‌شنبه'],
      // gardshgar.com, 1404
      ['1404/01/01', 'جمعه'],
      ['1404/01/02', 'شنبه'],
      ['1404/01/11', 'دوشنبه'],
      ['1404/01/12', 'سه‌شنبه'],
      ['1404/01/13', 'چهارشنبه'],
      ['1404/02/04', 'پنج‌شنبه'],
      ['1404/03/14', 'چهارشنبه'],
      ['1404/03/16', 'جمعه'],
      ['1404/03/24', 'شنبه'],
      ['1404/04/14', 'شنبه'],
      ['1404/04/15', 'یک‌شنبه'],
      ['1404/05/23', 'پنج‌شنبه'],
      ['1404/05/31', 'جمعه'],
      ['1404/06/02', 'یک‌شنبه'],
      // ILNA: the 1405 new year is on Friday 1404/12/29
      ['1404/12/29', 'جمعه'],
    ];
    for (const [jalali, weekday] of printed) {
      const h = byJalali(jalali);
      expect(h, jalali).toBeDefined();
      expect(WEEKDAYS_FA[weekdayOf(h!.date)], jalali).toBe(weekday);
    }
  });

  it('has the fixed national holidays in both years', () => {
    for (const year of YEARS) {
      for (const md of ['01/01', '01/02', '01/03', '01/04', '01/12', '01/13', '03/14', '03/15', '11/22', '12/29']) {
        expect(byJalali(`${year}/${md}`), `${year}/${md}`).toBeDefined();
      }
    }
  });

  it('spaces the lunar holidays as the lunar calendar does', () => {
    const gap = (a: string, b: string) => diffDays(byJalali(b)!.date, byJalali(a)!.date);
    // Tasua → Ashura, Eid al-Fitr day 1 → day 2: consecutive days.
    expect(gap('1404/04/14', '1404/04/15')).toBe(1);
    expect(gap('1405/04/03', '1405/04/04')).toBe(1);
    expect(gap('1404/01/11', '1404/01/12')).toBe(1);
    expect(gap('1405/12/19', '1405/12/20')).toBe(1);
    // 10 Dhu al-Hijja (Adha) → 18 Dhu al-Hijja (Ghadir): 8 days.
    expect(gap('1404/03/16', '1404/03/24')).toBe(8);
    expect(gap('1405/03/06', '1405/03/14')).toBe(8);
    // 10 Muharram → 20 Safar: 39 or 40 days (Muharram has 29 or 30).
    expect([39, 40]).toContain(gap('1404/04/15', '1404/05/23'));
    expect([39, 40]).toContain(gap('1405/04/04', '1405/05/13'));
    // 20 Safar → 28 Safar: 8 days; 28 Safar → 8 Rabi I: 9 or 10 days.
    expect(gap('1404/05/23', '1404/05/31')).toBe(8);
    expect(gap('1405/05/13', '1405/05/21')).toBe(8);
    expect([9, 10]).toContain(gap('1404/05/31', '1404/06/10'));
    expect([9, 10]).toContain(gap('1405/05/21', '1405/05/30'));
    // 8 → 17 Rabi I: 9 days. 13 → 27 Rajab: 14 days. 21 Ramadan → 1 Shawwal: 9 or 10 days.
    expect(gap('1404/06/10', '1404/06/19')).toBe(9);
    expect(gap('1405/05/30', '1405/06/08')).toBe(9);
    expect(gap('1404/10/13', '1404/10/27')).toBe(14);
    expect(gap('1405/10/02', '1405/10/16')).toBe(14);
    expect([9, 10]).toContain(gap('1404/12/20', '1405/01/01'));
    expect([9, 10]).toContain(gap('1405/12/09', '1405/12/19'));
    // One lunar year (354 or 355 days) between the two Eids al-Fitr of 1405.
    expect([354, 355]).toContain(gap('1405/01/01', '1405/12/19'));
  });

  it('leaves out the unconfirmed 1405/01/25 and says so in the source', () => {
    expect(byJalali('1405/01/25')).toBeUndefined();
    expect(HOLIDAYS.source).toContain('1405/01/25');
    expect(HOLIDAYS.source).toContain('UNCONFIRMED');
  });

  it('names its sources and the date they were consulted', () => {
    expect(HOLIDAYS.source).toMatch(/ILNA/);
    expect(HOLIDAYS.source).toMatch(/gardshgar\.com/);
    expect(HOLIDAYS.source).toMatch(/consulted \d{4}-\d{2}-\d{2}/);
  });
});

describe('holidayDates', () => {
  it('flattens both years, ascending and unique, into the default policy', () => {
    const all = holidayDates();
    expect(all).toHaveLength(51);
    expect([...all].sort()).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toBe('2025-03-21');
    expect(all.at(-1)).toBe('2027-03-20');
    expect(DEFAULT_POLICY.holidays).toEqual(all);
  });

  it('lists a date once even if two calendars repeat it', () => {
    const day: Holiday = { date: '2026-03-21', jalali: '1405/01/01', name: 'آزمون' };
    expect(holidayDates({ source: '', years: { 1: [day], 2: [day] } })).toEqual(['2026-03-21']);
  });
});
