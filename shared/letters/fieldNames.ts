// What people see of a template's fields: Persian names in brackets («[شمارهٔ مصوبه]») instead of
// the stored placeholders ({{resolution.number}}), and the same for the number pattern
// («[سال]/[پیشوند]/[ردیف]» for {year}/{prefix}/{serial}). Templates and settings stay stored as
// they were, so stored templates and issued letters render exactly as before; this is only the
// translation both ways, refusing a name it does not know with a Persian message.
import { LETTER_FIELDS } from './fields';
import type { NUMBERING_TOKENS } from './numbering';

export type Converted = { ok: true; text: string } | { ok: false; error: string };

/** Names compared as people type them: hamza, Arabic letters, joiners and spaces do not matter. */
export function nameKey(name: string): string {
  return name
    .replace(/\u0654/g, '')
    .replace(/\u200C|\u200D|\u200E|\u200F/g, '')
    .replace(/\u06C0/g, '\u0647')
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const STORED_FIELD = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)?)\s*\}\}/g;
const labelOf = new Map(LETTER_FIELDS.map((f) => [f.key, f.label]));
const keyOfName = new Map(LETTER_FIELDS.map((f) => [nameKey(f.label), f.key]));

/** {{resolution.number}} → [شمارهٔ مصوبه]; a placeholder the catalog does not know stays as it is. */
export function fieldsToNames(stored: string): string {
  return stored.replace(STORED_FIELD, (whole, key: string) => {
    const label = labelOf.get(key);
    return label ? `[${label}]` : whole;
  });
}

/**
 * [شماره مصوبه] → {{resolution.number}}. Refuses an unknown name, a bracket left open or closed
 * alone, a bracket inside a name, and a raw {{…}} placeholder typed by hand.
 */
export function namesToFields(text: string): Converted {
  return convert(
    text,
    (name) => keyOfName.get(nameKey(name)),
    (key) => `{{${key}}}`,
    'فیلد',
  );
}

// ---- the number pattern ----

const TOKEN_NAMES: Record<(typeof NUMBERING_TOKENS)[number], string> = {
  '{year}': 'سال',
  '{yy}': 'سال دورقمی',
  '{prefix}': 'پیشوند',
  '{serial}': 'ردیف',
};
const tokenOfName = new Map(Object.entries(TOKEN_NAMES).map(([token, name]) => [nameKey(name), token]));
/** also understood: the longer names people are likely to type */
tokenOfName.set(nameKey('شماره ردیف'), '{serial}');
tokenOfName.set(nameKey('شماره ترتیبی'), '{serial}');
tokenOfName.set(nameKey('سال دو رقمی'), '{yy}');

export const NUMBERING_NAMES = Object.values(TOKEN_NAMES);

/** {year}/{prefix}/{serial} → [سال]/[پیشوند]/[ردیف] */
export function patternToNames(pattern: string): string {
  return pattern.replace(
    /\{(year|yy|prefix|serial)\}/g,
    (token) => `[${TOKEN_NAMES[token as keyof typeof TOKEN_NAMES]}]`,
  );
}

/** [سال]/[پیشوند]/[ردیف] → {year}/{prefix}/{serial}, refusing what is not one of the four names. */
export function namesToPattern(text: string): Converted {
  return convert(
    text,
    (name) => tokenOfName.get(nameKey(name)),
    (token) => token,
    'جزء شماره',
  );
}

function convert(
  text: string,
  lookup: (name: string) => string | undefined,
  stored: (key: string) => string,
  what: string,
): Converted {
  if (/\{\{|\{(?:year|yy|prefix|serial)\}/.test(text)) {
    return { ok: false, error: `${what}ها را با نام فارسی در [ ] بنویسید یا از فهرست درج کنید، نه به شکل {…}.` };
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('[', i);
    const close = text.indexOf(']', i);
    if (open < 0) {
      if (close >= 0) return { ok: false, error: `«]» بی «[» آمده است: ${what}ها در [ ] نوشته می‌شوند.` };
      out += text.slice(i);
      break;
    }
    if (close >= 0 && close < open) return { ok: false, error: `«]» بی «[» آمده است: ${what}ها در [ ] نوشته می‌شوند.` };
    const end = text.indexOf(']', open + 1);
    const nested = text.indexOf('[', open + 1);
    if (end < 0 || (nested >= 0 && nested < end)) {
      return { ok: false, error: `«[» بسته نشده است: نام ${what} باید میان [ و ] باشد.` };
    }
    const name = text.slice(open + 1, end);
    const key = lookup(name);
    if (!key) {
      return {
        ok: false,
        error: name.trim()
          ? `${what} «${name.trim()}» شناخته نیست؛ آن را از فهرست ${what}ها درج کنید.`
          : `[ ] خالی است: نام ${what} را در آن بنویسید.`,
      };
    }
    out += text.slice(i, open) + stored(key);
    i = end + 1;
  }
  return { ok: true, text: out };
}
