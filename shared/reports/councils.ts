// Councils (issue 12): what each council sent in the period, how long after approval it arrived,
// how often the panel objected, and which kinds of resolution it presses for; whether it answered
// objections within its window and how often it insisted, by the answers' own dates.
import type { DeadlinePolicy } from '../deadlines/policy';
import { diffDays, type IsoDate } from '../dates/jalali';
import type { ObjectionFact, ResolutionFact } from './facts';
import { answerEvents } from './objections';
import type { ResolvedPeriod } from './period';
import type { CouncilRow } from './schema';
import { daysStat, groupBy, rate } from './stats';

/**
 * A resolution received more than this many days after its approval was sent late. A week: the
 * time the executive regulation of Article 80 gives councils to send what they pass.
 */
export const LATE_SENDING_DAYS = 7;

const ANSWERS = { answersDue: 0, answersInTime: 0, answersLate: 0, answersMissing: 0, insisted: 0 };
type Answers = typeof ANSWERS;

function answersByCouncil(objections: readonly ObjectionFact[], policy: DeadlinePolicy, period: Range, asOf: IsoDate) {
  const out = new Map<string, Answers>();
  for (const f of objections) {
    const e = answerEvents(f, policy, period, asOf);
    if (!e || !(e.due || e.inTime || e.late || e.missing)) continue;
    const row = out.get(f.councilId) ?? { ...ANSWERS };
    row.answersDue += Number(e.due);
    row.answersInTime += Number(e.inTime);
    row.answersLate += Number(e.late);
    row.answersMissing += Number(e.missing);
    row.insisted += Number(e.insisted);
    out.set(f.councilId, row);
  }
  return out;
}

/** Persian order of names; one collator, as localeCompare(…, 'fa') builds one on every call. */
const FA = new Intl.Collator('fa');

type Range = Pick<ResolvedPeriod, 'from' | 'to'>;
type Council = Pick<ObjectionFact, 'councilId' | 'councilName' | 'councilKind'>;

export function councilRows(
  facts: readonly ResolutionFact[],
  objections: readonly ObjectionFact[],
  policy: DeadlinePolicy,
  period: Range,
  asOf: IsoDate,
): CouncilRow[] {
  const answers = answersByCouncil(objections, policy, period, asOf);
  const byCouncil = groupBy(facts, (f) => f.councilId);
  const councils = new Map<string, Council>(
    [...facts, ...objections.filter((f) => answers.has(f.councilId))].map((f) => [f.councilId, f]),
  );
  // a council that only answered in the period still gets its row
  const rows = [...councils.values()].map((c): CouncilRow => {
    const group = byCouncil.get(c.councilId) ?? [];
    const sending = group.map((f) => diffDays(f.receiptDate, f.approvalDate));
    const ruled = group.filter((f) => f.rulingOutcome !== null).length;
    const objected = group.filter((f) => f.rulingOutcome === 'objected').length;
    const a = answers.get(c.councilId) ?? ANSWERS;
    const categories = [...groupBy(group, (f) => f.category)]
      .map(([category, list]) => ({ category, count: list.length }))
      .sort((x, y) => y.count - x.count || x.category.localeCompare(y.category));
    return {
      councilId: c.councilId,
      councilName: c.councilName,
      councilKind: c.councilKind,
      sent: group.length,
      sendingDays: daysStat(sending),
      lateSending: sending.filter((d) => d > LATE_SENDING_DAYS).length,
      ruled,
      objected,
      objectionRate: rate(objected, ruled),
      ...a,
      insistenceRate: rate(a.insisted, a.answersInTime + a.answersLate),
      categories,
    };
  });
  return rows.sort((a, b) => b.sent - a.sent || FA.compare(a.councilName, b.councilName));
}
