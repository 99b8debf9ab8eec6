// The grounds on which the panel may object to a resolution (DOMAIN.md "The process and its
// clocks"; Article 80 of the councils law). Codes are stored and synced; labels are UI text.
export const OBJECTION_GROUNDS = [
  { code: 'conflicts_with_law', label: 'مغایرت با قوانین و مقررات' },
  { code: 'beyond_powers', label: 'خارج از حدود وظایف و اختیارات' },
  { code: 'conflicts_with_islamic_standards', label: 'مغایرت با موازین اسلامی' },
] as const;

export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number]['code'];
export const OBJECTION_GROUND_CODES = OBJECTION_GROUNDS.map((g) => g.code) as [ObjectionGround, ...ObjectionGround[]];

const labels = new Map<string, string>(OBJECTION_GROUNDS.map((g) => [g.code, g.label]));
export function objectionGroundLabel(code: string): string {
  return labels.get(code) ?? code;
}

/**
 * An objection cites the law and article it conflicts with; only a conflict with Islamic
 * standards alone may stand without a citation from the catalog of laws.
 */
export function groundsNeedReference(grounds: readonly string[]): boolean {
  return grounds.some((g) => g !== 'conflicts_with_islamic_standards');
}

/** What an expert concludes about a resolution. */
export const OPINION_CONCLUSIONS = [
  { code: 'no_conflict', label: 'عدم مغایرت' },
  { code: 'conflict', label: 'مغایرت' },
  { code: 'partial_conflict', label: 'مغایرت در بخشی از مصوبه' },
] as const;

export type OpinionConclusion = (typeof OPINION_CONCLUSIONS)[number]['code'];
export const OPINION_CONCLUSION_CODES = OPINION_CONCLUSIONS.map((c) => c.code) as [
  OpinionConclusion,
  ...OpinionConclusion[],
];

const conclusionLabels = new Map<string, string>(OPINION_CONCLUSIONS.map((c) => [c.code, c.label]));
export function opinionConclusionLabel(code: string): string {
  return conclusionLabels.get(code) ?? code;
}
