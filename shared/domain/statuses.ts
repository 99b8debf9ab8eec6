// The lifecycle states of DESIGN.md §2. Codes are stored and synced; labels are the UI's words.
export const STATUSES = [
  { code: 'received', label: 'وصول‌شده' },
  { code: 'under_review', label: 'در حال بررسی کارشناسی' },
  { code: 'awaiting_ruling', label: 'در انتظار رأی هیأت' },
  { code: 'compliant', label: 'عدم مغایرت' },
  { code: 'objected', label: 'اعتراض هیأت' },
  { code: 'enforceable', label: 'لازم‌الاجرا' },
  { code: 'enforceable_by_lapse', label: 'لازم‌الاجرا به علت انقضای مهلت' },
  { code: 'with_council', label: 'نزد شورا برای تجدیدنظر' },
  { code: 'withdrawn', label: 'لغو‌شده توسط شورا' },
  { code: 'referred', label: 'ارجاع به هیأت حل اختلاف' },
  { code: 'upheld', label: 'تأیید در هیأت حل اختلاف' },
  { code: 'annulled', label: 'ابطال‌شده' },
] as const;

export type StatusCode = (typeof STATUSES)[number]['code'];
export const STATUS_CODES = STATUSES.map((s) => s.code) as [StatusCode, ...StatusCode[]];

const labels = new Map<string, string>(STATUSES.map((s) => [s.code, s.label]));
export function statusLabel(code: string): string {
  return labels.get(code) ?? code;
}
