import { describe, it, expect } from 'vitest';
import { councilDisplayName, parseCouncilKind } from '../../shared/domain/councils';
import {
  containsArabicLetters,
  formatNumberFa,
  ftsDocument,
  ftsQuery,
  likePattern,
  normalizeLine,
  normalizePersian,
  searchKey,
  toAsciiDigits,
  toPersianDigits,
} from '../../shared/text/persian';

const ZWNJ = '\u200C';
const ARABIC_KAF = '\u0643'; // ك
const ARABIC_YEH = '\u064A'; // ي
const ALEF_MAKSURA = '\u0649'; // ى

describe('normalizePersian', () => {
  it('maps Arabic ك, ي and ى to Persian ک and ی', () => {
    const s = normalizePersian(`${ARABIC_KAF}رمان ${ARABIC_YEH}زد مصطف${ALEF_MAKSURA}`);
    expect(s).toBe('کرمان یزد مصطفی');
    expect(containsArabicLetters(s)).toBe(false);
  });

  it('keeps digits as typed', () => {
    expect(normalizePersian('۱۲۳ ١٢٣ 123')).toBe('۱۲۳ ١٢٣ 123');
  });

  it('collapses spaces and tabs but keeps newlines; trims every line', () => {
    expect(normalizePersian('  سلام \t\t دنیا  \r\n   خط دوم\t\r\n\r\nخط  چهارم  ')).toBe(
      'سلام دنیا\nخط دوم\n\nخط چهارم',
    );
  });

  it('treats NBSP as a space and lone CR as a newline', () => {
    expect(normalizePersian('الف\u00A0\u00A0ب\rج')).toBe('الف ب\nج');
  });

  it('keeps ZWNJ inside words', () => {
    expect(normalizePersian(`می${ZWNJ}شود`)).toBe(`می${ZWNJ}شود`);
  });

  it('is idempotent', () => {
    const samples = [
      `  ${ARABIC_KAF}ار ${ARABIC_YEH}\t\r\n  \n x  `,
      '\r\n\r\n  a \r b  ',
      `شورا${ZWNJ} ی  ${ALEF_MAKSURA}`,
    ];
    for (const s of samples) {
      const once = normalizePersian(s);
      expect(normalizePersian(once)).toBe(once);
    }
  });
});

describe('normalizeLine', () => {
  it('turns newlines into single spaces and normalizes letters', () => {
    expect(normalizeLine(` ${ARABIC_YEH}ك \r\n\r\n  دو  \n سه `)).toBe('یک دو سه');
  });
});

describe('digits', () => {
  it('toAsciiDigits converts Persian and Arabic-Indic digits, nothing else', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('abc 42 كي ۱٫۵')).toBe('abc 42 كي 1٫5');
  });

  it('toPersianDigits converts ASCII digits in strings and numbers', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits(1405)).toBe('۱۴۰۵');
    expect(toPersianDigits('شماره 12/ب')).toBe('شماره ۱۲/ب');
  });

  it('formatNumberFa groups thousands with ٬ and uses ٫ for decimals', () => {
    expect(formatNumberFa(12345)).toBe('۱۲٬۳۴۵');
    expect(formatNumberFa(0)).toBe('۰');
    expect(formatNumberFa(-0)).toBe('۰');
    expect(formatNumberFa(999)).toBe('۹۹۹');
    expect(formatNumberFa(1000)).toBe('۱٬۰۰۰');
    expect(formatNumberFa(1234567)).toBe('۱٬۲۳۴٬۵۶۷');
    expect(formatNumberFa(-1234.5)).toBe('-۱٬۲۳۴٫۵');
    expect(formatNumberFa(0.25)).toBe('۰٫۲۵');
  });
});

