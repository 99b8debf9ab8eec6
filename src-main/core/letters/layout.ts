// The letter's page (DOMAIN.md "Letters"): A4, right to left, Vazirmatn, the emblem with
// «جمهوری اسلامی ایران» and the organisation lines top right, «بسمه تعالی» top centre, number /
// date / attachments and the QR code top left, then recipient, subject, salutation, body,
// signature block and copy recipients. Pure: the same HTML is the in-app preview and, through
// Chromium, the PDF. Header geometry is fixed in millimetres so the digital-signature field can be
// placed over its box (sign.ts reads SIGNATURE_BOX_MM).
import { escapeHtml, splitLastBlock } from '../../../shared/letters/html';
import { markHtml, markText } from './bidi';
import { letterWords } from './texts';

export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 12, right: 16, bottom: 18, left: 16 } as const;
/** The digital-signature box on page 1, from the page's top-left corner. */
export const SIGNATURE_BOX_MM = { left: MARGIN_MM.left, top: MARGIN_MM.top + 27, width: 64, height: 10 } as const;

export interface LetterView {
  /** <title>, which Chromium writes as the PDF's title */
  title: string;
  organisationLines: readonly string[];
  /** SVG markup or an <img> data URL for the emblem */
  emblem: { svg: string } | { src: string };
  /** display forms (Persian digits); null for a draft */
  number: string | null;
  date: string | null;
  attachments: string;
  recipient: string;
  subject: string;
  salutation: string;
  /** sanitized HTML */
  body: string;
  closing: string;
  signatoryName: string;
  signatoryTitle: string;
  /** data: URL of the scanned signature */
  signatureSrc: string | null;
  copies: readonly string[];
  /** inline SVG of the QR code (issued letters) */
  qrSvg: string | null;
  /** large faint word across every page: پیش‌نویس, المثنی, باطل شد */
  watermark: string | null;
  /** a line under the number block, e.g. «المثنی — نسخهٔ ۲» */
  copyNote: string | null;
  /** the certificate's holder, when the PDF is signed digitally */
  digitalSigner: string | null;
  pageNumbers: boolean;
}

export interface FontSources {
  regular: string;
  bold: string;
}

const esc = escapeHtml;
const mm = (n: number) => `${n}mm`;

function css(fonts: FontSources, v: LetterView): string {
  const running = v.pageNumbers
    ? `@bottom-center { content: ${letterWords.pageOfPages}; font: 9pt Vazirmatn; color: #444; direction: rtl; }
       @top-left { content: ${JSON.stringify(v.number ? markText(letterWords.runningHead(v.number, v.date ?? '')) : '')}; font: 8.5pt Vazirmatn; color: #555; direction: rtl; }`
    : '';
  return `
@font-face { font-family: Vazirmatn; font-weight: 400; src: url(${fonts.regular}) format('woff2'); }
@font-face { font-family: Vazirmatn; font-weight: 700; src: url(${fonts.bold}) format('woff2'); }
@page { size: A4; margin: ${mm(MARGIN_MM.top)} ${mm(MARGIN_MM.right)} ${mm(MARGIN_MM.bottom)} ${mm(MARGIN_MM.left)}; ${running} }
@page :first { @top-left { content: none; } }
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; font-family: Vazirmatn, sans-serif; font-size: 12pt; line-height: 1.85; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.sheet { width: ${PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right}mm; }
@media screen {
  html { background: #e9ecef; }
  body { padding: 8mm 0; }
  .sheet { margin: 0 auto; background: #fff; min-height: ${PAGE_MM.height}mm; width: ${PAGE_MM.width}mm;
    padding: ${mm(MARGIN_MM.top)} ${mm(MARGIN_MM.right)} ${mm(MARGIN_MM.bottom)} ${mm(MARGIN_MM.left)};
    box-shadow: 0 1px 6px rgba(0,0,0,.18); position: relative; overflow: hidden; }
}
.head { position: relative; height: 38mm; }
.org { position: absolute; top: 0; right: 0; width: 62mm; text-align: center; line-height: 1.5; }
.org .emblem { height: 15mm; margin-bottom: 1mm; }
.org .emblem svg, .org .emblem img { height: 15mm; width: auto; }
.org .nation { font-weight: 700; font-size: 10.5pt; }
.org .line { font-size: 9.5pt; }
.bismillah { position: absolute; top: 0; left: 0; right: 0; text-align: center; font-weight: 700; font-size: 12pt; }
.meta { position: absolute; top: 1mm; left: 0; width: ${SIGNATURE_BOX_MM.width}mm; display: flex; gap: 2mm;
  align-items: flex-start; font-size: 10.5pt; line-height: 1.75; }
.meta .fields { flex: 1; }
.meta table { border-collapse: collapse; }
.meta th { font-weight: 400; color: #333; text-align: right; padding: 0 0 0 2.5mm; white-space: nowrap; }
.meta td { font-weight: 700; white-space: nowrap; padding: 0; }
.meta .qr { width: 21mm; height: 21mm; flex: none; }
.meta .qr svg { width: 21mm; height: 21mm; display: block; }
.copynote { font-size: 9pt; font-weight: 700; color: #7a1d1d; }
.digisig { position: absolute; top: ${SIGNATURE_BOX_MM.top - MARGIN_MM.top}mm; left: 0; width: ${SIGNATURE_BOX_MM.width}mm;
  height: ${SIGNATURE_BOX_MM.height}mm; border: 0.3mm solid #2e5b47; border-radius: 1.5mm; font-size: 8pt; line-height: 1.45;
  padding: 0.8mm 2mm; color: #1f3a2f; overflow: hidden; }
.digisig b { display: block; font-size: 8.5pt; }
hr.rule { border: 0; border-top: 0.35mm solid #333; margin: 0 0 3mm; }
.recipient { font-weight: 700; font-size: 12.5pt; margin: 0 0 1mm; white-space: pre-line; }
.subject { font-weight: 700; margin: 0 0 3mm; }
.salutation { margin: 0 0 2mm; }
.body { text-align: justify; }
.body p { margin: 0 0 1.6mm; }
.body blockquote { margin: 0.5mm 0 2mm; padding: 1mm 3mm; border-right: 0.8mm solid #777; background: #f4f4f4; }
.body ol, .body ul { margin: 0 0 2mm; padding-right: 7mm; padding-left: 0; }
.body table { width: 100%; border-collapse: collapse; font-size: 10pt; line-height: 1.6; margin: 2mm 0 3mm; }
.body th, .body td { border: 0.3mm solid #555; padding: 1mm 1.5mm; vertical-align: top; text-align: right; }
.body th { background: #eee; font-weight: 700; }
.body td:first-child, .body nobr { white-space: nowrap; }
.body tr { break-inside: avoid; }
.body h3, .body h4 { margin: 2mm 0 1mm; font-size: 12pt; }
.closing { margin: 3mm 0 0; }
/* the signature block with the body's last paragraph(s) and the closing: one unit across a page break */
.ending { break-inside: avoid; }
.sign { width: 74mm; margin: 2mm 0 0 0; margin-right: auto; text-align: center; break-inside: avoid; line-height: 1.6; }
.sign .sig { height: 17mm; display: flex; align-items: flex-end; justify-content: center; }
.sign .sig img { max-height: 17mm; max-width: 60mm; }
.sign .name { font-weight: 700; }
.copies { margin-top: 3mm; font-size: 9.5pt; line-height: 1.65; break-inside: avoid; }
.copies ul { margin: 0; padding-right: 5mm; list-style: '- '; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-32deg);
  font-size: 92pt; font-weight: 700; color: rgba(120, 20, 20, 0.10); pointer-events: none; z-index: 10; }
`;
}

