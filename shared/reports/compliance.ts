// Compliance with the legal clock (issue 12, "Compliance"): over the resolutions received in the
// period, how many the panel ruled within its window, late, or let lapse, what is still pending
// and how close to its deadline, and how long rulings took; councils' answers and boards'
// decisions by the events of the period (objections.ts).
import type { DeadlinePolicy } from '../deadlines/policy';
import { diffDays, type IsoDate } from '../dates/jalali';
import type { ObjectionFact, ResolutionFact } from './facts';
import { councilAnswers, referrals } from './objections';
import type { ResolvedPeriod } from './period';
import { awaitingPanel, daysLeftOn, deadlineBand, lapsed, ruledInWindow } from './clock';
import { DEADLINE_BANDS, type ComplianceReport } from './schema';
import { daysStat } from './stats';

/** Lists (lapsed, pending) name at most this many resolutions; the counts are always whole. */
export const LIST_LIMIT = 200;

const listed = (f: ResolutionFact) => ({
  resolutionId: f.id,
  title: f.title,
  incomingNumber: f.incomingNumber,
  councilName: f.councilName,
  receiptDate: f.receiptDate,
  objectionDeadline: f.objectionDeadline,
});

const byDeadline = (a: ResolutionFact, b: ResolutionFact) =>
  (a.objectionDeadline ?? '9999').localeCompare(b.objectionDeadline ?? '9999') ||
  a.receiptDate.localeCompare(b.receiptDate);

export function complianceReport(
  facts: readonly ResolutionFact[],
  objections: readonly ObjectionFact[],
  policy: DeadlinePolicy,
  period: Pick<ResolvedPeriod, 'from' | 'to'>,
  asOf: IsoDate,
): ComplianceReport {
  const ruled = facts.filter((f) => f.rulingDate !== null);
  const inWindow = ruled.filter(ruledInWindow).length;
  const lapsedFacts = facts.filter(lapsed).sort(byDeadline);
  const pending = facts.filter(awaitingPanel).sort(byDeadline);
  const bands = new Map(DEADLINE_BANDS.map((b) => [b, 0]));
  for (const f of pending) {
    const band = deadlineBand(daysLeftOn(f, asOf));
    bands.set(band, (bands.get(band) ?? 0) + 1);
  }
  return {
    received: facts.length,
    ruled: ruled.length,
    ruledInWindow: inWindow,
    ruledLate: ruled.length - inWindow,
    lapsed: lapsedFacts.length,
    lapsedList: lapsedFacts.slice(0, LIST_LIMIT).map(listed),
    pending: pending.length,
    pendingByBand: DEADLINE_BANDS.map((band) => ({ band, count: bands.get(band) ?? 0 })),
    pendingList: pending.slice(0, LIST_LIMIT).map((f) => ({ ...listed(f), daysLeft: daysLeftOn(f, asOf) })),
    daysToRuling: daysStat(ruled.map((f) => diffDays(f.rulingDate as IsoDate, f.receiptDate))),
    councilAnswers: councilAnswers(objections, policy, period, asOf),
    referrals: referrals(objections, policy, period, asOf),
  };
}
