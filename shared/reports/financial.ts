// Financial resolutions (issue 12): budget amendments and project approvals received in the
// period, by amount and category, and how the panel ruled on them. An amount not given is not
// counted as zero: the sums say how many amounts they hold.
import { FINANCIAL_KIND_CODES } from '../domain/financial';
import type { FinancialFact } from './facts';
import type { FinancialReport } from './schema';
import { groupBy } from './stats';

/** The list names at most this many resolutions, the largest amounts first. */
export const FINANCIAL_LIST_LIMIT = 200;

function sums(facts: readonly FinancialFact[]) {
  const amounts = facts.map((f) => f.amountRials).filter((a): a is number => a !== null);
  return {
    count: facts.length,
    withAmount: amounts.length,
    amountRials: amounts.reduce((s, a) => s + a, 0),
    objected: facts.filter((f) => f.rulingOutcome === 'objected').length,
  };
}

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function financialReport(facts: readonly FinancialFact[]): FinancialReport {
  const byKind = groupBy(facts, (f) => f.kind);
  const projects = facts.filter((f) => f.kind === 'project');
  const costs = projects.map((f) => f.projectCostRials).filter((c): c is number => c !== null);
  const months = projects.map((f) => f.projectDurationMonths).filter((m): m is number => m !== null);
  const amountOf = (f: FinancialFact) => f.amountRials ?? f.projectCostRials ?? -1;
  return {
    ...sums(facts),
    byKind: FINANCIAL_KIND_CODES.map((kind) => ({ kind, ...sums(byKind.get(kind) ?? []) })),
    byCategory: [...groupBy(facts, (f) => `${f.category}|${f.kind}`)]
      .map(([, group]) => ({ category: group[0].category, kind: group[0].kind, ...sums(group) }))
      .sort((a, b) => b.amountRials - a.amountRials || b.count - a.count || a.category.localeCompare(b.category)),
    projects: {
      count: projects.length,
      withCost: costs.length,
      costRials: costs.reduce((s, c) => s + c, 0),
      medianMonths: median(months),
    },
    list: [...facts]
      .sort((a, b) => amountOf(b) - amountOf(a) || a.receiptDate.localeCompare(b.receiptDate))
      .slice(0, FINANCIAL_LIST_LIMIT)
      .map((f) => ({
        resolutionId: f.id,
        title: f.title,
        incomingNumber: f.incomingNumber,
        councilName: f.councilName,
        receiptDate: f.receiptDate,
        category: f.category,
        kind: f.kind,
        amountRials: f.amountRials,
        budgetYear: f.budgetYear,
        budgetLine: f.budgetLine ?? '',
        projectCostRials: f.projectCostRials,
        projectDurationMonths: f.projectDurationMonths,
        outcome: f.rulingOutcome,
      })),
  };
}
