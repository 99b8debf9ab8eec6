// The named fields a letter template may use, as {{group.name}}, and filling a template with
// their values (DESIGN.md §5). Values come from the office, the council, the resolution, its
// ruling and the steps after it, or a panel session; the core computes them, this only knows
// their names and how to put them into text and HTML.
import { escapeHtml, sanitizeHtml, textToHtml } from './html';
import type { LetterKind } from './kinds';

export interface FieldDef {
  key: string;
  label: string;
  /** a block (list, table) the core builds as HTML; everything else is text */
  block?: true;
  /** the kinds whose letters have a value for it (omitted: every kind) */
  kinds?: readonly LetterKind[];
  /** shown in the template editor's preview */
  sample: string;
}

const RES: LetterKind[] = ['objection', 'compliance_notice', 'board_referral', 'council_reminder'];
const AFTER_OBJECTION: LetterKind[] = ['objection', 'board_referral', 'council_reminder'];
const COUNCIL: LetterKind[] = [...RES];

export const LETTER_FIELDS: readonly FieldDef[] = [
  { key: 'office.name', label: 'نام دبیرخانه', sample: 'دبیرخانه هیأت تطبیق مصوبات شوراهای شهرستان کرمان' },
  { key: 'office.organisation', label: 'نام سازمان', sample: 'فرمانداری شهرستان کرمان' },
  { key: 'office.ministry', label: 'وزارتخانه', sample: 'وزارت کشور' },
  { key: 'office.county', label: 'شهرستان', sample: 'کرمان' },
  { key: 'office.province', label: 'استان', sample: 'کرمان' },
  { key: 'today', label: 'تاریخ امروز', sample: '۱۴۰۵/۰۹/۰۲' },
  { key: 'signatory.name', label: 'نام امضاکننده', sample: 'محمد فرماندار' },
  { key: 'signatory.title', label: 'سمت امضاکننده', sample: 'فرماندار و رئیس هیأت تطبیق' },

  { key: 'council.name', label: 'نام شورا', kinds: COUNCIL, sample: 'شورای اسلامی شهر کرمان' },
  { key: 'council.place', label: 'نام شهر یا روستا', kinds: COUNCIL, sample: 'کرمان' },
  { key: 'council.head', label: 'عنوان مقام اجرایی (شهردار، دهیار…)', kinds: COUNCIL, sample: 'شهردار' },
  {
    key: 'council.affairsOffice',
    label: 'دفتر امور شهری یا روستایی استانداری',
    kinds: COUNCIL,
    sample: 'دفتر امور شهری و شوراها',
  },

  { key: 'resolution.number', label: 'شمارهٔ مصوبه', kinds: RES, sample: '۱۲۳/۴۵' },
  { key: 'resolution.title', label: 'موضوع مصوبه', kinds: RES, sample: 'اخذ عوارض بهای خدمات پسماند' },
  { key: 'resolution.sessionNumber', label: 'شمارهٔ جلسهٔ شورا', kinds: RES, sample: '۴۵' },
  { key: 'resolution.sessionDate', label: 'تاریخ جلسهٔ شورا', kinds: RES, sample: '۱۴۰۵/۰۸/۱۹' },
  { key: 'resolution.approvalDate', label: 'تاریخ تصویب', kinds: RES, sample: '۱۴۰۵/۰۸/۱۹' },
  { key: 'resolution.receiptDate', label: 'تاریخ وصول', kinds: RES, sample: '۱۴۰۵/۰۸/۲۴' },
  { key: 'resolution.incomingNumber', label: 'شمارهٔ ثبت وارده', kinds: RES, sample: '۱۴۰۵/۲۳۴۵' },
  { key: 'resolution.text', label: 'متن مصوبه', kinds: RES, sample: 'شورای اسلامی شهر کرمان مقرر می‌دارد…' },

  { key: 'ruling.date', label: 'تاریخ رأی هیأت', kinds: RES, sample: '۱۴۰۵/۰۸/۳۰' },
  { key: 'ruling.session', label: 'جلسهٔ رأی هیأت', kinds: RES, sample: 'جلسهٔ شمارهٔ ۳ سال ۱۴۰۵ مورخ ۱۴۰۵/۰۸/۳۰' },
  {
    key: 'ruling.clause',
    label: 'بند مورد اعتراض',
    kinds: AFTER_OBJECTION,
    sample: 'بند ۲: افزودن عوارض پسماند به قبوض آب',
  },
  { key: 'ruling.grounds', label: 'جهت اعتراض', kinds: AFTER_OBJECTION, sample: 'مغایرت با قوانین و مقررات' },
  {
    key: 'ruling.references',
    label: 'مستند قانونی (قانون و ماده)',
    kinds: AFTER_OBJECTION,
    sample: 'قانون درآمد پایدار و هزینه شهرداری‌ها و دهیاری‌ها — مادهٔ ۲',
  },
  {
    key: 'ruling.reasoning',
    label: 'استدلال اعتراض',
    kinds: AFTER_OBJECTION,
    sample: 'وصول عوارض از طریق قبوض آب در اختیار شورا نیست.',
  },
  { key: 'objection.answerDays', label: 'مهلت تجدیدنظر شورا (روز)', kinds: AFTER_OBJECTION, sample: '۱۰' },
  {
    key: 'objection.letterNumber',
    label: 'شمارهٔ نامهٔ اعتراض',
    kinds: ['board_referral', 'council_reminder'],
    sample: '۱۴۰۵/ت/۱۱۸',
  },
  {
    key: 'objection.letterDate',
    label: 'تاریخ نامهٔ اعتراض',
    kinds: ['board_referral', 'council_reminder'],
    sample: '۱۴۰۵/۰۹/۰۱',
  },
  {
    key: 'objection.receivedDate',
    label: 'تاریخ وصول اعتراض در شورا',
    kinds: ['board_referral', 'council_reminder'],
    sample: '۱۴۰۵/۰۹/۰۳',
  },
  {
    key: 'objection.answerDeadline',
    label: 'پایان مهلت تجدیدنظر شورا',
    kinds: ['board_referral', 'council_reminder'],
    sample: '۱۴۰۵/۰۹/۱۳',
  },
  {
    key: 'answer.summary',
    label: 'پاسخ شورا',
    kinds: ['board_referral'],
    sample: 'شورا طی نامهٔ شمارهٔ ۷۸۹ مورخ ۱۴۰۵/۰۹/۱۰ بر مصوبهٔ خود اصرار ورزید.',
  },
  {
    key: 'board.name',
    label: 'نام هیأت حل اختلاف',
    kinds: ['objection', 'board_referral'],
    sample: 'هیأت حل اختلاف استان کرمان',
  },

  { key: 'session.title', label: 'عنوان جلسهٔ هیأت', kinds: ['session_minutes'], sample: 'جلسهٔ شمارهٔ ۳ سال ۱۴۰۵' },
  { key: 'session.date', label: 'تاریخ جلسه', kinds: ['session_minutes'], sample: '۱۴۰۵/۰۸/۳۰' },
  { key: 'session.time', label: 'ساعت جلسه', kinds: ['session_minutes'], sample: '۱۰:۰۰' },
  { key: 'session.place', label: 'محل جلسه', kinds: ['session_minutes'], sample: 'سالن جلسات فرمانداری' },
  {
    key: 'session.summary',
    label: 'خلاصهٔ نتیجهٔ جلسه',
    kinds: ['session_minutes'],
    sample: '۴ مصوبه بررسی شد: ۳ عدم مغایرت، ۱ اعتراض.',
  },
  {
    key: 'session.attendance',
    label: 'حاضران',
    block: true,
    kinds: ['session_minutes'],
    sample: '<ul><li>محمد فرماندار — فرماندار و رئیس هیأت تطبیق</li></ul>',
  },
  { key: 'session.absent', label: 'غایبان', kinds: ['session_minutes'], sample: 'ندارد' },
  {
    key: 'session.items',
    label: 'جدول مصوبات بررسی‌شده',
    block: true,
    kinds: ['session_minutes'],
    sample:
      '<table><thead><tr><th>ردیف</th><th>شورا</th><th>شمارهٔ مصوبه</th><th>موضوع</th><th>نتیجه</th></tr></thead><tbody><tr><td>۱</td><td>شورای اسلامی شهر کرمان</td><td>۱۲۳/۴۵</td><td>عوارض پسماند</td><td>اعتراض</td></tr></tbody></table>',
  },
  {
    key: 'session.signatures',
    label: 'جدول امضای اعضای حاضر',
    block: true,
    kinds: ['session_minutes'],
    sample: '<table><tbody><tr><td>محمد فرماندار<br>فرماندار و رئیس هیأت تطبیق</td><td></td></tr></tbody></table>',
  },
];

