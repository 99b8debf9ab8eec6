// Councils' answers to objections and dispute-board referrals (issue 12, "Compliance" and
// "Councils"). Each event counts in the period of its own date, not of the resolution's receipt:
// a letter received in Azar counts as due in Azar, its answer in Dey counts in Dey, and a window
// that closed with no answer counts as missing in the period it closed in.
import { councilAnswerDeadline, disputeBoardDeadline } from '../deadlines/calculator';
import type { DeadlinePolicy } from '../deadlines/policy';
import { diffDays, type IsoDate } from '../dates/jalali';
import type { ObjectionFact, ResolutionFact } from './facts';
import { inPeriod, type ResolvedPeriod } from './period';
import { daysStat } from './stats';

type Range = Pick<ResolvedPeriod, 'from' | 'to'>;

/** What one objection contributes to the council-answer figures of the period. */
export function answerEvents(f: ObjectionFact, policy: DeadlinePolicy, period: Range, asOf: IsoDate) {
  if (f.objectionReceivedDate === null) return null;
  const deadline = councilAnswerDeadline(f.objectionReceivedDate, policy);
  const answered = f.answerDate !== null && inPeriod(f.answerDate, period);
  return {
    /** the council received the objection letter in the period: its window opened */
    due: inPeriod(f.objectionReceivedDate, period),
    inTime: answered && (f.answerDate as IsoDate) <= deadline,
    late: answered && (f.answerDate as IsoDate) > deadline,
    /** no answer, and the window closed in the period (before today) */
    missing: f.answerDate === null && asOf > deadline && inPeriod(deadline, period),
    /** opened in the period, no answer yet, still inside the window */
    waiting: f.answerDate === null && asOf <= deadline && inPeriod(f.objectionReceivedDate, period),
    days: answered ? diffDays(f.answerDate as IsoDate, f.objectionReceivedDate) : null,
    insisted: answered && f.answer === 'insist',
  };
}

export function councilAnswers(facts: readonly ObjectionFact[], policy: DeadlinePolicy, period: Range, asOf: IsoDate) {
  const out = { due: 0, inTime: 0, late: 0, missing: 0, waiting: 0 };
  const days: number[] = [];
  for (const f of facts) {
    const e = answerEvents(f, policy, period, asOf);
    if (!e) continue;
    out.due += Number(e.due);
    out.inTime += Number(e.inTime);
    out.late += Number(e.late);
    out.missing += Number(e.missing);
    out.waiting += Number(e.waiting);
    if (e.days !== null) days.push(e.days);
  }
  return { ...out, days: daysStat(days) };
}

export function referrals(facts: readonly ObjectionFact[], policy: DeadlinePolicy, period: Range, asOf: IsoDate) {
  const out = { referred: 0, decided: 0, inTime: 0, late: 0, overdue: 0 };
  const days: number[] = [];
  for (const f of facts) {
    if (f.referralDate === null) continue;
    const deadline = disputeBoardDeadline(f.referralDate, policy);
    if (inPeriod(f.referralDate, period)) out.referred += 1;
    if (f.decisionDate !== null && inPeriod(f.decisionDate, period)) {
      out.decided += 1;
      if (f.decisionDate <= deadline) out.inTime += 1;
      else out.late += 1;
      days.push(diffDays(f.decisionDate, f.referralDate));
    } else if (f.decisionDate === null && asOf > deadline && inPeriod(deadline, period)) out.overdue += 1;
  }
  return { ...out, days: daysStat(days) };
}

/** How far before the period an objection letter can have been received and still have an event in it. */
export function objectionLookbackDays(policy: DeadlinePolicy): number {
  // a window of N days ends at most N days plus the weekends and holidays it crosses later
  return 2 * Math.max(policy.councilReconsiderDays, policy.disputeBoardDays) + 30;
}

/**
 * How far before the period a resolution can have been received and still have an objection event
 * in it: the panel's own window (ruling, then the letter reaching the council) before the lookback.
 */
export function receiptLookbackDays(policy: DeadlinePolicy): number {
  return 2 * policy.objectionDays + 30 + objectionLookbackDays(policy);
}

/** The objection side of a resolution, for readers that hold whole resolutions (the ministry console). */
export function objectionOf(f: ResolutionFact): ObjectionFact | null {
  if (f.objectionReceivedDate === null && f.referralDate === null) return null;
  const { councilId, councilName, councilKind, objectionReceivedDate, answer, answerDate } = f;
  const { referralDate, decision, decisionDate } = f;
  return {
    resolutionId: f.id,
    councilId,
    councilName,
    councilKind,
    objectionReceivedDate,
    answer,
    answerDate,
    referralDate,
    decision,
    decisionDate,
  };
}
