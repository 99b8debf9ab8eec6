// From a stored letter to its page: the view (letterhead snapshot, number and date, QR code,
// watermark), the HTML, and the PDF through the core's renderer. Issued letters are drawn from
// the letterhead they were issued with, so a reprint looks like the original.
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import { formatJalali } from '../../../shared/dates/jalali';
import { displayLetterNumber } from '../../../shared/letters/numbering';
import { letterKindLabel } from '../../../shared/letters/kinds';
import type { Letterhead } from '../../../shared/schemas/letter';
import { toPersianDigits } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { bundledEmblemSvg, fontDataUrls } from './assets';
import { letterHtml, type FontSources, type LetterView } from './layout';
import { countPages, finishPdf, type Finished, type PdfIdentity } from './pdfpost';
import { copiesOf, letterheadOf, type LetterRecord } from './record';
import { pdfRenderer } from './runtime';
import { imageDataUrl, letterhead } from './settings';
import { letterWords } from './texts';

export type DrawMode =
  | { kind: 'draft' }
  | { kind: 'original'; qrText: string }
  | { kind: 'copy'; qrText: string; copyNo: number }
  | { kind: 'voided'; qrText: string };

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  return svg.replace(/<\?xml[^>]*>/, '').trim();
}

export interface ViewInput {
  record: Pick<
    LetterRecord,
    | 'kind'
    | 'number'
    | 'letterDate'
    | 'recipient'
    | 'subject'
    | 'salutation'
    | 'body'
    | 'closing'
    | 'attachments'
    | 'copies'
    | 'certificateSubject'
  >;
  head: Letterhead;
  mode: DrawMode;
  /** set when the PDF will be signed with this certificate holder's name */
  digitalSigner?: string | null;
  pageNumbers?: boolean;
}

const WATERMARK: Record<DrawMode['kind'], string | null> = { original: null, ...letterWords.watermarks };

export async function buildView(core: CoreContext, v: ViewInput): Promise<LetterView> {
  const r = v.record;
  const number = r.number ? displayLetterNumber(r.number) : null;
  const [emblemSrc, signatureSrc, qr] = await Promise.all([
    imageDataUrl(core, v.head.emblemSha256),
    imageDataUrl(core, v.head.signatureSha256),
    v.mode.kind === 'draft' ? Promise.resolve(null) : qrSvg(v.mode.qrText),
  ]);
  return {
    title: number ? letterWords.numberedTitle(number) : letterWords.draftTitle(letterKindLabel(r.kind)),
    organisationLines: v.head.organisationLines,
    emblem: emblemSrc ? { src: emblemSrc } : { svg: bundledEmblemSvg() },
    number,
    date: r.letterDate ? formatJalali(r.letterDate) : null,
    attachments: r.attachments,
    recipient: r.recipient,
    subject: r.subject,
    salutation: r.salutation,
    body: r.body,
    closing: r.closing,
    signatoryName: v.head.signatoryName,
    signatoryTitle: v.head.signatoryTitle,
    signatureSrc,
    copies: copiesOf(r),
    qrSvg: qr,
    watermark: WATERMARK[v.mode.kind],
    copyNote: v.mode.kind === 'copy' ? letterWords.copyNote(toPersianDigits(v.mode.copyNo)) : null,
    // a reprint is not signed again: only the issued original carries the signature box
    digitalSigner:
      v.digitalSigner ?? (v.mode.kind === 'original' || v.mode.kind === 'voided' ? r.certificateSubject : null),
    pageNumbers: v.pageNumbers ?? false,
  };
}

/** The letterhead a letter is drawn with: its issue-time snapshot, or (a draft) the current one. */
export async function headFor(m: EntityManager, r: Pick<LetterRecord, 'letterhead'>): Promise<Letterhead> {
  return letterheadOf(r) ?? (await letterhead(m));
}

export function htmlFor(view: LetterView, fonts: FontSources = fontDataUrls()): string {
  return letterHtml(view, fonts);
}

/**
 * The PDF of a view. Page numbers only appear on letters longer than a page: the first pass
 * renders without them and, when it runs to more pages, the letter is rendered again with them.
 */
export async function renderPdf(core: CoreContext, view: LetterView, identity: PdfIdentity | null): Promise<Finished> {
  const renderer = pdfRenderer(core);
  let raw = await renderer.pdf(htmlFor(view));
  if (!view.pageNumbers && countPages(raw) > 1) raw = await renderer.pdf(htmlFor({ ...view, pageNumbers: true }));
  return finishPdf(raw, identity);
}
