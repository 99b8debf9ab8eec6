// The pack's printed pages as HTML for the letters' Chromium renderer: the agenda, and one page
// (or more) per item with the resolution's text and the expert's opinion. Vazirmatn comes in as
// data: URLs, as in letters; nothing else loads.
import { escapeHtml as esc } from '../../../shared/letters/html';
import { opinionConclusionLabel } from '../../../shared/domain/objectionGrounds';
import { formatJalali } from '../../../shared/dates/jalali';
import { toPersianDigits } from '../../../shared/text/persian';
import { fontDataUrls } from '../letters/assets';
import type { PackContent, PackItem } from './content';
import { packMessages as msg } from './messages';

function page(title: string, body: string): string {
  const f = fontDataUrls();
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@font-face { font-family: 'Vazirmatn'; font-weight: 400; src: url(${f.regular}) format('woff2'); }
@font-face { font-family: 'Vazirmatn'; font-weight: 700; src: url(${f.bold}) format('woff2'); }
</style><style>
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: 'Vazirmatn'; font-size: 11.5pt; line-height: 1.9; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; color: #1f4e79; }
table { width: calc(100% - 1mm); border-collapse: collapse; } th, td { border: 0.3mm solid #999; padding: 1.5mm 2mm; text-align: right; vertical-align: top; }
th { background: #eef3f8; } .meta { color: #444; } .text { white-space: pre-wrap; text-align: justify; }
.box { border: 0.3mm solid #bbb; border-radius: 2mm; padding: 2mm 3mm; }
</style></head><body>${body}</body></html>`;
}

export function agendaHtml(c: PackContent): string {
  const s = c.session;
  const title = msg.title(s.number, s.year);
  const rows = c.items
    .map(
      (it, n) =>
        `<tr><td>${toPersianDigits(n + 1)}</td><td>${esc(it.title)}</td><td>${esc(it.council)}</td><td>${esc(
          toPersianDigits(it.incomingNumber),
        )}</td></tr>`,
    )
    .join('');
  const table = c.items.length
    ? `<table><thead><tr><th>${msg.row}</th><th>${msg.resolution}</th><th>${msg.council}</th><th>${msg.incoming}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${msg.noItems}</p>`;
  return page(
    title,
    `<h1>${esc(title)}</h1><p class="meta">${msg.when}: ${formatJalali(s.date)} — ${toPersianDigits(s.time)} — ${esc(
      s.place,
    )}</p><h2>${msg.agenda}</h2>${table}`,
  );
}

export function itemHtml(it: PackItem, n: number, unreadable: string[]): string {
  const o = it.opinion;
  const opinion = o
    ? `<div class="box"><p><b>${msg.conclusion}:</b> ${o.conclusion ? esc(opinionConclusionLabel(o.conclusion)) : ''} — ${esc(
        o.expertName,
      )}</p><p class="text">${esc(o.reasoning)}</p>${
        o.clauses.length
          ? `<p><b>${msg.clauses}:</b></p><ul>${o.clauses.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`
          : ''
      }</div>`
    : `<p class="meta">${msg.noOpinion}</p>`;
  const readable = it.attachments.length - unreadable.length;
  const attachments = [
    readable > 0 ? `<p class="meta">${msg.attachments(readable)}</p>` : '',
    ...unreadable.map((name) => `<p class="meta">${esc(msg.attachmentUnreadable(name))}</p>`),
  ].join('');
  return page(
    it.title,
    `<h1>${msg.item(n)}: ${esc(it.title)}</h1><p class="meta">${esc(it.council)} — ${msg.incoming} ${esc(
      toPersianDigits(it.incomingNumber),
    )}</p><h2>${msg.text}</h2><div class="text">${esc(it.text)}</div><h2>${msg.opinion}</h2>${opinion}${attachments}`,
  );
}
