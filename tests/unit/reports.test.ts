// The report definitions of shared/reports against the hand-computed history (issue 12).
import { describe, expect, it } from 'vitest';
import { computeReports } from '../../shared/reports';
import { daysLeftOn, deadlineBand, ruledInWindow } from '../../shared/reports/clock';
import { periodSchema, resolvePeriod, RANGE_BACKWARDS } from '../../shared/reports/period';
import { daysStat } from '../../shared/reports/stats';
import { DEFAULT_POLICY } from '../../shared/deadlines/policy';
import { AS_OF, PERIOD, historyFacts } from '../fixtures/reports-history';
import { ABAN, EXPECTED, EXPECTED_BY_EVENT_DATE, EXPECTED_VILLAGE, LAST_DAYS } from '../fixtures/reports-expected';
import { councilAnswers, referrals } from '../../shared/reports/objections';

describe('report periods', () => {
  it('turns a Jalali year, season, month or range into one inclusive Gregorian range', () => {
    expect(resolvePeriod({ kind: 'year', year: 1405 })).toEqual({
      from: '2026-03-21',
      to: '2027-03-20',
      label: 'سال ۱۴۰۵',
    });
    expect(resolvePeriod({ kind: 'season', year: 1405, season: 3 })).toEqual({
      from: '2026-09-23',
      to: '2026-12-21',
      label: 'پاییز ۱۴۰۵',
    });
    // Esfand of a leap year has 30 days (1403), of 1405 29
    expect(resolvePeriod({ kind: 'month', year: 1403, month: 12 }).to).toBe('2025-03-20');
    expect(resolvePeriod({ kind: 'month', year: 1405, month: 12 }).to).toBe('2027-03-20');
    expect(resolvePeriod({ kind: 'season', year: 1405, season: 4 }).to).toBe('2027-03-20');
    expect(resolvePeriod({ kind: 'range', from: '2026-12-01', to: '2026-12-01' }).label).toBe(
      'از ۱۴۰۵/۰۹/۱۰ تا ۱۴۰۵/۰۹/۱۰',
    );
  });

  it('refuses a range that ends before it starts, in Persian', () => {
    const r = periodSchema.safeParse({ kind: 'range', from: '2026-12-10', to: '2026-12-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(RANGE_BACKWARDS);
    expect(periodSchema.safeParse({ kind: 'month', year: 1405, month: 13 }).success).toBe(false);
    expect(periodSchema.safeParse({}).success).toBe(false);
  });
});

describe('the legal clock', () => {
  const base = historyFacts().resolutions.find((f) => f.id === 'r2')!;
  it('counts a ruling on the last day of the window as in time, the day after as late', () => {
    expect(ruledInWindow(base)).toBe(true);
    expect(ruledInWindow({ ...base, rulingDate: '2026-12-08' })).toBe(false);
  });
  it('bands pending resolutions by the days left to their deadline', () => {
    expect(daysLeftOn(base, '2026-12-05')).toBe(2);
    expect([-1, 0, 1, 3, 4, 7, 8, null].map(deadlineBand)).toEqual([
      'overdue',
      'today',
      'days1to3',
      'days1to3',
      'days4to7',
      'days4to7',
      'later',
      'later',
    ]);
  });
  it('gives the median of an even count as the mean of the middle two, and nothing for no values', () => {
    expect(daysStat([1, 6, 6, 6, 9, 11, 14, 15])).toEqual({ count: 8, average: 8.5, median: 7.5 });
    expect(daysStat([])).toEqual({ count: 0, average: null, median: null });
  });
});

describe('the reports over the hand-computed history', () => {
  const result = computeReports(historyFacts(), resolvePeriod(PERIOD), DEFAULT_POLICY, AS_OF);

  it('compliance with the legal clock', () => expect(result.compliance).toEqual(EXPECTED.compliance));
  it('outcomes, objection rates and grounds', () => expect(result.outcomes).toEqual(EXPECTED.outcomes));
  it('members of the panel', () => expect(result.members).toEqual(EXPECTED.members));
  it('experts', () => expect(result.experts).toEqual(EXPECTED.experts));
  it('councils', () => expect(result.councils).toEqual(EXPECTED.councils));
  it('financial resolutions', () => expect(result.financial).toEqual(EXPECTED.financial));
  it('the whole result', () => expect(result).toEqual(EXPECTED));

  it('the village councils only', () => {
    const facts = historyFacts();
    const village = new Set(facts.resolutions.filter((f) => f.councilKind === 'village').map((f) => f.id));
    const r = computeReports(
      {
        ...facts,
        resolutions: facts.resolutions.filter((f) => village.has(f.id)),
        findings: facts.findings.filter((f) => village.has(f.resolutionId)),
        assignments: facts.assignments.filter((a) => village.has(a.resolutionId)),
      },
      resolvePeriod(PERIOD),
      DEFAULT_POLICY,
      AS_OF,
    );
    expect(r.compliance).toMatchObject(EXPECTED_VILLAGE.compliance);
    expect(r.outcomes).toMatchObject(EXPECTED_VILLAGE.outcomes);
  });
});

describe("councils' answers and board referrals by their own dates", () => {
  const { objections } = historyFacts();
  for (const [name, period, expected] of [
    ['Aban (r0 received, its events in Azar)', ABAN, EXPECTED_BY_EVENT_DATE.aban],
    ['the last days of Azar', LAST_DAYS, EXPECTED_BY_EVENT_DATE.lastDays],
  ] as const) {
    it(name, () => {
      const p = resolvePeriod(period);
      expect(councilAnswers(objections, DEFAULT_POLICY, p, AS_OF)).toEqual(expected.councilAnswers);
      expect(referrals(objections, DEFAULT_POLICY, p, AS_OF)).toEqual(expected.referrals);
    });
  }

  it('a window that closed in the period with no answer is missing there, whenever the letter came', () => {
    const r9 = objections.find((f) => f.resolutionId === 'r9')!;
    // r9's letter came 12-05, its window closed 12-15
    const closing = { from: '2026-12-15', to: '2026-12-15' };
    expect(councilAnswers([r9], DEFAULT_POLICY, closing, AS_OF)).toMatchObject({ due: 0, missing: 1 });
    expect(councilAnswers([r9], DEFAULT_POLICY, { from: '2026-12-16', to: '2026-12-21' }, AS_OF).missing).toBe(0);
  });
});
