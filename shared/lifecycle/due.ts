// What a resolution is waiting for, kept on the resolution as (due_date, due_kind) by every
// transition so the desk and reminders are index range scans.
export const DUE_KINDS = [
  { code: 'objection', label: 'مهلت رسیدگی هیأت', waitsOn: 'secretary' },
  { code: 'expert_opinion', label: 'مهلت نظر کارشناسی', waitsOn: 'expert' },
  { code: 'council_answer', label: 'مهلت پاسخ شورا', waitsOn: 'secretary' },
  { code: 'dispute_board', label: 'مهلت رأی هیأت حل اختلاف', waitsOn: 'secretary' },
] as const;

export type DueKind = (typeof DUE_KINDS)[number]['code'];
export const DUE_KIND_CODES = DUE_KINDS.map((d) => d.code) as [DueKind, ...DueKind[]];

export function dueKindLabel(code: string): string {
  return DUE_KINDS.find((d) => d.code === code)?.label ?? code;
}
