// What comes out of the register: the preview (the letter's HTML), the stored PDF and voiding
// (printing is print.ts).
import { AppError } from '../../../shared/api/errors';
import { formatJalali } from '../../../shared/dates/jalali';
import { qrPayloadText } from '../../../shared/letters/qr';
import type { Letter, LetterFile } from '../../../shared/schemas/letter';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { buildView, headFor, htmlFor, renderPdf, type DrawMode } from './compose';
import { requireLetter, toLetter, type LetterRecord } from './record';
import { letterMessages } from './messages';

const fileName = (r: LetterRecord, suffix = '') =>
  `${r.number ? `letter-${r.number.replace(/[^0-9A-Za-z]+/g, '-')}` : `draft-${r.id.slice(-8)}`}${suffix}.pdf`;

export async function qrTextOf(core: CoreContext, r: LetterRecord): Promise<string> {
  const office = await requireOffice(core.db.read);
  return qrPayloadText({
    officeCode: office.code,
    number: r.number!,
    jalaliDate: formatJalali(r.letterDate!, { digits: 'latin' }),
    contentHash: r.contentHash!,
  });
}

export async function modeOf(core: CoreContext, r: LetterRecord, copyNo?: number): Promise<DrawMode> {
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
    if (!pdf) throw new AppError('internal', letterMessages.pdfMissing);
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
    if (r.status === 'draft') throw new AppError('invalid_state', letterMessages.draftNotVoided);
    if (r.status === 'voided') throw new AppError('invalid_state', letterMessages.alreadyVoided);
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
