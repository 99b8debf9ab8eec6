// The printable report (issue 12, exports): A4 landscape, right to left, Vazirmatn, the office's
// letterhead (emblem, «جمهوری اسلامی ایران», organisation lines) top right, the title and period in
// the middle, the date of production and filters top left, then every report table as the Excel
// file has it (without the Gregorian date columns, which are for sorting in Excel). Pure: HTML in,
// through the letters' Chromium renderer, a PDF out. Digits are made Persian by markHtml.
import { escapeHtml as esc } from '../../../shared/letters/html';
import { formatNumberFa, toPersianDigits } from '../../../shared/text/persian';
import { markHtml } from '../letters/bidi';
import type { FontSources } from '../letters/layout';
import { excelMessages as x, pdfMessages as p } from './messages';
import type { Cell, Fmt, ReportTable } from './tables';

export interface ReportPrintView {
  organisationLines: readonly string[];
  emblem: { svg: string } | { src: string };
  officeName: string;
  periodLabel: string;
  /** Jalali texts */
  from: string;
  to: string;
  asOf: string;
  producedAt: string;
  filters: string;
  /** nothing was received in the period: said once at the top */
  empty: boolean;
  tables: ReportTable[];
}

function css(fonts: FontSources): string {
  const [page, of] = p.pageOf.map((s) => JSON.stringify(s));
  return `
@font-face { font-family: Vazirmatn; font-weight: 400; src: url(${fonts.regular}) format('woff2'); }
@font-face { font-family: Vazirmatn; font-weight: 700; src: url(${fonts.bold}) format('woff2'); }
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm;
  @bottom-center { content: ${page} counter(page, persian) ${of} counter(pages, persian); font: 8.5pt Vazirmatn; color: #444; direction: rtl; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: Vazirmatn, sans-serif; font-size: 9.5pt; line-height: 1.6; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 6mm; }
.org { width: 62mm; text-align: center; line-height: 1.45; }
.org .emblem svg, .org .emblem img { height: 13mm; width: auto; }
.org .nation { font-weight: 700; font-size: 10pt; }
.org .line { font-size: 9pt; }
.title { flex: 1; text-align: center; padding-top: 3mm; }
.title h1 { font-size: 15pt; margin: 0 0 1mm; }
.title .period { font-size: 12pt; font-weight: 700; }
.meta { width: 70mm; font-size: 9pt; }
.meta th { font-weight: 400; color: #333; text-align: right; padding: 0 0 0 2mm; white-space: nowrap; vertical-align: top; }
.meta td { font-weight: 700; }
hr { border: 0; border-top: 0.35mm solid #333; margin: 2mm 0 3mm; }
.empty { border: 0.3mm solid #999; padding: 1.5mm 3mm; margin-bottom: 3mm; }
section { margin-bottom: 4mm; }
h2 { font-size: 11pt; margin: 0 0 1mm; break-after: avoid; }
table.data { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.45; }
table.figures { width: auto; min-width: 120mm; }
.data th, .data td { border: 0.25mm solid #666; padding: 0.6mm 1.2mm; text-align: right; vertical-align: top; }
.data th { background: #e8e8e8; font-weight: 700; }
.data td.n { text-align: left; white-space: nowrap; }
.data tr { break-inside: avoid; }
.data thead { display: table-header-group; }
.none { color: #555; }
`;
}

function show(v: Cell, fmt: Fmt | undefined): { text: string; num: boolean } {
  if (v === null || v === '') return { text: v === null ? '—' : '', num: false };
  if (typeof v === 'string') return { text: v, num: false };
  if (fmt === 'year') return { text: toPersianDigits(v), num: true };
  if (fmt === 'rate') return { text: `${formatNumberFa(Math.round(v * 1000) / 10)}${p.percent}`, num: true };
  // averages and medians to one decimal; counts and Rials are whole
  return { text: formatNumberFa(fmt === 'rials' ? v : Math.round(v * 10) / 10), num: true };
}

function table(t: ReportTable): string {
  // the Gregorian date columns are Excel's, for sorting; the page has the Jalali ones beside them
  const keep = t.cols.map((c, i) => (c.fmt === 'date' ? -1 : i)).filter((i) => i >= 0);
  const figures = t.cols.length === 2 && t.cols[0].header === x.figure;
  if (!t.rows.length) return `<section><h2>${esc(t.name)}</h2><div class="none">${esc(p.none)}</div></section>`;
  const head = keep.map((i) => `<th>${esc(t.cols[i].header)}</th>`).join('');
  const body = t.rows
    .map((r, row) => {
      if (!r.length) return '';
      const cells = keep.map((i) => {
        const s = show(i < r.length ? r[i] : '', t.cellFmt?.[`${row},${i}`] ?? t.cols[i].fmt);
        return `<td${s.num ? ' class="n"' : ''}>${esc(s.text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<section${figures ? ' class="figures"' : ''}><h2>${esc(t.name)}</h2><table class="data${
    figures ? ' figures' : ''
  }"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

export function reportPrintHtml(v: ReportPrintView, fonts: FontSources): string {
  const emblem = 'svg' in v.emblem ? v.emblem.svg : `<img src="${esc(v.emblem.src)}" alt="">`;
  const a = x.about;
  const field = (label: string, value: string) => `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`;
  const title = `${p.title} — ${v.periodLabel}`;
  return markHtml(`<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${css(fonts)}</style></head>
<body><div class="head">
<div class="org"><div class="emblem">${emblem}</div><div class="nation">${esc(p.nation)}</div>${v.organisationLines
    .map((l) => `<div class="line">${esc(l)}</div>`)
    .join('')}</div>
<div class="title"><h1>${esc(p.title)}</h1><div class="period">${esc(v.periodLabel)}</div><div>${esc(v.officeName)}</div></div>
<div class="meta"><table>${field(a.from, v.from)}${field(a.to, v.to)}${field(a.asOf, v.asOf)}${field(
    a.producedAt,
    v.producedAt,
  )}${field(a.filters, v.filters)}</table></div>
</div><hr>
${v.empty ? `<div class="empty">${esc(p.noData)}</div>` : ''}
${v.tables.map(table).join('\n')}
</body></html>`);
}
