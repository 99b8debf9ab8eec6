// Persian text normalization for storage, display and search (DOMAIN.md "Persian text and dates",
// DESIGN.md §4). Pure functions; no I/O.

const ZWNJ = '\u200C';

// Arabic code points that Arabic keyboards and older software produce for Persian letters.
const ARABIC_KAF = /\u0643/g;
const ARABIC_YEH = /[\u064A\u0649]/g;

// Horizontal whitespace only: newlines carry meaning in multi-line fields (letters, notes).
// NBSP and the other Unicode space separators arrive via copy-paste from Word and PDFs.
const HSPACE_RUN = /[ \t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

// What no stored text may carry, typed or pasted:
// - C0 and C1 control characters (NUL, escape, the C1 block…; tab, newline and the other
//   whitespace controls are turned into spaces and newlines above, NEL into a newline): invisible,
//   and a NUL makes PostgreSQL refuse the whole text (a NUL in a letter number prefix once made
//   the ministry server fail a whole batch);
// - the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): each opens a
//   direction that runs past the end of the field into what the screen or a letter prints next,
//   and an override shows a different text than the one stored («Trojan Source», CVE-2021-42574).
//   The UI and letters set direction themselves; the marks RLM, LRM and ALM stay (they open nothing);
// - half of a surrogate pair: no character at all, and refused by UTF-8 and by PostgreSQL.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const UNSAFE_ONE = new RegExp(UNSAFE.source);

/** Whether `s` carries a character no stored text may (see UNSAFE). */
export function hasUnsafeCharacters(s: string): boolean {
  return UNSAFE_ONE.test(s);
}

/** `s` without the characters no stored text may carry. */
export function stripUnsafe(s: string): string {
  return s.replace(UNSAFE, '');
}

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Normalization for STORAGE of user text. Digits are kept as typed. Idempotent. */
export function normalizePersian(s: string): string {
  return s
    .replace(ARABIC_KAF, 'ک')
    .replace(ARABIC_YEH, 'ی')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(UNSAFE, '')
    .replace(HSPACE_RUN, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** Like normalizePersian, for single-line fields (titles, names): newlines become spaces. */
export function normalizeLine(s: string): string {
  // Lines are already trimmed, so joining them cannot create double spaces.
  return normalizePersian(s).replace(/\n+/g, ' ');
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII; everything else untouched. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** ASCII digits → Persian digits (۰–۹). Arabic-Indic digits are also unified to Persian. */
export function toPersianDigits(s: string | number): string {
  return toAsciiDigits(String(s)).replace(/[0-9]/g, (c) => String.fromCharCode(PERSIAN_ZERO + c.charCodeAt(0) - 48));
}

// en-US gives a predictable shape ("-12,345.5") that we then map character by character;
// fa-IR output from ICU varies between versions (and uses U+2212 for minus).
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', {
  useGrouping: true,
  maximumFractionDigits: 20,
});

/** 12345 → «۱۲٬۳۴۵»; -1234.5 → «-۱٬۲۳۴٫۵». Non-finite numbers are returned as String(n). */
export function formatNumberFa(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const latin = NUMBER_FORMAT.format(n === 0 ? 0 : n); // avoid "-0"
  return toPersianDigits(latin.replace(/,/g, '\u066C').replace(/\./g, '\u066B'));
}

// Tatweel and Arabic harakat/Quranic marks: decoration, never meaning, for search.
// eslint-disable-next-line no-misleading-character-class -- lone marks are exactly the target
const TATWEEL_AND_MARKS = /[\u0640\u064B-\u065F\u0670\u0610-\u061A]/g;
// Zero-width and bidi controls (ZWJ, LRM/RLM, embeddings, isolates, BOM, ALM, soft hyphen);
// they are invisible, so a search must not depend on them. ZWNJ is handled separately.
// eslint-disable-next-line no-misleading-character-class -- lone ZWJ is exactly the target
const INVISIBLES = /[\u200B\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD]/g;

const LETTER_FOLDS: Record<string, string> = {
  '\u0643': 'ک', // ك
  '\u064A': 'ی', // ي
  '\u0649': 'ی', // ى
  '\u0623': 'ا', // أ
  '\u0625': 'ا', // إ
  '\u0622': 'ا', // آ
  '\u0671': 'ا', // ٱ
  '\u0629': 'ه', // ة
  '\u06C0': 'ه', // ۀ
  '\u06BE': 'ه', // ھ (Urdu-keyboard heh)
  '\u06C1': 'ه', // ہ
  '\u06D5': 'ه', // ە
  '\u0624': 'و', // ؤ
  '\u0626': 'ی', // ئ
  '\u0621': '', // ء
  '\u0674': '', // ٴ (high hamza)
};
// Anything outside ASCII, the Arabic block and the spaces/controls handled below.
// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: all of ASCII
const NEEDS_NFKD = /[^\u0000-\u007F\u0600-\u06FF\u00A0\u200B-\u200F\u2028-\u202F\u2066-\u2069\uFEFF]/;
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Full folding for matching and indexing: «كـــرمان», «كِرمان» and «کرمان» give the same key,
 * and «۱۲۳», «١٢٣» and «123» give «123». ZWNJ between letters is kept (callers decide).
 */
export function searchKey(s: string): string {
  let t = normalizePersian(s);
  // Presentation forms (common in text copied from PDFs) and fullwidth forms → base letters.
  // NFKD also splits آ/أ/ؤ/ۀ into letter + mark; the marks are removed just below.
  // Plain Persian and ASCII (nearly every stored text) has nothing to decompose: skip the cost.
  const exotic = NEEDS_NFKD.test(t);
  if (exotic) t = t.normalize('NFKD');
  t = t.replace(TATWEEL_AND_MARKS, '');
  t = t.replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c);
  // Recompose what is left (Latin accents) so the key stays in one canonical form.
  if (exotic) t = t.normalize('NFC');
  t = toAsciiDigits(t);
  // «۱۲٬۳۴۵» must match «12345»: the Arabic thousands separator only ever sits between digits.
  t = t.replace(/(?<=[0-9])\u066C(?=[0-9])/g, '');
  t = t.replace(INVISIBLES, '');
  t = t.toLowerCase();
  t = t.replace(/\s+/g, ' ');
  // A ZWNJ only means something between two non-space characters: drop it next to a space.
  t = t.replace(/[ \u200C]+/g, (m) => (m.includes(' ') ? ' ' : ZWNJ));
  return t.replace(/^[ \u200C]+|[ \u200C]+$/g, '');
}

// A "word" for ZWNJ purposes: letters, digits and marks glued together, possibly with ZWNJ.
const WORD_WITH_ZWNJ = /[\p{L}\p{N}\p{M}]+(?:\u200C[\p{L}\p{N}\p{M}]+)+/gu;

/**
 * Text for an SQLite FTS5 (unicode61) index. ZWNJ becomes a separator, and every ZWNJ word is
 * also added in joined form, so «می‌شود» is indexed as «می», «شود» and «میشود»: the query side
 * removes ZWNJ, so «می‌شود», «میشود» and «می شود» all find it.
 */
export function ftsDocument(...parts: (string | null | undefined)[]): string {
  const key = searchKey(parts.filter((p): p is string => typeof p === 'string').join('\n'));
  const joined = new Set<string>();
  for (const m of key.matchAll(WORD_WITH_ZWNJ)) joined.add(m[0].replaceAll(ZWNJ, ''));
  const spaced = key.replaceAll(ZWNJ, ' ');
  return joined.size === 0 ? spaced : `${spaced} ${[...joined].join(' ')}`;
}

/** Splits a query into the tokens FTS5 will look for (searchKey, ZWNJ joined). */
export function queryTokens(q: string): string[] {
  return searchKey(q)
    .replaceAll(ZWNJ, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * A safe FTS5 MATCH expression: every token quoted (so AND/OR/NEAR/*, quotes and parentheses
 * are plain text) and prefix-matched, implicitly ANDed. Null when nothing searchable remains.
 */
export function ftsQuery(q: string): string | null {
  const tokens = queryTokens(q);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');
}

/** `%key%` for `LIKE ? ESCAPE '\'`; the escape character itself is escaped too. */
export function likePattern(q: string): string {
  return `%${searchKey(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True if the text still contains Arabic ك, ي or ى (i.e. was not normalized). */
export function containsArabicLetters(s: string): boolean {
  return /[\u0643\u064A\u0649]/.test(s);
}