const byKey = new Map(LETTER_FIELDS.map((f) => [f.key, f]));
export const fieldDef = (key: string) => byKey.get(key);

/** A field's value: text, and for block fields the HTML that shows it. */
export interface FieldValue {
  text: string;
  html?: string;
}
export type FieldValues = Readonly<Record<string, FieldValue>>;

const FIELD_RE = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)?)\s*\}\}/g;

/** The field names a template uses that the catalog does not know. */
export function unknownFields(template: string): string[] {
  const out = new Set<string>();
  for (const m of template.matchAll(FIELD_RE)) if (!byKey.has(m[1])) out.add(m[1]);
  return [...out];
}

/** A one-line template (recipient, subject…) filled as plain text. */
export function fillText(template: string, values: FieldValues): string {
  return template
    .replace(FIELD_RE, (_, key: string) => values[key]?.text ?? '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A body template (HTML) filled and sanitized: text values escaped, block values as built. */
export function fillHtml(template: string, values: FieldValues): string {
  const filled = template.replace(FIELD_RE, (_, key: string) => {
    const v = values[key];
    if (!v) return '';
    return v.html !== undefined ? v.html : textToHtml(v.text);
  });
  return sanitizeHtml(filled);
}

/** Sample values for the template editor's preview. */
export function sampleValues(): FieldValues {
  const out: Record<string, FieldValue> = {};
  for (const f of LETTER_FIELDS) out[f.key] = f.block ? { text: f.label, html: f.sample } : { text: f.sample };
  return out;
}

export { escapeHtml };
