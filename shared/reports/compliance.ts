// Compliance with the legal clock (issue 12, "Compliance"): over the resolutions received in the
// period, how many the panel ruled within its window, late, or let lapse, what is still pending
// and how close to its deadline, and how long rulings, councils' answers and boards took.
import { councilAnswerDeadline, disputeBoardDeadline } from '../deadlines/calculator';
import type { DeadlinePolicy } from '../deadlines/policy';
import { diffDays, type IsoDate } from '../dates/jalali';
import type { ResolutionFact } from './facts';
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

function councilAnswers(facts: readonly ResolutionFact[], policy: DeadlinePolicy, asOf: IsoDate) {
  const out = { due: 0, inTime: 0, late: 0, missing: 0, waiting: 0 };
  const days: number[] = [];
  for (const f of facts) {
    if (f.objectionReceivedDate === null) continue;
    out.due += 1;
    const deadline = councilAnswerDeadline(f.objectionReceivedDate, policy);
    if (f.answerDate !== null) {
      if (f.answerDate <= deadline) out.inTime += 1;
      else out.late += 1;
      days.push(diffDays(f.answerDate, f.objectionReceivedDate));
    } else if (asOf > deadline) out.missing += 1;
    else out.waiting += 1;
  }
  return { ...out, days: daysStat(days) };
}

function referrals(facts: readonly ResolutionFact[], policy: DeadlinePolicy, asOf: IsoDate) {
  const out = { referred: 0, decided: 0, inTime: 0, late: 0, overdue: 0 };
  const days: number[] = [];
  for (const f of facts) {
    if (f.referralDate === null) continue;
    out.referred += 1;
    const deadline = disputeBoardDeadline(f.referralDate, policy);
    if (f.decisionDate !== null) {
      out.decided += 1;
      if (f.decisionDate <= deadline) out.inTime += 1;
      else out.late += 1;
      days.push(diffDays(f.decisionDate, f.referralDate));
    } else if (asOf > deadline) out.overdue += 1;
  }
  return { ...out, days: daysStat(days) };
}

export function complianceReport(
  facts: readonly ResolutionFact[],
  policy: DeadlinePolicy,
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
    councilAnswers: councilAnswers(facts, policy, asOf),
    referrals: referrals(facts, policy, asOf),
  };
}
