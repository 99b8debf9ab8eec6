// Two things done to the text of a letter as it is laid out (never to what is stored):
//
// Persian digits (DOMAIN.md: letters show numbers in Persian digits), except in a run glued to a
// Latin word («A4», «IN-12», «VAT50»), which keeps the digits it was typed with.
//
// Invisible right-to-left marks (U+200F) around the punctuation that borders a number or a Latin
// word in Persian text. They change nothing on the page — in a right-to-left paragraph such
// punctuation already takes the paragraph's direction — but text extractors that rebuild reading
// order from glyph positions (pdftotext, pdf.js) otherwise glue a «)», «،» or «/» to the
// neighbouring number: «(جلسهٔ ۴۵)» came back as «(جلسهٔ )۴۵» and «۱۴۰۵/ت/۱۲۳» as «/۱۴۰۵ت۱۲۳/».
// Only text between tags is touched; <style> and inline <svg> are left alone.

/** Left-to-right characters: digits (any script), Latin letters and the signs that stay with a number. */
const LTR = '0-9\u06F0-\u06F9\u0660-\u0669A-Za-z%\u066A\u2030\u00B0';
const ARABIC_SCRIPT = '\u0600-\u065F\u066E-\u06D3\u06D5-\u06EF\u06FA-\u06FF';
/** Neutral punctuation: not a letter, digit, mark, space, joiner, or a number's own separator. */
const P = `[^${LTR}\\s\\p{L}\\p{M}\\p{N}\u200C\u200D\u200F\u066B\u066C]`;
const RLM = '\u200F';

/* eslint-disable no-misleading-character-class -- P lists lone joiners (ZWNJ, ZWJ) on purpose */
const RULES: [RegExp, string][] = [
  // «۴۵)» «۷۱،» «۱۴۰۵/ت»: punctuation after an LTR run that does not continue it
  [new RegExp(`([${LTR}])(${P})(?![${LTR}])`, 'gu'), `$1${RLM}$2`],
  // «/۱۲۳» ««۱۲۳» «(VAT»: punctuation before an LTR run that does not continue one
  [new RegExp(`(?<![${LTR}])(${P})([${LTR}])`, 'gu'), `$1${RLM}$2`],
  // «بند ۲: …» is fine; «…ت: 12» needs the mark after the punctuation
  [new RegExp(`(?<=[${ARABIC_SCRIPT}])(${P})(?=\\s+[${LTR}])`, 'gu'), `$1${RLM}`],
  // «VAT (ماده»: punctuation after a space that follows an LTR run
  [new RegExp(`(?<=[${LTR}]\\s+)(${P})(?=[${ARABIC_SCRIPT}])`, 'gu'), `${RLM}$1`],
];
/* eslint-enable no-misleading-character-class */

const ASCII_RUN = /(?<![0-9A-Za-z])(?<![A-Za-z][-_./])[0-9]+(?![0-9])(?![-_./]?[A-Za-z])/g;

export function persianDigits(s: string): string {
  return s.replace(ASCII_RUN, (run) =>
    run.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + d.charCodeAt(0) - 48)),
  );
}

export function markText(s: string): string {
  return RULES.reduce((acc, [re, to]) => acc.replace(re, to), s);
}

/** persianDigits and markText on every text node of an HTML page (entities are left whole). */
export function markHtml(html: string): string {
  let skip: string | null = null;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const m = /^<(\/?)(style|svg)\b/i.exec(part);
        if (m) skip = m[1] ? null : m[2].toLowerCase();
        return part;
      }
      if (skip) return part;
      // entities (&amp; &#39;) hold ';' and '#', which must not be split by a mark
      return part
        .split(/(&[a-zA-Z0-9#]+;)/)
        .map((x) => (x.startsWith('&') && x.endsWith(';') ? x : markText(persianDigits(x))))
        .join('');
    })
    .join('');
}
