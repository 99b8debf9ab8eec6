// The financial fields as the form holds them (text as typed, any digits) and as the contract
// takes them: the shared schema folds the digits and refuses what is not a whole number.
import type { FinancialKind } from '../../../shared/domain/financial';
import type { Resolution } from '../../../shared/schemas/resolution';

export interface FinancialFormValues {
  kind: FinancialKind | '';
  amountRials: string;
  budgetYear: string;
  budgetLine: string;
  projectDurationMonths: string;
  projectCostRials: string;
  projectScope: string;
}

export const FINANCIAL_FIELD_NAMES = [
  'financial.kind',
  'financial.amountRials',
  'financial.budgetYear',
  'financial.budgetLine',
  'financial.projectDurationMonths',
  'financial.projectCostRials',
  'financial.projectScope',
] as const;

const text = (n: number | null) => (n === null ? '' : String(n));

export function financialValues(f: Resolution['financial'] | undefined): FinancialFormValues {
  return {
    kind: f?.kind ?? '',
    amountRials: text(f?.amountRials ?? null),
    budgetYear: text(f?.budgetYear ?? null),
    budgetLine: f?.budgetLine ?? '',
    projectDurationMonths: text(f?.projectDurationMonths ?? null),
    projectCostRials: text(f?.projectCostRials ?? null),
    projectScope: f?.projectScope ?? '',
  };
}

/** No kind chosen: the resolution has no financial side (an edit clears it). */
export function financialInputOf(v: FinancialFormValues) {
  if (!v.kind) return null;
  const project = v.kind === 'project';
  return {
    ...v,
    kind: v.kind,
    projectDurationMonths: project ? v.projectDurationMonths : '',
    projectCostRials: project ? v.projectCostRials : '',
    projectScope: project ? v.projectScope : '',
  };
}
