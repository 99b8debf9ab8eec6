// Sort keys for SQL ORDER BY (issue 11): SQLite compares TEXT byte by byte, i.e. by code point,
// which puts «پ چ ژ گ» after «ی» and «۱۰۱» before «۴». A key maps each letter to its place in
// the Persian alphabet and each run of digits to its length then its digits, so a plain BINARY
// comparison of keys is Persian alphabetical order with numbers as numbers. Spellings that
// searchKey treats as the same (ي/ی, ك/ک, either digit set, tatweel, harakat) give the same key.
import { searchKey } from './persian';

/** «آ» is kept apart from «ا» (searchKey folds them together) by this private-use stand-in. */
const ALEF_MADDA = '\uE000';
const ALPHABET = `${ALEF_MADDA}ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی`;
const RANK = new Map([...ALPHABET].map((c, i) => [c, i]));
// Persian letters sort after digits and Latin letters, from U+0100 on (two bytes in UTF-8).
const LETTER_BASE = 0x100;
// A digit run is written as one length character (after the separator, before Latin letters)
// then its digits without leading zeros: a longer number is a larger one.
const RUN_BASE = 0x21;
const MAX_RUN = 0x60 - RUN_BASE - 1;
const TOKEN = /[0-9]+|[^\s\u200C\p{P}\p{S}]|[\s\u200C\p{P}\p{S}]+/gu;

/** The key that orders `s` alphabetically in Persian, numbers by value (see above). */
export function sortKey(s: string): string {
  const folded = searchKey(s.replace(/\u0622/g, ALEF_MADDA));
  let key = '';
  for (const [token] of folded.matchAll(TOKEN)) {
    if (/^[0-9]/.test(token)) {
      const digits = token.replace(/^0+(?=\d)/, '');
      key += String.fromCharCode(RUN_BASE + Math.min(digits.length, MAX_RUN)) + digits;
    } else if (/^[\s\u200C\p{P}\p{S}]/u.test(token)) {
      key += ' ';
    } else {
      const rank = RANK.get(token);
      key += rank === undefined ? token : String.fromCharCode(LETTER_BASE + rank);
    }
  }
  return key.trim();
}
