// Issue 11: the register sorts council names in Persian alphabetical order and numbers as numbers.
import { describe, expect, it } from 'vitest';
import { sortKey } from '../../shared/text/sortKey';

/** How SQLite's BINARY collation compares TEXT: UTF-8 bytes, i.e. code points. */
const binary = (a: string, b: string) => {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
};
const sorted = (values: string[]) => [...values].sort((a, b) => binary(sortKey(a), sortKey(b)));

describe('sortKey', () => {
  it('orders the Persian alphabet, not character codes', () => {
    const letters = [...'آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'];
    const shuffled = [...letters].reverse();
    expect(sorted(shuffled)).toEqual(letters);
    expect(sorted(['یزد', 'گلپایگان', 'کرمان', 'پاریز', 'بافت', 'چترود', 'ژیان', 'آباده', 'اختیارآباد'])).toEqual([
      'آباده',
      'اختیارآباد',
      'بافت',
      'پاریز',
      'چترود',
      'ژیان',
      'کرمان',
      'گلپایگان',
      'یزد',
    ]);
  });

  it('gives Arabic and Persian spellings of ی and ک the same key', () => {
    expect(sortKey('كرماني')).toBe(sortKey('کرمانی'));
    expect(sorted(['كرمان', 'زرند', 'گلباف'])).toEqual(['زرند', 'كرمان', 'گلباف']);
  });

  it('orders numbers by value in either digit set', () => {
    expect(sorted(['۱۰۱', '12', '۴', '1000', '۰۰۷'])).toEqual(['۴', '۰۰۷', '12', '۱۰۱', '1000']);
    expect(sorted(['۱۲/۴۵', '۱۲/۵', '۹/۹۹', '۱۲۰/۱'])).toEqual(['۹/۹۹', '۱۲/۵', '۱۲/۴۵', '۱۲۰/۱']);
    expect(sorted(['۱۴۰۵/۱۰', '۱۴۰۵/۹', '۱۴۰۴/۳۰۰'])).toEqual(['۱۴۰۴/۳۰۰', '۱۴۰۵/۹', '۱۴۰۵/۱۰']);
  });

  it('puts a shorter name before its longer form, and words apart from their letters', () => {
    expect(sorted(['کرمانشاه', 'کرمان', 'کرمان شرقی'])).toEqual(['کرمان', 'کرمان شرقی', 'کرمانشاه']);
  });
});
