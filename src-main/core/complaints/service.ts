// The complaints capability's operations (issue 14 item 8): the secretariat links a complaint to a
// resolution of the register and answers it; the answer (complaint_answer) is synced, so the
// complainant reads it on the ministry's tracking page.
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type {
  Complaint,
  ComplaintStatus,
  ComplaintSummary,
  complaintAnswerInput,
  complaintLinkInput,
} from '../../../shared/schemas/complaint';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { complaintList, complaintRow, complaintsAbout } from './read';
import { complaintMessages as msg } from './messages';
import { insertRow } from '../storage/table';
import { complaintAnswerTable } from './entities';

export async function listComplaints(core: CoreContext, status: ComplaintStatus | 'all'): Promise<ComplaintSummary[]> {
  return complaintList(core.db.read, status);
}

export async function getComplaint(core: CoreContext, id: string): Promise<Complaint> {
  const c = await complaintRow(core.db.read, id, core.blobs);
  if (!c) throw new AppError('not_found', msg.notFound);
  return c;
}

/** The complaint's attachment, if this office holds it yet (fetched after a pull). */
export async function complaintFile(core: CoreContext, id: string) {
  const c = await getComplaint(core, id);
  const data = c.file ? await core.blobs.get(c.file.sha256) : null;
  if (!c.file || !data) throw new AppError('not_found', msg.fileNotHeld);
  return { sha256: c.file.sha256, mimeType: c.file.mimeType, dataBase64: data.toString('base64') };
}

export async function complaintsOfResolution(core: CoreContext, resolutionId: string): Promise<Complaint[]> {
  return complaintsAbout(core.db.read, resolutionId, core.blobs);
}

export async function linkComplaint(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof complaintLinkInput>,
): Promise<Complaint> {
  const at = core.clock().toISOString();
  await core.db.write(async (tx) => {
    const [before] = await tx.query('SELECT resolution_id AS resolutionId FROM complaint WHERE id = ?', [input.id]);
    if (!before) throw new AppError('not_found', msg.notFound);
    if (input.resolutionId) {
      const [r] = await tx.query('SELECT 1 AS one FROM resolution WHERE id = ?', [input.resolutionId]);
      if (!r) throw new AppError('not_found', msg.resolutionNotFound);
    }
    await tx.query('UPDATE complaint SET resolution_id = ?, linked_by = ?, linked_at = ? WHERE id = ?', [
      input.resolutionId,
      input.resolutionId ? call.actor.id : null,
      input.resolutionId ? at : null,
      input.id,
    ]);
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'complaint',
      entityId: input.id,
      action: 'link',
      before,
      after: { resolutionId: input.resolutionId },
      resolutionId: input.resolutionId ?? before.resolutionId,
    });
  });
  return getComplaint(core, input.id);
}

export async function answerComplaint(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof complaintAnswerInput>,
): Promise<Complaint> {
  const at = core.clock().toISOString();
  await core.db.write(async (tx) => {
    const [c] = await tx.query('SELECT resolution_id AS resolutionId FROM complaint WHERE id = ?', [input.id]);
    if (!c) throw new AppError('not_found', msg.notFound);
    if (input.letterId) {
      const [l] = await tx.query("SELECT 1 AS one FROM letter WHERE id = ? AND status = 'issued'", [input.letterId]);
      if (!l) throw new AppError('validation', msg.letterNotIssued);
    }
    const office = await requireOffice(tx);
    const [before] = await tx.query('SELECT answer, letter_id AS letterId FROM complaint_answer WHERE id = ?', [
      input.id,
    ]);
    if (before)
      await tx.query(
        `UPDATE complaint_answer SET answer = ?, letter_id = ?, resolution_id = ?, answered_by = ?,
           answered_by_name = ?, answered_at = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
        [input.answer, input.letterId, c.resolutionId, call.actor.id, call.actor.name, at, at, input.id],
      );
    else
      await insertRow(tx, complaintAnswerTable, {
        id: input.id,
        officeId: office.id,
        resolutionId: c.resolutionId,
        answer: input.answer,
        letterId: input.letterId,
        answeredBy: call.actor.id,
        answeredByName: call.actor.name,
        answeredAt: at,
        rev: 1,
        createdAt: at,
        updatedAt: at,
      });
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'complaint',
      entityId: input.id,
      action: 'answer',
      before: before ?? null,
      after: { answer: input.answer, letterId: input.letterId },
      resolutionId: c.resolutionId,
    });
  });
  return getComplaint(core, input.id);
}
