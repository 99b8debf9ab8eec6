// What comes out of the register: the preview (the letter's HTML), the stored PDF, voiding, and
// printing. The first print of an issued letter is the original; every later one is a copy,
// rendered again with «المثنی» across it, stored and counted in letter_copy.
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../../shared/api/errors';
import { formatJalali } from '../../../shared/dates/jalali';
import { qrPayloadText } from '../../../shared/letters/qr';
import type { Letter, LetterFile, LetterPrintResult } from '../../../shared/schemas/letter';
import type { CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { buildView, headFor, htmlFor, renderPdf, type DrawMode } from './compose';
import { requireLetter, toLetter, type LetterRecord } from './record';
import { pdfRenderer } from './runtime';

const fileName = (r: LetterRecord, suffix = '') =>
  `${r.number ? `letter-${r.number.replace(/[^0-9A-Za-z]+/g, '-')}` : `draft-${r.id.slice(-8)}`}${suffix}.pdf`;

async function qrTextOf(core: CoreContext, r: LetterRecord): Promise<string> {
  const office = await requireOffice(core.db.read);
  return qrPayloadText({
    officeCode: office.code,
    number: r.number!,
    jalaliDate: formatJalali(r.letterDate!, { digits: 'latin' }),
    contentHash: r.contentHash!,
  });
}

async function modeOf(core: CoreContext, r: LetterRecord, copyNo?: number): Promise<DrawMode> {
  if (r.status === 'draft') return { kind: 'draft' };
  const qrText = await qrTextOf(core, r);
  if (r.status === 'voided') return { kind: 'voided', qrText };
  return copyNo ? { kind: 'copy', qrText, copyNo } : { kind: 'original', qrText };
}

export async function previewLetter(core: CoreContext, id: string): Promise<{ html: string }> {
  const r = await requireLetter(core.db.read, id);
  const view = await buildView(core, { record: r, head: await headFor(core.db.read, r), mode: await modeOf(core, r) });
  return { html: htmlFor(view) };
}

/** The issued PDF as stored; a draft or a voided letter is rendered on the spot, marked as such. */
export async function letterPdf(core: CoreContext, id: string): Promise<LetterFile> {
  const r = await requireLetter(core.db.read, id);
  if (r.status === 'issued') {
    const pdf = await core.blobs.get(r.pdfSha256!);
    if (!pdf) throw new AppError('internal', 'پروندهٔ PDF این نامه در بایگانی یافت نشد یا آسیب دیده است.');
    return { fileName: fileName(r), dataBase64: pdf.toString('base64'), pages: r.pdfPages ?? 1 };
  }
  const view = await buildView(core, { record: r, head: await headFor(core.db.read, r), mode: await modeOf(core, r) });
  const out = await renderPdf(core, view, null);
  return {
    fileName: fileName(r, r.status === 'voided' ? '-void' : ''),
    dataBase64: out.pdf.toString('base64'),
    pages: out.pages,
  };
}

export async function voidLetter(core: CoreContext, call: CallContext, id: string, reason: string): Promise<Letter> {
  await core.db.write(async (tx) => {
    const r = await requireLetter(tx, id);
    if (r.status === 'draft') throw new AppError('invalid_state', 'پیش‌نویس باطل نمی‌شود؛ آن را حذف کنید.');
    if (r.status === 'voided') throw new AppError('invalid_state', 'این نامه قبلاً باطل شده است.');
    const at = core.clock().toISOString();
    await tx.query(
      `UPDATE letter SET status = 'voided', void_reason = ?, voided_at = ?, voided_by = ?, voided_by_name = ?,
         rev = rev + 1, updated_at = ? WHERE id = ?`,
      [reason, at, call.actor.id, call.actor.name, at, id],
    );
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'letter',
      entityId: id,
      action: 'void',
      before: { status: r.status },
      after: { status: 'voided', number: r.number },
      reason,
      resolutionId: r.resolutionId,
    });
  });
  return toLetter(await requireLetter(core.db.read, id));
}