describe('searchKey', () => {
  it('folds ك ي ى', () => {
    expect(searchKey(`${ARABIC_KAF}ر${ARABIC_YEH}م`)).toBe('کریم');
    expect(searchKey(`مصطف${ALEF_MAKSURA}`)).toBe('مصطفی');
  });

  it('removes tatweel and diacritics', () => {
    expect(searchKey('كـــرمان')).toBe('کرمان');
    expect(searchKey('كِرمان')).toBe('کرمان');
    expect(searchKey('مُصَوَّبَه')).toBe('مصوبه');
    expect(searchKey('رحمٰن')).toBe('رحمن');
  });

  it('folds all three digit sets to ASCII', () => {
    expect(searchKey('۱۲۳')).toBe('123');
    expect(searchKey('١٢٣')).toBe('123');
    expect(searchKey('123')).toBe('123');
  });

  it('drops the Persian thousands separator between digits', () => {
    expect(searchKey('۱۲٬۳۴۵ ریال')).toBe('12345 ریال');
  });

  it('folds hamza and alef variants', () => {
    expect(searchKey('أحمد إمام آب ٱلله')).toBe('احمد امام اب الله');
    expect(searchKey('مدرسة خانۀ مؤسسه مسئله جزء')).toBe('مدرسه خانه موسسه مسیله جز');
    expect(searchKey('رأی')).toBe(searchKey('رای'));
  });

  it('folds Arabic presentation forms (text copied from PDFs)', () => {
    expect(searchKey('ﻛﺮﻣﺎن')).toBe('کرمان');
  });

  it('lowercases Latin', () => {
    expect(searchKey('Tehran ABC')).toBe('tehran abc');
  });

  it('keeps ZWNJ between letters, drops it next to spaces and at the ends', () => {
    expect(searchKey(`می${ZWNJ}شود`)).toBe(`می${ZWNJ}شود`);
    expect(searchKey(`می${ZWNJ}${ZWNJ}شود`)).toBe(`می${ZWNJ}شود`);
    expect(searchKey(`${ZWNJ}کتاب${ZWNJ} ${ZWNJ}ها${ZWNJ}`)).toBe('کتاب ها');
  });

  it('removes other zero-width and bidi controls', () => {
    const controls = [
      '\u200B',
      '\u200D',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\uFEFF',
    ];
    for (const c of controls) expect(searchKey(`کر${c}مان`)).toBe('کرمان');
  });

  it('collapses all whitespace, newlines included', () => {
    expect(searchKey('  الف \n\n\t ب  ')).toBe('الف ب');
  });

  it('is idempotent', () => {
    for (const s of ['كـــرمان ۱۲٬۳۴۵', `أ ${ZWNJ}ب${ZWNJ}ج \u200F د`, 'Résumé İ ﻛﺮ']) {
      expect(searchKey(searchKey(s))).toBe(searchKey(s));
    }
  });
});

describe('ftsDocument', () => {
  it('indexes a ZWNJ word as its parts and its joined form', () => {
    const doc = ftsDocument(`این کار می${ZWNJ}شود`);
    const tokens = doc.split(' ');
    expect(tokens).toContain('می');
    expect(tokens).toContain('شود');
    expect(tokens).toContain('میشود');
    expect(doc).not.toContain(ZWNJ);
  });

  it('appends each joined form once', () => {
    const doc = ftsDocument(`می${ZWNJ}شود و می${ZWNJ}شود`, `نمی${ZWNJ}شود`);
    expect(doc.split(' ').filter((t) => t === 'میشود')).toHaveLength(1);
    expect(doc.split(' ')).toContain('نمیشود');
  });

  it('joins parts, skips null/undefined, and folds like searchKey', () => {
    const doc = ftsDocument('شورای شهر كرمان', null, undefined, '۱۲۳');
    expect(doc).toBe('شورای شهر کرمان 123');
  });

  it('leaves text without ZWNJ as its search key', () => {
    expect(ftsDocument('كِتاب')).toBe('کتاب');
    expect(ftsDocument()).toBe('');
  });
});

