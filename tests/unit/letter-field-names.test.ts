// The template editor's Persian field names and the number pattern's Persian parts: stored
// placeholders ({{resolution.number}}, {year}) shown as names in brackets and read back, with
// unknown or malformed names refused in Persian.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../src-main/core/letters/texts';
import { LETTER_FIELDS } from '../../shared/letters/fields';
import { fieldsToNames, nameKey, namesToFields, namesToPattern, patternToNames } from '../../shared/letters/fieldNames';

const PERSIAN = /[\u0600-\u06FF]/;

describe('template fields by their Persian names', () => {
  it('shows each stored placeholder as its Persian name and reads it back', () => {
    expect(fieldsToNames('<p>مصوبهٔ شمارهٔ {{resolution.number}} مورخ {{ resolution.approvalDate }}</p>')).toBe(
      '<p>مصوبهٔ شمارهٔ [شمارهٔ مصوبه] مورخ [تاریخ تصویب]</p>',
    );
    expect(namesToFields('<p>مصوبهٔ شمارهٔ [شمارهٔ مصوبه] مورخ [تاریخ تصویب]</p>')).toEqual({
      ok: true,
      text: '<p>مصوبهٔ شمارهٔ {{resolution.number}} مورخ {{resolution.approvalDate}}</p>',
    });
  });

  it('gives every field a name of its own, so each reads back to itself', () => {
    expect(new Set(LETTER_FIELDS.map((f) => nameKey(f.label))).size).toBe(LETTER_FIELDS.length);
    for (const f of LETTER_FIELDS) {
      expect(namesToFields(fieldsToNames(`{{${f.key}}}`))).toEqual({ ok: true, text: `{{${f.key}}}` });
    }
  });

  it('round-trips every default template to the very text stored', () => {
    for (const t of Object.values(DEFAULT_TEMPLATES)) {
      for (const part of [t.recipient, t.subject, t.salutation, t.body, t.closing, t.attachments, ...t.copies]) {
        const shown = fieldsToNames(part);
        expect(shown).not.toMatch(/\{\{/);
        expect(namesToFields(shown)).toEqual({ ok: true, text: part });
      }
    }
  });

  it('reads a name as people type it: without hamza, with Arabic letters, spaces or joiners', () => {
    expect(namesToFields('[شماره مصوبه]')).toEqual({ ok: true, text: '{{resolution.number}}' });
    expect(namesToFields('[ شمارهٔ  مصوبه ]')).toEqual({ ok: true, text: '{{resolution.number}}' });
    expect(namesToFields('[نام شورا]، [موضوع مصوبه]')).toEqual({
      ok: true,
      text: '{{council.name}}، {{resolution.title}}',
    });
    expect(namesToFields('[نام امضاكننده]')).toEqual({ ok: true, text: '{{signatory.name}}' });
  });

  it('refuses unknown and malformed names with a Persian message', () => {
    const refused = (text: string) => {
      const r = namesToFields(text);
      expect(r.ok, text).toBe(false);
      const error = r.ok ? '' : r.error;
      expect(error).toMatch(PERSIAN);
      return error;
    };
    expect(refused('مورخ [رنگ مصوبه]')).toContain('«رنگ مصوبه» شناخته نیست');
    expect(refused('[شمارهٔ مصوبه')).toContain('بسته نشده');
    expect(refused('[[شمارهٔ مصوبه]]')).toContain('بسته نشده');
    expect(refused('شمارهٔ مصوبه]')).toContain('«]» بی «[»');
    expect(refused('[]')).toContain('خالی');
    expect(refused('{{resolution.number}}')).toContain('نام فارسی');
  });

  it('leaves a stored placeholder the catalog does not know as it is, for the core to name', () => {
    expect(fieldsToNames('{{resolution.colour}}')).toBe('{{resolution.colour}}');
  });
});

describe('the number pattern by its Persian parts', () => {
  it('shows and reads back the four parts', () => {
    expect(patternToNames('{year}/{prefix}/{serial}')).toBe('[سال]/[پیشوند]/[ردیف]');
    expect(patternToNames('{prefix}-{yy}-{serial}')).toBe('[پیشوند]-[سال دورقمی]-[ردیف]');
    for (const p of ['{year}/{prefix}/{serial}', '{prefix}-{yy}-{serial}', '{serial}']) {
      expect(namesToPattern(patternToNames(p))).toEqual({ ok: true, text: p });
    }
    expect(namesToPattern('[سال]/[شماره ترتیبی]')).toEqual({ ok: true, text: '{year}/{serial}' });
  });

  it('refuses a part it does not know, an open bracket, or a raw {token}', () => {
    for (const [text, says] of [
      ['[سال]/[ماه]/[ردیف]', '«ماه» شناخته نیست'],
      ['[سال/[ردیف]', 'بسته نشده'],
      ['{year}/[ردیف]', 'نام فارسی'],
    ] as const) {
      const r = namesToPattern(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(says);
    }
  });
});