interface Printed {
  pdf: Buffer;
  html: string;
  copy: boolean;
}

/** Counts one print of an issued letter: the original the first time, a stored copy after. */
async function printOne(core: CoreContext, call: CallContext, id: string, needHtml: boolean): Promise<Printed> {
  return core.db.write(async (tx) => {
    const r = await requireLetter(tx, id);
    if (r.status !== 'issued') {
      throw new AppError(
        'invalid_state',
        r.status === 'draft'
          ? 'پیش‌نویس چاپ نمی‌شود؛ ابتدا نامه را صادر کنید.'
          : `نامهٔ شمارهٔ ${r.number} باطل شده است و چاپ نمی‌شود.`,
      );
    }
    const copyNo = r.printCount; // 0: the original
    const head = await headFor(tx, r);
    const view = await buildView(core, { record: r, head, mode: await modeOf(core, r, copyNo || undefined) });
    const at = core.clock().toISOString();
    let pdf: Buffer;
    if (copyNo === 0) {
      const stored = await core.blobs.get(r.pdfSha256!);
      if (!stored) throw new AppError('internal', 'پروندهٔ PDF این نامه در بایگانی یافت نشد یا آسیب دیده است.');
      pdf = stored;
    } else {
      pdf = (await renderPdf(core, view, { title: view.title, subject: r.subject, keywords: await qrTextOf(core, r) }))
        .pdf;
      const sha = await core.blobs.put(pdf);
      await tx.query(
        `INSERT INTO letter_copy (id, letter_id, copy_no, pdf_sha256, printed_at, printed_by, printed_by_name)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [newId(), r.id, copyNo, sha, at, call.actor.id, call.actor.name],
      );
    }
    await tx.query('UPDATE letter SET print_count = print_count + 1, rev = rev + 1, updated_at = ? WHERE id = ?', [
      at,
      r.id,
    ]);
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'letter',
      entityId: r.id,
      action: copyNo === 0 ? 'print' : 'print_copy',
      after: { number: r.number, copyNo },
      resolutionId: r.resolutionId,
    });
    return { pdf, html: needHtml ? htmlFor(view) : '', copy: copyNo > 0 };
  });
}

export async function mergePdfs(files: Buffer[]): Promise<{ pdf: Buffer; pages: number }> {
  if (files.length === 1) {
    const doc = await PDFDocument.load(files[0], { updateMetadata: false });
    return { pdf: files[0], pages: doc.getPageCount() };
  }
  const out = await PDFDocument.create();
  for (const f of files) {
    const doc = await PDFDocument.load(f, { updateMetadata: false });
    for (const p of await out.copyPages(doc, doc.getPageIndices())) out.addPage(p);
  }
  return { pdf: Buffer.from(await out.save()), pages: out.getPageCount() };
}

/**
 * Prints issued letters. The desktop app prints each directly (the system's print dialog, or the
 * default printer when `silent`); browser mode gets one PDF of them all to print from the browser.
 */
export async function printLetters(
  core: CoreContext,
  call: CallContext,
  ids: readonly string[],
  silent: boolean,
): Promise<LetterPrintResult> {
  const renderer = pdfRenderer(core);
  const direct = renderer.print?.bind(renderer);
  const printed: Printed[] = [];
  for (const id of new Set(ids)) printed.push(await printOne(core, call, id, !!direct));
  const copies = printed.filter((p) => p.copy).length;
  if (direct) {
    for (const p of printed) await direct(p.html, { silent });
    return { mode: 'direct', printed: printed.length, copies, file: null };
  }
  const merged = await mergePdfs(printed.map((p) => p.pdf));
  const name = printed.length === 1 ? 'letter.pdf' : `letters-${printed.length}.pdf`;
  return {
    mode: 'pdf',
    printed: printed.length,
    copies,
    file: { fileName: name, dataBase64: merged.pdf.toString('base64'), pages: merged.pages },
  };
}
