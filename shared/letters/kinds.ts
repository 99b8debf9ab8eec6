// Letter kinds and register states (DESIGN.md §5). Codes are stored and synced; labels are UI and
// letter text.
export const LETTER_KINDS = [
  { code: 'objection', label: 'اعتراض و درخواست تجدیدنظر' },
  { code: 'compliance_notice', label: 'اعلام عدم مغایرت' },
  { code: 'board_referral', label: 'ارجاع به هیأت حل اختلاف' },
  { code: 'council_reminder', label: 'یادآوری به شورا' },
  { code: 'session_minutes', label: 'صورتجلسهٔ هیأت' },
  { code: 'free', label: 'نامهٔ آزاد' },
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number]['code'];
export const LETTER_KIND_CODES = LETTER_KINDS.map((k) => k.code) as [LetterKind, ...LetterKind[]];

export const LETTER_STATUSES = [
  { code: 'draft', label: 'پیش‌نویس' },
  { code: 'issued', label: 'صادرشده' },
  { code: 'voided', label: 'باطل‌شده' },
] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number]['code'];
export const LETTER_STATUS_CODES = LETTER_STATUSES.map((s) => s.code) as [LetterStatus, ...LetterStatus[]];

const kindLabels = new Map<string, string>(LETTER_KINDS.map((k) => [k.code, k.label]));
const statusLabels = new Map<string, string>(LETTER_STATUSES.map((s) => [s.code, s.label]));
export const letterKindLabel = (code: string) => kindLabels.get(code) ?? code;
export const letterStatusLabel = (code: string) => statusLabels.get(code) ?? code;

/** What a letter of each kind is written about: a resolution, a panel session, a council, or nothing. */
export const KIND_SUBJECT: Readonly<Record<LetterKind, 'resolution' | 'session' | 'council' | 'none'>> = {
  objection: 'resolution',
  compliance_notice: 'resolution',
  board_referral: 'resolution',
  council_reminder: 'council',
  session_minutes: 'session',
  free: 'none',
};

/**
 * The resolution states in which a letter of the kind may be issued (DESIGN.md §2): the objection
 * letter only after an objection ruling and before it is sent, the notice only after a
 * no-conflict ruling, the referral once the council insisted or stayed silent. A reminder about
 * a resolution is for a council that holds it for reconsideration.
 */
export const KIND_ALLOWED_STATUSES: Readonly<Partial<Record<LetterKind, readonly string[]>>> = {
  objection: ['objected'],
  compliance_notice: ['compliant'],
  board_referral: ['with_council', 'referred'],
  council_reminder: ['with_council'],
};
