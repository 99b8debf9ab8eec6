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

const CITY_LIMITS_LAW = 'قانون تعاریف محدوده و حریم شهر، روستا و شهرک و نحوهٔ تعیین آن‌ها';
const FARMLAND_LAW = 'قانون حفظ کاربری اراضی زراعی و باغ‌ها';
const URBAN_PLANNING_LAW = 'قانون تأسیس شورای عالی شهرسازی و معماری ایران';
const CIVIL_SERVICE_LAW = 'قانون مدیریت خدمات کشوری';

/**
 * The entries added with issue 11 (seeded by migration 0008), for the subjects panels meet most:
 * fees and charges, land use and the comprehensive plan, budget, staffing and municipal
 * transactions. Each was checked against the law's published text; where a clause's number could
 * not be confirmed the article is cited whole. `retired` lists seed entries found wrong (their ids
 * stay, inactive, so what already cites them still reads).
 */
export const LEGAL_REFERENCES_1405: readonly LegalReferenceSeed[] = [
  { id: 'councils-law-68', law: COUNCILS_LAW, article: '۶۸', note: '', subject: 'وظایف و اختیارات شورای اسلامی روستا' },
  {
    id: 'municipalities-law-77',
    law: MUNICIPALITIES_LAW,
    article: '۷۷',
    note: '',
    subject: 'رفع اختلاف مؤدی و شهرداری دربارهٔ عوارض در کمیسیون مادهٔ ۷۷ (نه با تصمیم شورا)',
  },
  { id: 'municipalities-law-55', law: MUNICIPALITIES_LAW, article: '۵۵', note: '', subject: 'وظایف شهرداری' },
  {
    id: 'municipalities-law-55-24',
    law: MUNICIPALITIES_LAW,
    article: '۵۵',
    note: 'بند ۲۴',
    subject: 'صدور پروانه برای همهٔ ساختمان‌های شهر و قید نوع استفاده (کاربری) در پروانه طبق ضوابط طرح جامع',
  },
  {
    id: 'urban-planning-council-5',
    law: URBAN_PLANNING_LAW,
    article: '۵',
    note: '',
    subject:
      'بررسی و تصویب طرح‌های تفصیلی شهری و تغییرات آن‌ها، از جمله تغییر کاربری، در کمیسیون مادهٔ ۵ به ریاست استاندار',
  },
  {
    id: 'city-limits-1',
    law: CITY_LIMITS_LAW,
    article: '۱',
    note: '',
    subject: 'محدودهٔ شهر: حد کالبدی موجود و توسعهٔ آتی در دورهٔ طرح جامع یا هادی، که ضوابط شهرسازی در آن لازم‌الاجراست',
  },
  {
    id: 'city-limits-2',
    law: CITY_LIMITS_LAW,
    article: '۲',
    note: '',
    subject: 'حریم شهر: اراضی بلافصل پیرامون محدوده که نظارت و کنترل شهرداری در آن ضرورت دارد',
  },
  {
    id: 'city-limits-3',
    law: CITY_LIMITS_LAW,
    article: '۳',
    note: '',
    subject: 'محدودهٔ روستا: بافت موجود و گسترش آتی در دورهٔ طرح هادی روستایی',
  },
  {
    id: 'farmland-1',
    law: FARMLAND_LAW,
    article: '۱',
    note: '',
    subject:
      'ممنوعیت تغییر کاربری اراضی زراعی و باغ‌ها در خارج از محدودهٔ قانونی شهرها جز در موارد ضروری به تشخیص کمیسیون تبصرهٔ ۱',
  },
  {
    id: 'municipalities-law-65',
    law: MUNICIPALITIES_LAW,
    article: '۶۵',
    note: '',
    subject: 'بودجهٔ شهرداری: پس از تصویب شورای شهر قابل اجراست',
  },
  {
    id: 'municipal-finance-1',
    law: MUNICIPAL_FINANCE_REGULATION,
    article: '۱',
    note: '',
    subject: 'معاملات شهرداری: تقسیم به جزئی، متوسط و عمده از نظر مبلغ، که تشریفات هر یک را معین می‌کند',
  },
  {
    id: 'civil-service-41',
    law: CIVIL_SERVICE_LAW,
    article: '۴۱',
    note: '',
    subject: 'استخدام: ورود به خدمت بر اساس مجوزهای صادره، تشکیلات مصوب و رعایت شایستگی و برابری فرصت‌ها',
  },
  {
    id: 'civil-service-42',
    law: CIVIL_SERVICE_LAW,
    article: '۴۲',
    note: '',
    subject: 'شرایط عمومی استخدام در دستگاه‌های اجرایی',
  },
  {
    id: 'civil-service-44',
    law: CIVIL_SERVICE_LAW,
    article: '۴۴',
    note: '',
    subject: 'به‌کارگیری نیرو فقط پس از پذیرفته‌شدن در امتحان عمومی با آگهی عمومی و امتحان یا مسابقهٔ تخصصی',
  },
];

/** Seed entries found wrong: «وظایف و اختیارات شورای اسلامی روستا» is Article 68, not 76. */
export const RETIRED_REFERENCE_IDS: readonly string[] = ['councils-law-76'];

/** «قانون … — مادهٔ ۷۱، بند ۱۶» */
export function legalReferenceText(r: { law: string; article: string; note: string }): string {
  const article = r.article ? (r.article.startsWith('اصل') ? r.article : `مادهٔ ${r.article}`) : '';
  const where = [article, r.note].filter(Boolean).join('، ');
  return where ? `${r.law} — ${where}` : r.law;
}

/** An article as written, prefixed with «مادهٔ» when the writer gave only its number. */
function articleText(article: string): string {
  const a = article.trim();
  if (!a) return '';
  return /^(ماده|اصل|بند|تبصره|فصل)/.test(a) ? a : `مادهٔ ${a}`;
}

/** A written-out citation as a letter prints it: «قانون شهرداری — مادهٔ ۵۵، بند ۲۴». */
export function citationText(c: { law: string; article: string }): string {
  const where = articleText(c.article);
  return where ? `${c.law} — ${where}` : c.law;
}
