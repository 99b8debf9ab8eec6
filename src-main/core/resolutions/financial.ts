// A resolution's financial side (issue 12) between the contract's object and the row's columns.
import type { z } from 'zod';
import type { FinancialKind } from '../../../shared/domain/financial';
import type { Financial, financial } from '../../../shared/schemas/financial';
import type { ResolutionRecord } from '../storage/entities';

type Columns = Required<
  Pick<
    ResolutionRecord,
    | 'financialKind'
    | 'amountRials'
    | 'budgetYear'
    | 'budgetLine'
    | 'projectDurationMonths'
    | 'projectCostRials'
    | 'projectScope'
  >
>;

export const NO_FINANCIAL: Columns = {
  financialKind: null,
  amountRials: null,
  budgetYear: null,
  budgetLine: null,
  projectDurationMonths: null,
  projectCostRials: null,
  projectScope: null,
};

/** The columns for an input: null clears them, undefined (not sent) changes nothing. */
export function financialColumns(f: Financial | null | undefined): Partial<Columns> {
  if (f === undefined) return {};
  if (f === null) return NO_FINANCIAL;
  const project = f.kind === 'project';
  return {
    financialKind: f.kind,
    amountRials: f.amountRials,
    budgetYear: f.budgetYear,
    budgetLine: f.budgetLine || null,
    projectDurationMonths: project ? f.projectDurationMonths : null,
    projectCostRials: project ? f.projectCostRials : null,
    projectScope: project ? f.projectScope || null : null,
  };
}

export function financialOf(r: ResolutionRecord): z.infer<typeof financial> | null {
  if (!r.financialKind) return null;
  return {
    kind: r.financialKind as FinancialKind,
    amountRials: r.amountRials ?? null,
    budgetYear: r.budgetYear ?? null,
    budgetLine: r.budgetLine ?? '',
    projectDurationMonths: r.projectDurationMonths ?? null,
    projectCostRials: r.projectCostRials ?? null,
    projectScope: r.projectScope ?? '',
  };
}