function header(v: LetterView): string {
  const emblem = 'svg' in v.emblem ? v.emblem.svg : `<img src="${esc(v.emblem.src)}" alt="">`;
  const orgLines = v.organisationLines.map((l) => `<div class="line">${esc(l)}</div>`).join('');
  // no colon after the labels: a colon beside a number is read out of order by text extractors
  const field = (label: string, value: string | null) =>
    `<tr><th>${label}</th><td>${value ? esc(value) : '&nbsp;'}</td></tr>`;
  return `<div class="head">
  <div class="org"><div class="emblem">${emblem}</div><div class="nation">${letterWords.nation}</div>${orgLines}</div>
  <div class="bismillah">${letterWords.bismillah}</div>
  <div class="meta"><div class="fields"><table>${field(letterWords.numberLabel, v.number)}${field(letterWords.dateLabel, v.date)}${field(letterWords.attachmentsLabel, v.attachments || letterWords.none)}</table>${
    v.copyNote ? `<div class="copynote">${esc(v.copyNote)}</div>` : ''
  }</div>${v.qrSvg ? `<div class="qr">${v.qrSvg}</div>` : ''}</div>
  ${v.digitalSigner ? `<div class="digisig"><b>${letterWords.digitallySigned}</b>${esc(v.digitalSigner)}</div>` : ''}
</div>`;
}

export function letterHtml(v: LetterView, fonts: FontSources): string {
  return markHtml(page(v, fonts));
}

function page(v: LetterView, fonts: FontSources): string {
  const copies = v.copies.length
    ? `<div class="copies"><b>${letterWords.copiesLabel}</b><ul>${v.copies.map((c) => `<li>${esc(c)}</li>`).join('')}</ul></div>`
    : '';
  const signature = v.signatureSrc ? `<img src="${esc(v.signatureSrc)}" alt="">` : '';
  // the signature never starts a page alone: the body's last paragraph(s) go with it (.ending)
  const body = splitLastBlock(v.body);
  return `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${esc(v.title)}</title>
<style>${css(fonts, v)}</style></head>
<body><div class="sheet">
${header(v)}
<hr class="rule">
<div class="recipient">${esc(v.recipient)}</div>
<div class="subject">${letterWords.subjectLabel} ${esc(v.subject)}</div>
${v.salutation ? `<div class="salutation">${esc(v.salutation)}</div>` : ''}
<div class="body">${body.lead}</div>
<div class="ending"><div class="body">${body.last}</div>
${v.closing ? `<div class="closing">${esc(v.closing)}</div>` : ''}
<div class="sign"><div class="sig">${signature}</div><div class="name">${esc(v.signatoryName)}</div><div class="title">${esc(v.signatoryTitle)}</div></div></div>
${copies}
${v.watermark ? `<div class="watermark">${esc(v.watermark)}</div>` : ''}
</div></body></html>`;
}
