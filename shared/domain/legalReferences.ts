// The legal references a panel cites most (the seed of the `legal_reference` table). National
// reference data: the ministry distributes updates through sync (DESIGN.md §7) under the same
// stable ids, so opinions and rulings that cite an id keep pointing at the same provision.
// Article numbers follow the councils law as amended in 1386 (the numbering DOMAIN.md uses for
// Article 80); `note` narrows a citation to a clause (بند) or note (تبصره) where panels do.
export interface LegalReferenceSeed {
  /** stable across offices and versions */
  id: string;
  law: string;
  /** «۷۱»; empty when the law is cited as a whole */
  article: string;
  note: string;
  subject: string;
}

const COUNCILS_LAW = 'قانون تشکیلات، وظایف و انتخابات شوراهای اسلامی کشور و انتخاب شهرداران';
const SUSTAINABLE_REVENUE_LAW = 'قانون درآمد پایدار و هزینه شهرداری‌ها و دهیاری‌ها';
const VAT_LAW = 'قانون مالیات بر ارزش افزوده';
const MUNICIPALITIES_LAW = 'قانون شهرداری';
const MUNICIPAL_FINANCE_REGULATION = 'آیین‌نامهٔ مالی شهرداری‌ها';
const BUDGET_LAW = 'قانون برنامه و بودجهٔ کشور';
const CONSTITUTION = 'قانون اساسی جمهوری اسلامی ایران';

export const LEGAL_REFERENCES: readonly LegalReferenceSeed[] = [
  {
    id: 'councils-law-71',
    law: COUNCILS_LAW,
    article: '۷۱',
    note: '',
    subject: 'وظایف و اختیارات شورای اسلامی شهر',
  },
  {
    id: 'councils-law-71-16',
    law: COUNCILS_LAW,
    article: '۷۱',
    note: 'بند ۱۶',
    subject: 'تصویب لوایح برقراری یا لغو عوارض شهر و نوع و میزان آن با رعایت سیاست عمومی دولت',
  },
  {
    id: 'councils-law-76',
    law: COUNCILS_LAW,
    article: '۷۶',
    note: '',
    subject: 'وظایف و اختیارات شورای اسلامی روستا',
  },
  {
    id: 'councils-law-77',
    law: COUNCILS_LAW,
    article: '۷۷',
    note: '',
    subject: 'وضع عوارض متناسب با تولیدات و درآمدهای اهالی با رعایت آیین‌نامهٔ مصوب هیأت وزیران',
  },
  {
    id: 'councils-law-80',
    law: COUNCILS_LAW,
    article: '۸۰',
    note: '',
    subject: 'اعتراض هیأت تطبیق به مصوبهٔ مغایر با قوانین و مقررات یا خارج از حدود وظایف و اختیارات شورا',
  },
  {
    id: 'councils-law-85',
    law: COUNCILS_LAW,
    article: '۸۵',
    note: '',
    subject: 'جانشینی شورای منحل یا تشکیل‌نشده تا تشکیل شورای جدید',
  },
  {
    id: 'councils-law-90',
    law: COUNCILS_LAW,
    article: '۹۰',
    note: '',
    subject: 'سایر مقررات قانون شوراها (فصل پنجم)',
  },
  {
    id: 'sustainable-revenue-1',
    law: SUSTAINABLE_REVENUE_LAW,
    article: '۱',
    note: '',
    subject: 'ابزارهای تأمین منابع مالی شهرداری‌ها و دهیاری‌ها در چارچوب قوانین و مقررات',
  },
  {
    id: 'sustainable-revenue-2',
    law: SUSTAINABLE_REVENUE_LAW,
    article: '۲',
    note: '',
    subject: 'عوارض محلی و بهای خدمات: شرایط وضع و تصویب تعرفه توسط شورا',
  },
  {
    id: 'vat-50',
    law: VAT_LAW,
    article: '۵۰',
    note: '',
    subject: 'ممنوعیت برقراری عوارض بر کالاها و خدماتی که تکلیف مالیات و عوارض آن‌ها در این قانون معین شده است',
  },
  {
    id: 'vat-52',
    law: VAT_LAW,
    article: '۵۲',
    note: '',
    subject: 'عوارض موضوع قانون و سهم شهرداری‌ها و دهیاری‌ها',
  },
  {
    id: 'municipalities-law-100',
    law: MUNICIPALITIES_LAW,
    article: '۱۰۰',
    note: '',
    subject: 'رسیدگی به تخلفات ساختمانی در کمیسیون مادهٔ ۱۰۰ (نه با وضع عوارض یا جریمه توسط شورا)',
  },
  {
    id: 'municipal-finance-30',
    law: MUNICIPAL_FINANCE_REGULATION,
    article: '۳۰',
    note: '',
    subject: 'تعرفهٔ انواع عوارض و درآمدهای شهرداری',
  },
  {
    id: 'budget-law',
    law: BUDGET_LAW,
    article: '',
    note: '',
    subject: 'بودجه، اعتبارات و تعهدات مالی دستگاه‌ها',
  },
  {
    id: 'constitution-105',
    law: CONSTITUTION,
    article: 'اصل ۱۰۵',
    note: '',
    subject: 'تصمیمات شوراها نباید مخالف موازین اسلامی و قوانین کشور باشد',
  },
];

/** «قانون … — مادهٔ ۷۱، بند ۱۶» */
export function legalReferenceText(r: { law: string; article: string; note: string }): string {
  const article = r.article ? (r.article.startsWith('اصل') ? r.article : `مادهٔ ${r.article}`) : '';
  const where = [article, r.note].filter(Boolean).join('، ');
  return where ? `${r.law} — ${where}` : r.law;
}
