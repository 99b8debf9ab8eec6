// Issue 4: the pure parts of letters — the body sanitizer, the register's number format, the QR
// payload, and the invisible marks that keep extracted text in reading order.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, htmlToText, splitLastBlock } from '../../shared/letters/html';
import { fillHtml, fillText, unknownFields } from '../../shared/letters/fields';
import { formatLetterNumber, letterNumberKey, numberingPatternProblem } from '../../shared/letters/numbering';
import { parseQrPayload, qrPayloadText } from '../../shared/letters/qr';
import { markHtml, markText, persianDigits } from '../../src-main/core/letters/bidi';
import { fixReversedActualText } from '../../src-main/core/letters/pdfpost';

describe('the body sanitizer', () => {
  it('keeps the elements a letter needs, without attributes, and drops the rest', () => {
    expect(sanitizeHtml('<p style="color:red" onclick="x()">متن <b>پررنگ</b></p>')).toBe('<p>متن <b>پررنگ</b></p>');
    expect(sanitizeHtml('<p>a<script>alert(1)</script>b</p><img src=x onerror=alert(1)>')).toBe('<p>ab</p>');
    expect(sanitizeHtml('<style>p{}</style><iframe src="x">y</iframe><p>z')).toBe('<p>z</p>');
    expect(sanitizeHtml('<ul><li>یک<li>دو</ul>')).toBe('<ul><li>یک<li>دو</li></li></ul>');
    // a block's alignment is kept, in one fixed form, and nothing else of its style
    expect(sanitizeHtml('<p style="color:red; text-align: center;" onclick="x()">وسط</p>')).toBe(
      '<p style="text-align:center">وسط</p>',
    );
    expect(sanitizeHtml('<div align="left">چپ</div><b style="text-align:center">ب</b>')).toBe(
      '<div style="text-align:left">چپ</div><b>ب</b>',
    );
    expect(sanitizeHtml('<p style="text-align:center&quot; onload=&quot;x">ن</p>')).toBe(
      '<p style="text-align:center">ن</p>',
    );
    expect(sanitizeHtml('<p style="text-align: expression(x)">ن</p>')).toBe('<p>ن</p>');
    expect(sanitizeHtml('</p>a < b & c &amp; d<!-- x -->')).toBe('a &lt; b &amp; c &amp; d');
    expect(sanitizeHtml('<a href="javascript:x">link</a>')).toBe('link');
    expect(htmlToText('<p>یک</p><p>دو<br>سه</p>')).toBe('یک\nدو\nسه');
  });

  it('fills fields as escaped text and refuses names it does not know', () => {
    const values = { 'council.name': { text: 'شورای <x>' }, 'session.items': { text: '', html: '<table></table>' } };
    expect(fillHtml('<p>{{council.name}}</p>{{ session.items }}{{missing.one}}', values)).toBe(
      '<p>شورای &lt;x&gt;</p><table></table>',
    );
    expect(fillText('ریاست محترم  {{council.name}}', values)).toBe('ریاست محترم شورای <x>');
    expect(unknownFields('{{council.name}} {{resolution.colour}} {{x}}')).toEqual(['resolution.colour', 'x']);
  });
});

describe('the body’s ending, kept with the signature', () => {
  it('splits before the last block, or before the paragraph introducing a last table or list', () => {
    expect(splitLastBlock('<p>یک</p><p>دو</p>')).toEqual({ lead: '<p>یک</p>', last: '<p>دو</p>' });
    const table = '<table><tbody><tr><td>الف</td><td>امضا:</td></tr></tbody></table>';
    expect(splitLastBlock(`<p>یک</p><p><strong>امضا:</strong></p>\n${table}`)).toEqual({
      lead: '<p>یک</p>',
      last: `<p><strong>امضا:</strong></p>\n${table}`,
    });
    // nested blocks are not the body's own; inline text is never split from its line
    expect(splitLastBlock('<ul><li><p>الف</p></li></ul>')).toEqual({ lead: '', last: '<ul><li><p>الف</p></li></ul>' });
    expect(splitLastBlock('متن <b>پررنگ</b> بی‌بند')).toEqual({ lead: '', last: 'متن <b>پررنگ</b> بی‌بند' });
    expect(splitLastBlock('متن<p>بند</p>')).toEqual({ lead: 'متن', last: '<p>بند</p>' });
  });
});

