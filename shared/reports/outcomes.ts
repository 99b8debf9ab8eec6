// Outcomes (issue 12): how the panel ruled on what it received in the period, what councils did
// with its objections, what the dispute boards decided, where objections concentrate and on
// which legal grounds.
import type { ResolutionFact } from './facts';
import { lapsed } from './clock';
import type { OutcomesReport } from './schema';
import { groupBy, rate } from './stats';

const objected = (f: ResolutionFact) => f.rulingOutcome === 'objected';

function objectionRates<K extends string>(facts: readonly ResolutionFact[], key: (f: ResolutionFact) => K) {
  return [...groupBy(facts, key)].map(([k, group]) => {
    const ruled = group.filter((f) => f.rulingOutcome !== null).length;
    const n = group.filter(objected).length;
    return { key: k, first: group[0], ruled, objected: n, rate: rate(n, ruled) };
  });
}

type Rated = { key: string; rate: number | null; ruled: number };
/** Highest objection rate first, then the most ruled, then by code: the same order everywhere. */
const byRateThenCount = (a: Rated, b: Rated) =>
  (b.rate ?? -1) - (a.rate ?? -1) || b.ruled - a.ruled || a.key.localeCompare(b.key);

export function outcomesReport(facts: readonly ResolutionFact[]): OutcomesReport {
  const ruled = facts.filter((f) => f.rulingOutcome !== null).length;
  const objections = facts.filter(objected);
  const after = {
    amended: 0,
    withdrawn: 0,
    insisted: 0,
    awaitingAnswer: 0,
    referred: 0,
    upheld: 0,
    annulled: 0,
    awaitingBoard: 0,
  };
  const grounds = new Map<string, number>();
  for (const f of objections) {
    for (const g of new Set(f.grounds)) grounds.set(g, (grounds.get(g) ?? 0) + 1);
    if (f.answer === 'amend') after.amended += 1;
    else if (f.answer === 'repeal' || (f.answer === null && f.status === 'withdrawn')) after.withdrawn += 1;
    else if (f.answer === 'insist') after.insisted += 1;
    else if (f.referralDate === null) after.awaitingAnswer += 1;
    if (f.referralDate !== null) {
      after.referred += 1;
      if (f.decision === 'upheld') after.upheld += 1;
      else if (f.decision === 'annulled') after.annulled += 1;
      else after.awaitingBoard += 1;
    }
  }
  return {
    ruled,
    compliant: facts.filter((f) => f.rulingOutcome === 'compliant').length,
    objected: objections.length,
    lapsed: facts.filter(lapsed).length,
    afterObjection: after,
    objectionRate: rate(objections.length, ruled),
    byCategory: objectionRates(facts, (f) => f.category)
      .sort(byRateThenCount)
      .map((r) => ({ category: r.key, ruled: r.ruled, objected: r.objected, rate: r.rate })),
    byCouncil: objectionRates(facts, (f) => f.councilId)
      .sort(byRateThenCount)
      .map((r) => ({
        councilId: r.key,
        councilName: r.first.councilName,
        ruled: r.ruled,
        objected: r.objected,
        rate: r.rate,
      })),
    grounds: [...grounds]
      .map(([ground, count]) => ({ ground, count }))
      .sort((a, b) => b.count - a.count || a.ground.localeCompare(b.ground)),
  };
}
