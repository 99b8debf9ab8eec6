// An issued letter as an editable Word file (issue 12, exports), for offices that must change it
// outside the app. The issued PDF stays the record: the file says so in its footer. The page
// follows the PDF's (layout.ts) as far as Word can without the fixed geometry: letterhead lines
// top right, number / date / attachments top left, then recipient, subject, salutation, body,
// closing, signature and copies, all right to left in Vazirmatn. The file is written beside its
// final name and renamed once complete, as the register's export is, so a failed write leaves
// nothing under the final name.
import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { htmlToContent } from 'docx/html';
import { AppError } from '../../../shared/api/errors';
import { checkExportFolder, fileErrorMessage, freeName, tempPathFor } from '../storage/exportFile';
import { formatJalali } from '../../../shared/dates/jalali';
import { displayLetterNumber } from '../../../shared/letters/numbering';
import type { LetterDocxResult, Letterhead } from '../../../shared/schemas/letter';
import type { CoreContext } from '../context';
import { persianDigits } from './bidi';
import { headFor } from './compose';
import { docxMessages as msg } from './messages';
import { copiesOf, requireLetter, type LetterRecord } from './record';

/** Vazirmatn as the PDF prints; Word without it falls back to its own choice for Persian script. */
const FONT = 'Vazirmatn';
const FONTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
const PT = (n: number) => n * 2; // docx sizes are half-points
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

interface Line {
  text: string;
  bold?: boolean;
  size?: number;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  after?: number;
}

function para(l: Line): Paragraph {
  const size = l.size ? PT(l.size) : undefined;
  const lines = l.text.split('\n');
  return new Paragraph({
    bidirectional: true,
    alignment: l.align ?? AlignmentType.START,
    spacing: l.after === undefined ? undefined : { after: l.after },
    children: lines.map(
      (text, i) =>
        new TextRun({ text, bold: l.bold, boldComplexScript: l.bold, size, sizeComplexScript: size, break: i ? 1 : 0 }),
    ),
  });
}

/** Persian digits in the text between tags, as the PDF shows them (bidi.ts); tags and entities kept. */
function digitsInHtml(html: string): string {
  return html
    .split(/(<[^>]*>|&[a-zA-Z0-9#]+;)/)
    .map((part) => (part.startsWith('<') || (part.startsWith('&') && part.endsWith(';')) ? part : persianDigits(part)))
    .join('');
}

export interface DocxLetter {
  number: string;
  date: string;
  attachments: string;
  recipient: string;
  subject: string;
  salutation: string;
  /** sanitized HTML, as stored */
  body: string;
  closing: string;
  copies: readonly string[];
  head: Pick<Letterhead, 'organisationLines' | 'signatoryName' | 'signatoryTitle'>;
}

function letterheadTable(l: DocxLetter): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  const org = [
    para({ text: msg.nation, bold: true, size: 10.5, align: AlignmentType.CENTER, after: 0 }),
    ...l.head.organisationLines.map((text) =>
      para({ text: persianDigits(text), size: 9.5, align: AlignmentType.CENTER, after: 0 }),
    ),
  ];
  const field = (label: string, value: string) =>
    new Paragraph({
      bidirectional: true,
      spacing: { after: 0 },
      children: [
        new TextRun({ text: `${label}  `, size: PT(10.5) }),
        new TextRun({ text: value, bold: true, boldComplexScript: true, size: PT(10.5), sizeComplexScript: PT(10.5) }),
      ],
    });
  const meta = [
    field(msg.number, l.number),
    field(msg.date, l.date),
    field(msg.attachments, persianDigits(l.attachments) || msg.noAttachments),
  ];
  // a right-to-left table: its first cell is on the right, as the letterhead is
  return new Table({
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(org, 40), cell([para({ text: '' })], 25), cell(meta, 35)] })],
  });
}

/** The Word document of a letter (pure but for docx's packing). */
export async function letterDocx(l: DocxLetter): Promise<Buffer> {
  const body = htmlToContent(`<div dir="rtl">${digitsInHtml(l.body)}</div>`, {
    stylesheet: `div, p, li, td, th, blockquote, h3, h4 { direction: rtl; text-align: justify; font-family: ${FONT}; }`,
  });
  const children: FileChild[] = [
    para({ text: msg.bismillah, bold: true, align: AlignmentType.CENTER, after: 120 }),
    letterheadTable(l),
    para({ text: '', after: 120 }),
    para({ text: persianDigits(l.recipient), bold: true, size: 12.5, after: 40 }),
    para({ text: `${msg.subject}${persianDigits(l.subject)}`, bold: true, after: 120 }),
    ...(l.salutation ? [para({ text: persianDigits(l.salutation), after: 80 })] : []),
    ...body,
    ...(l.closing ? [para({ text: persianDigits(l.closing), after: 120 })] : []),
    para({ text: '', after: 240 }),
    para({ text: persianDigits(l.head.signatoryName), bold: true, align: AlignmentType.END, after: 0 }),
    para({ text: persianDigits(l.head.signatoryTitle), align: AlignmentType.END, after: 240 }),
    ...(l.copies.length
      ? [
          para({ text: msg.copies, bold: true, size: 9.5, after: 0 }),
          ...l.copies.map((c) => para({ text: `- ${persianDigits(c)}`, size: 9.5, after: 0 })),
        ]
      : []),
  ];
  const doc = new Document({
    creator: 'Tatbiq',
    title: l.subject,
    styles: {
      default: {
        document: {
          run: {
            font: FONTS,
            size: PT(12),
            sizeComplexScript: PT(12),
            rightToLeft: true,
            language: { bidirectional: 'fa-IR' },
          },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4 in twentieths of a point
            margin: { top: 680, bottom: 1020, left: 907, right: 907 },
          },
        },
        footers: {
          default: new Footer({
            children: [para({ text: msg.footer, size: 8.5, align: AlignmentType.CENTER })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function docxLetterOf(r: LetterRecord, head: Letterhead): DocxLetter {
  return {
    number: displayLetterNumber(r.number!),
    date: formatJalali(r.letterDate!),
    attachments: r.attachments,
    recipient: r.recipient,
    subject: r.subject,
    salutation: r.salutation,
    body: r.body,
    closing: r.closing,
    copies: copiesOf(r),
    head,
  };
}

/** Writes the issued letter `id` as a .docx into `folder`; drafts and voided letters are refused. */
export async function exportLetterDocx(core: CoreContext, id: string, folder: string): Promise<LetterDocxResult> {
  const r = await requireLetter(core.db.read, id);
  if (r.status === 'draft') throw new AppError('invalid_state', msg.draft);
  if (r.status === 'voided') throw new AppError('invalid_state', msg.voided);
  await checkExportFolder(folder, msg.folderExample);
  const data = await letterDocx(docxLetterOf(r, await headFor(core.db.read, r)));
  const fileName = await freeName(
    folder,
    msg.fileName(displayLetterNumber(r.number!).replace(/[/\\:*?"<>|]+/g, '-')),
    'docx',
  );
  const final = path.join(folder, fileName);
  const temp = tempPathFor(folder, fileName);
  try {
    await fs.promises.writeFile(temp, data, { flag: 'wx' });
    await fs.promises.rename(temp, final);
  } catch (e) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    core.log.warn({ folder, err: String(e) }, 'letter docx export failed');
    throw new AppError('validation', fileErrorMessage(e, msg.failed));
  }
  core.log.info({ letter: r.id, bytes: data.length }, 'letter exported to docx');
  return { fileName, path: final };
}
