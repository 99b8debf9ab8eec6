// What kind of money a financial resolution moves (issue 12, "Financial resolutions"); codes are
// stored and synced, labels are UI text.
export const FINANCIAL_KINDS = [
  { code: 'budget_amendment', label: 'اصلاح و متمم بودجه' },
  { code: 'project', label: 'تصویب طرح یا پروژه' },
  { code: 'other', label: 'سایر مصوبات مالی' },
] as const;

export type FinancialKind = (typeof FINANCIAL_KINDS)[number]['code'];
export const FINANCIAL_KIND_CODES = FINANCIAL_KINDS.map((k) => k.code) as [FinancialKind, ...FinancialKind[]];

const labels = new Map<string, string>(FINANCIAL_KINDS.map((k) => [k.code, k.label]));
export function financialKindLabel(code: string): string {
  return labels.get(code) ?? code;
}
