// The default category list of DOMAIN.md; codes are stable (stored and synced), labels are UI text.
export const CATEGORIES = [
  { code: 'construction', label: 'عمرانی و شهرسازی' },
  { code: 'finance', label: 'مالی و بودجه' },
  { code: 'fees', label: 'درآمد و عوارض' },
  { code: 'investment', label: 'سرمایه‌گذاری و مشارکت' },
  { code: 'economic', label: 'اقتصادی' },
  { code: 'cultural', label: 'فرهنگی و اجتماعی' },
  { code: 'urban_services', label: 'خدمات شهری و محیط زیست' },
  { code: 'transport', label: 'حمل‌ونقل و ترافیک' },
  { code: 'administrative', label: 'اداری و استخدامی' },
  { code: 'supervisory', label: 'نظارتی' },
  { code: 'other', label: 'سایر' },
] as const;

export type CategoryCode = (typeof CATEGORIES)[number]['code'];
export const CATEGORY_CODES = CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]];

const labels = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.label]));
export function categoryLabel(code: string): string {
  return labels.get(code) ?? code;
}