describe('ftsQuery', () => {
  it('quotes each token and prefix-matches it', () => {
    expect(ftsQuery('کرمان')).toBe('"کرمان"*');
    expect(ftsQuery('شورای  شهر')).toBe('"شورای"* "شهر"*');
  });

  it('normalizes like the index: ك, digits, tatweel', () => {
    expect(ftsQuery('كـرمان ۱۲۳')).toBe('"کرمان"* "123"*');
    expect(ftsQuery('١٢٣')).toBe('"123"*');
  });

  it('joins ZWNJ words so they meet the joined form in the index', () => {
    expect(ftsQuery(`می${ZWNJ}شود`)).toBe('"میشود"*');
    expect(ftsQuery('میشود')).toBe('"میشود"*');
    expect(ftsQuery('می شود')).toBe('"می"* "شود"*');
  });

  it('splits on punctuation', () => {
    expect(ftsQuery('شماره:۱۲/۳-ب')).toBe('"شماره"* "12"* "3"* "ب"*');
  });

  it('returns null when nothing searchable remains', () => {
    for (const q of ['', '   ', '"', '*', '(', ')', '-', ':', '""', ZWNJ, '\u200F', '؟!،']) {
      expect(ftsQuery(q)).toBeNull();
    }
  });

  it('never lets FTS5 syntax through', () => {
    const nasty = [
      '"',
      '*',
      'AND',
      'OR',
      'NOT',
      '(',
      ')',
      'NEAR',
      'NEAR(a b, 2)',
      '-',
      ':',
      'body:x',
      '^a',
      '"a" OR "b"',
      'a AND',
      '{a b}',
      '+',
      '\\',
      "'",
      '*a*',
      'x" OR 1=1 --',
      'a\u0000b',
      "'); DROP",
      'a"b',
      '""""',
      'col : "x" *',
      'کرمان"*',
      'a_b%c',
    ];
    const safe = /^"[\p{L}\p{N}]+"\*(?: "[\p{L}\p{N}]+"\*)*$/u;
    for (const q of nasty) {
      const m = ftsQuery(q);
      if (m !== null) expect(m).toMatch(safe);
    }
    expect(ftsQuery('AND')).toBe('"and"*');
    expect(ftsQuery('NEAR(a b)')).toBe('"near"* "a"* "b"*');
    expect(ftsQuery('a"b')).toBe('"a"* "b"*');
  });
});

describe('likePattern', () => {
  it('wraps the search key in % and escapes %, _ and the escape character', () => {
    expect(likePattern('كرمان')).toBe('%کرمان%');
    expect(likePattern('50%_x')).toBe('%50\\%\\_x%');
    expect(likePattern('a\\')).toBe('%a\\\\%');
    expect(likePattern('۱۲۳')).toBe('%123%');
  });
});

describe('containsArabicLetters', () => {
  it('detects each of ك ي ى and nothing else', () => {
    expect(containsArabicLetters(ARABIC_KAF)).toBe(true);
    expect(containsArabicLetters(ARABIC_YEH)).toBe(true);
    expect(containsArabicLetters(ALEF_MAKSURA)).toBe(true);
    expect(containsArabicLetters('کرمان یزد ۱۲۳ abc')).toBe(false);
  });
});

describe('council display names', () => {
  it('puts the ezafe after «روستا» and nowhere it is not spoken', () => {
    expect(councilDisplayName({ kind: 'village', name: 'اختیارآباد' })).toBe('شورای اسلامی روستای اختیارآباد');
    expect(councilDisplayName({ kind: 'city', name: 'کرمان' })).toBe('شورای اسلامی شهر کرمان');
    expect(councilDisplayName({ kind: 'district', name: 'مرکزی' })).toBe('شورای اسلامی بخش مرکزی');
    // the kind alone (filters, import files) keeps its dictionary form
    expect(parseCouncilKind('روستا')).toBe('village');
  });
});
