// A small allow-list HTML sanitizer for letter bodies and templates (pure; no DOM). Letters are
// rendered by Chromium with scripts off and previewed in a sandboxed frame; this keeps what
// people type to the few elements a letter needs, with no attributes but one: a block's
// alignment, rewritten to the one fixed form style="text-align:…".

const ALLOWED = new Set([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ol',
  'ul',
  'li',
  'blockquote',
  'h3',
  'h4',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'div',
  'span',
  'sup',
  'sub',
  // a number («۱۴۰۵/ت/۱۰۱») kept on one line
  'nobr',
]);
const VOID = new Set(['br']);
const ALIGNABLE = new Set(['p', 'div', 'h3', 'h4', 'li', 'blockquote']);
const ALIGN = /(?:\bstyle\s*=\s*["'][^"']*?\btext-align\s*:\s*|\balign\s*=\s*["']?)(right|left|center|justify)\b/i;

/** A block's opening tag: its alignment kept (from style or the old align=), nothing else. */
function openTag(name: string, tag: string): string {
  const align = ALIGNABLE.has(name) ? ALIGN.exec(tag)?.[1]?.toLowerCase() : undefined;
  return align ? `<${name} style="text-align:${align}">` : `<${name}>`;
}
// Elements whose content is dropped with them, not kept as text.
const DROP_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text with newlines as <br> (for a field's value inside a paragraph). */
export function textToHtml(s: string): string {
  return escapeHtml(s).replace(/\n/g, '<br>');
}

const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;

function cleanText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '&') {
      const m = ENTITY.exec(s.slice(i, i + 40));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
      } else out += '&amp;';
    } else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else out += c;
  }
  return out;
}

/** Keeps allowed elements (without attributes), drops the rest, and closes what is left open. */
export function sanitizeHtml(input: string): string {
  let out = '';
  const open: string[] = [];
  let dropping: string | null = null;
  const tagRe = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;
  let last = 0;
  for (let m = tagRe.exec(input); m; m = tagRe.exec(input)) {
    if (!dropping) out += cleanText(input.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[0][1] === '/';
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROP_CONTENT.has(name)) {
      if (!closing && !m[0].endsWith('/>')) dropping = name;
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (VOID.has(name)) {
      if (!closing) out += `<${name}>`;
      continue;
    }
    if (!closing) {
      open.push(name);
      out += openTag(name, m[0]);
      continue;
    }
    const at = open.lastIndexOf(name);
    if (at < 0) continue; // a closing tag with nothing to close
    while (open.length > at) out += `</${open.pop()}>`;
  }
  if (!dropping) out += cleanText(input.slice(last));
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

/** The visible text of sanitized HTML (for search keys and the content hash's plain part). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<\/(p|li|h3|h4|blockquote|tr|div)>/g, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCKS = new Set(['p', 'ol', 'ul', 'blockquote', 'h3', 'h4', 'table', 'div']);
const INTRODUCED = new Set(['table', 'ol', 'ul']);
const INTRODUCING = new Set(['p', 'h3', 'h4']);

/**
 * Sanitized HTML split before its last top-level block — and before the paragraph just before it
 * when that block is a table or a list it introduces — so the signature can be kept on a page with
 * them. Splits only before a block element: the parts lay out exactly as the whole did.
 */
export function splitLastBlock(html: string): { lead: string; last: string } {
  const starts: { at: number; end: number; name: string }[] = [];
  let depth = 0;
  const tagRe = /<(\/?)([a-z][a-z0-9]*)(?: [^>]*)?>/g;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    const name = m[2];
    if (VOID.has(name)) continue;
    if (m[1]) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && starts.length && starts[starts.length - 1].end < 0)
        starts[starts.length - 1].end = tagRe.lastIndex;
    } else {
      if (depth === 0) starts.push({ at: m.index, end: -1, name });
      depth++;
    }
  }
  const blocks = starts.filter((s) => BLOCKS.has(s.name));
  if (!blocks.length) return { lead: '', last: html };
  let cut = blocks[blocks.length - 1];
  const before = blocks[blocks.length - 2];
  if (
    before &&
    INTRODUCED.has(cut.name) &&
    INTRODUCING.has(before.name) &&
    before.end >= 0 &&
    html.slice(before.end, cut.at).trim() === ''
  ) {
    cut = before;
  }
  // inline content right before the cut stays in the lead: it ends its own line either way
  return { lead: html.slice(0, cut.at), last: html.slice(cut.at) };
}
