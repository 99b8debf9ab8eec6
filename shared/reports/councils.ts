// Councils (issue 12): what each council sent in the period, how long after approval it arrived,
// how often the panel objected, whether the council answered objections within its window and
// how often it insisted, and which kinds of resolution it presses for.
import { councilAnswerDeadline } from '../deadlines/calculator';
import type { DeadlinePolicy } from '../deadlines/policy';
import { diffDays, type IsoDate } from '../dates/jalali';
import type { ResolutionFact } from './facts';
import type { CouncilRow } from './schema';
import { daysStat, groupBy, rate } from './stats';

/**
 * A resolution received more than this many days after its approval was sent late. A week: the
 * time the executive regulation of Article 80 gives councils to send what they pass.
 */
export const LATE_SENDING_DAYS = 7;

export function councilRows(facts: readonly ResolutionFact[], policy: DeadlinePolicy, asOf: IsoDate): CouncilRow[] {
  const rows = [...groupBy(facts, (f) => f.councilId)].map(([councilId, group]): CouncilRow => {
    const sending = group.map((f) => diffDays(f.receiptDate, f.approvalDate));
    const ruled = group.filter((f) => f.rulingOutcome !== null).length;
    const objected = group.filter((f) => f.rulingOutcome === 'objected');
    let inTime = 0;
    let late = 0;
    let missing = 0;
    for (const f of group) {
      if (f.objectionReceivedDate === null) continue;
      const deadline = councilAnswerDeadline(f.objectionReceivedDate, policy);
      if (f.answerDate !== null) {
        if (f.answerDate <= deadline) inTime += 1;
        else late += 1;
      } else if (asOf > deadline) missing += 1;
    }
    const insisted = objected.filter((f) => f.answer === 'insist').length;
    const categories = [...groupBy(group, (f) => f.category)]
      .map(([category, list]) => ({ category, count: list.length }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
    return {
      councilId,
      councilName: group[0].councilName,
      councilKind: group[0].councilKind,
      sent: group.length,
      sendingDays: daysStat(sending),
      lateSending: sending.filter((d) => d > LATE_SENDING_DAYS).length,
      ruled,
      objected: objected.length,
      objectionRate: rate(objected.length, ruled),
      answersDue: group.filter((f) => f.objectionReceivedDate !== null).length,
      answersInTime: inTime,
      answersLate: late,
      answersMissing: missing,
      insisted,
      insistenceRate: rate(insisted, objected.length),
      categories,
    };
  });
  return rows.sort((a, b) => b.sent - a.sent || a.councilName.localeCompare(b.councilName, 'fa'));
}