describe('the register’s numbers', () => {
  it('formats the office’s pattern and refuses one that cannot number letters', () => {
    expect(formatLetterNumber({ pattern: '{year}/{prefix}/{serial}', prefix: 'ت', pad: 0 }, 1405, 123)).toBe(
      '1405/ت/123',
    );
    expect(formatLetterNumber({ pattern: '{prefix}/{serial}-{yy}', prefix: '۳', pad: 4 }, 1406, 7)).toBe('3/0007-06');
    expect(numberingPatternProblem('{year}/{prefix}', 'ت')).toContain('[ردیف]');
    expect(numberingPatternProblem('{year}/{month}/{serial}', 'ت')).toContain('فقط');
    expect(numberingPatternProblem('{serial}', 'a|b')).toContain('|');
    expect(numberingPatternProblem('12/{serial}', '')).toContain('رقم ثابت');
    expect(letterNumberKey(' ۱۴۰۵ / ت / ۱۲۳ ')).toBe('1405/ت/123');
  });

  it('puts number, date and content hash in the QR text and reads them back', () => {
    const p = { officeCode: '0801', number: '1405/ت/12', jalaliDate: '1405/09/02', contentHash: 'ab'.repeat(32) };
    expect(parseQrPayload(qrPayloadText(p))).toEqual(p);
    expect(parseQrPayload('TATBIQ-LETTER|v1|0801|1405/ت/12|1405/9/2|' + 'ab'.repeat(32))).toBeNull();
    expect(parseQrPayload('TATBIQ-LETTER|v2|0801|1|1405/09/02|' + 'ab'.repeat(32))).toBeNull();
    expect(parseQrPayload('https://example.com')).toBeNull();
  });
});

describe('text for extraction', () => {
  const strip = (s: string) => s.replace(/\u200F/g, '');
  it('prints Persian digits except where glued to a Latin word', () => {
    expect(persianDigits('بند 2 و A4 و IN-12 و VAT50 و 1405/09/02')).toBe('بند ۲ و A4 و IN-12 و VAT50 و ۱۴۰۵/۰۹/۰۲');
  });
  it('adds only invisible marks, and none inside numbers or dates', () => {
    for (const s of ['(جلسهٔ ۴۵)', 'مادهٔ ۷۱، بند ۱۶', '۱۴۰۵/ت/۱۲۳', 'قانون VAT (مادهٔ ۵۰)', 'شماره: ۱۲']) {
      expect(strip(markText(s))).toBe(s);
      expect(markText(s)).not.toBe(s);
    }
    for (const s of ['۱۴۰۵/۰۹/۰۲', '۱۲٬۳۴۵', 'IN-12', '2.4', '۲۰٪']) expect(markText(s)).toBe(s);
    expect(markHtml('<style>a:b(1)</style><p title="x">(۴۵)</p>')).toBe(
      '<style>a:b(1)</style><p title="x">(\u200F۴۵\u200F)</p>',
    );
  });
  it('reverses multi-character ActualText only inside reversed-chars spans', () => {
    const rtl = '/ReversedChars BMC /Span<</ActualText <FEFF06440627> >> BDC <0515> Tj EMC EMC';
    expect(fixReversedActualText(rtl)).toBe(rtl.replace('FEFF06440627', 'FEFF06270644'));
    expect(fixReversedActualText('/Span<</ActualText <FEFF00660069> >> BDC <0001> Tj EMC')).toBeNull();
  });
});
