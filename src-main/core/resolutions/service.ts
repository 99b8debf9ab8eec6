// Registering and editing resolutions. Every check runs inside the write transaction, so two
// secretaries registering the same resolution at once cannot both succeed.
import { financialColumns, financialOf, NO_FINANCIAL } from './financial';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { Resolution, resolutionRegisterInput, resolutionUpdateInput } from '../../../shared/schemas/resolution';
import { jalaliYear, todayInTehran } from '../../../shared/dates/jalali';
import { searchKey } from '../../../shared/text/persian';
import type { CallContext, CoreContext } from '../context';
import {
  AttachmentEntity,
  ResolutionBodyEntity,
  ResolutionEntity,
  type AttachmentRow,
  type ResolutionRecord,
} from '../storage/entities';
import { requireOffice } from '../office/service';
import { getCouncilRow, toCouncil } from '../councils/service';
import { indexResolution, resolutionDocument } from '../storage/fts';
import { resolutionSortRows, writeResolutionSortKeys } from '../storage/sortKeys';
import { ATTACHMENT_TYPES } from '../../../shared/schemas/attachment';
import { newId } from '../ids';
import { currentPolicy } from '../lifecycle/policy';
import { receiptClock } from './clock';
import { recordAudit } from '../audit/log';
import { isPast } from '../../../shared/deadlines/calculator';
import { SYSTEM_ACTOR } from '../context';
import { applyTransition } from '../lifecycle/transition';
import { resolutionMessages as msg } from './messages';
import { requireRevision } from '../revision';
import { linkSubmission, submissionFor } from './submission';

type RegisterFields = z.output<typeof resolutionRegisterInput>;
type UpdateFields = z.output<typeof resolutionUpdateInput>;

const NOT_FOUND = msg.notFound;

/** The system's lapse of a resolution whose window a registration or an edit found already ended. */
export async function lapseNow(core: CoreContext, tx: EntityManager, id: string, detail: Record<string, unknown>) {
  await applyTransition(core, tx, SYSTEM_ACTOR, id, 'lapse', {}, { detail });
}

type CheckedFields = Pick<
  RegisterFields,
  'councilId' | 'receiptDate' | 'councilResolutionNumber' | 'approvalDate' | 'incomingNumber' | 'attachments'
>;

export async function checkAgainstRecords(
  core: CoreContext,
  tx: EntityManager,
  officeId: string,
  f: CheckedFields,
  exceptId?: string,
) {
  const council = await getCouncilRow(tx, f.councilId);
  if (!council || council.officeId !== officeId) {
    throw new AppError('validation', msg.councilNotFound, { councilId: msg.councilNotFound });
  }
  if (!council.active && !exceptId) {
    throw new AppError('validation', msg.councilInactive, { councilId: msg.councilInactive });
  }
  const today = todayInTehran(core.clock());
  if (f.receiptDate > today) {
    const text = msg.receiptAfterToday(today);
    throw new AppError('validation', text, { receiptDate: text });
  }

  const numberKey = searchKey(f.councilResolutionNumber).replace(/\s+/g, '');
  const approvalYear = jalaliYear(f.approvalDate);
  const same: { id: string; incoming: string }[] = await tx.query(
    `SELECT id, incoming_number AS incoming FROM resolution
      WHERE council_id = ? AND number_key = ? AND approval_year = ? AND id IS NOT ?`,
    [f.councilId, numberKey, approvalYear, exceptId ?? null],
  );
  if (same.length) {
    const text = msg.duplicateNumber(
      f.councilResolutionNumber,
      councilDisplayName(council),
      approvalYear,
      same[0].incoming,
    );
    throw new AppError('duplicate', text, { councilResolutionNumber: text });
  }

  const incomingKey = searchKey(f.incomingNumber).replace(/\s+/g, '');
  const receiptYear = jalaliYear(f.receiptDate);
  const sameIncoming: { id: string }[] = await tx.query(
    `SELECT id FROM resolution WHERE office_id = ? AND receipt_year = ? AND incoming_key = ? AND id IS NOT ?`,
    [officeId, receiptYear, incomingKey, exceptId ?? null],
  );
  if (sameIncoming.length) {
    const text = msg.duplicateIncoming(f.incomingNumber, receiptYear);
    throw new AppError('duplicate', text, { incomingNumber: text });
  }

  for (const a of f.attachments) {
    if (!core.blobs.has(a.sha256)) {
      const text = msg.attachmentMissing(a.name);
      throw new AppError('validation', text, { attachments: text });
    }
  }
  return { council, numberKey, approvalYear, incomingKey, receiptYear };
}

async function writeAttachments(
  core: CoreContext,
  tx: EntityManager,
  resolutionId: string,
  f: RegisterFields,
  now: string,
) {
  await tx.getRepository(AttachmentEntity).delete({ resolutionId });
  const seen = new Set<string>();
  const written: AttachmentRow[] = [];
  for (const a of f.attachments) {
    if (seen.has(a.sha256)) continue;
    seen.add(a.sha256);
    const size = (await core.blobs.get(a.sha256))?.length ?? 0;
    const row: AttachmentRow = {
      id: newId(),
      resolutionId,
      sha256: a.sha256,
      name: a.name,
      mimeType: ATTACHMENT_TYPES[0],
      size,
      createdAt: now,
    };
    await tx.getRepository(AttachmentEntity).insert(row);
    written.push(row);
  }
  return written;
}

/** The registration columns of a row, with the keys checkAgainstRecords derived for them. */
export function registrationColumns(
  f: CheckedFields & Pick<RegisterFields, 'councilSessionNumber' | 'councilSessionDate' | 'title' | 'category'>,
  k: Awaited<ReturnType<typeof checkAgainstRecords>>,
) {
  return {
    councilId: f.councilId,
    councilResolutionNumber: f.councilResolutionNumber,
    numberKey: k.numberKey,
    councilSessionNumber: f.councilSessionNumber,
    councilSessionDate: f.councilSessionDate,
    approvalDate: f.approvalDate,
    approvalYear: k.approvalYear,
    receiptDate: f.receiptDate,
    receiptYear: k.receiptYear,
    incomingNumber: f.incomingNumber,
    incomingKey: k.incomingKey,
    title: f.title,
    category: f.category,
  };
}

/** A council's amended version of `supersedesId`; `within` completes the amendment in the same transaction. */
export interface Amendment {
  supersedesId: string;
  within(tx: EntityManager, amendedId: string): Promise<void>;
}

export async function registerResolution(
  core: CoreContext,
  call: CallContext,
  f: RegisterFields,
  amendment?: Amendment,
): Promise<Resolution> {
  const id = await core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    const k = await checkAgainstRecords(core, tx, office.id, f);
    const submission = await submissionFor(tx, f, k);
    const now = core.clock().toISOString();
    const policy = await currentPolicy(tx);
    const clock = receiptClock(f.receiptDate, policy, core.clock());
    if (clock.registeredLate && !f.confirmLate) {
      const message = msg.lateRegistration(f.receiptDate, policy.objectionDays, clock.objectionDeadline);
      throw new AppError('needs_confirmation', message, { receiptDate: message });
    }
    const row: ResolutionRecord = {
      id: newId(),
      officeId: office.id,
      ...registrationColumns(f, k),
      ...NO_FINANCIAL,
      ...financialColumns(f.financial),
      status: 'received',
      supersedesId: amendment?.supersedesId ?? null,
      ...clock,
      createdBy: call.actor.id,
      rev: 1,
      createdAt: now,
      updatedAt: now,
      // a submission's id is set by linkSubmission below, with its inbox row
      submissionId: null,
    };
    await tx.getRepository(ResolutionEntity).insert(row);
    await tx.getRepository(ResolutionBodyEntity).insert({ resolutionId: row.id, text: f.text });
    const [{ rowNo }] = await tx.query('SELECT row_no AS rowNo FROM resolution WHERE id = ?', [row.id]);
    await indexResolution(tx, rowNo, resolutionDocument({ ...row, text: f.text }, k.council), false);
    await writeResolutionSortKeys(
      tx,
      resolutionSortRows([{ rowNo, number: f.councilResolutionNumber, incoming: f.incomingNumber }]),
    );
    const attachments = await writeAttachments(core, tx, row.id, f, now);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'resolution',
      entityId: row.id,
      action: 'register',
      after: { ...row, text: f.text, attachments },
    });
    // its window had already ended: it lapses now, in the registering transaction, not minutes later
    if (clock.registeredLate) await lapseNow(core, tx, row.id, { registeredLate: true });
    await amendment?.within(tx, row.id);
    if (submission) await linkSubmission(tx, submission.id, row.id, call.actor.id, now, false);
    return row.id;
  });
  core.log.info({ resolutionId: id, actor: call.actor.id }, 'resolution registered');
  return getResolution(core, id);
}

export async function updateResolution(core: CoreContext, call: CallContext, f: UpdateFields): Promise<Resolution> {
  await core.db.write(async (tx) => {
    const cur = await tx.getRepository(ResolutionEntity).findOneBy({ id: f.id });
    if (!cur) throw new AppError('not_found', NOT_FOUND);
    if (cur.status !== 'received') {
      throw new AppError('invalid_state', msg.notEditable);
    }
    requireRevision('resolution', cur.rev, f.rev);
    const k = await checkAgainstRecords(core, tx, cur.officeId, f, cur.id);
    const now = core.clock().toISOString();
    const clock = receiptClock(f.receiptDate, await currentPolicy(tx), new Date(cur.createdAt));
    const closes = isPast(clock.objectionDeadline, core.clock());
    if (closes && !f.confirmLate) {
      const message = msg.editClosesWindow(clock.objectionDeadline);
      throw new AppError('needs_confirmation', message, { receiptDate: message });
    }
    const next: Partial<ResolutionRecord> = {
      ...registrationColumns(f, k),
      ...financialColumns(f.financial),
      // still `received`: a corrected receipt date moves the panel's window with it
      ...clock,
      rev: cur.rev + 1,
      updatedAt: now,
    };
    await tx.getRepository(ResolutionEntity).update({ id: cur.id }, next);
    const body = await tx.getRepository(ResolutionBodyEntity).findOneByOrFail({ resolutionId: cur.id });
    await tx.getRepository(ResolutionBodyEntity).update({ resolutionId: cur.id }, { text: f.text });
    const [{ rowNo }] = await tx.query('SELECT row_no AS rowNo FROM resolution WHERE id = ?', [cur.id]);
    await indexResolution(tx, rowNo, resolutionDocument({ ...cur, ...f }, k.council), true);
    await writeResolutionSortKeys(
      tx,
      resolutionSortRows([{ rowNo, number: f.councilResolutionNumber, incoming: f.incomingNumber }]),
    );
    const attachments = await writeAttachments(core, tx, cur.id, f, now);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'resolution',
      entityId: cur.id,
      action: 'update',
      before: { ...cur, text: body.text },
      after: { ...cur, ...next, text: f.text, attachments },
    });
    if (closes) await lapseNow(core, tx, cur.id, {});
  });
  core.log.info({ resolutionId: f.id, actor: call.actor.id }, 'resolution updated');
  return getResolution(core, f.id);
}

export async function getResolution(core: CoreContext, id: string): Promise<Resolution> {
  const m = core.db.read;
  const r = await m.getRepository(ResolutionEntity).findOneBy({ id });
  if (!r) throw new AppError('not_found', NOT_FOUND);
  const council = await getCouncilRow(m, r.councilId);
  const body = await m.getRepository(ResolutionBodyEntity).findOneBy({ resolutionId: id });
  const attachments = await m
    .getRepository(AttachmentEntity)
    .find({ where: { resolutionId: id }, order: { createdAt: 'ASC' } });
  return {
    id: r.id,
    officeId: r.officeId,
    councilId: r.councilId,
    councilDisplayName: council ? toCouncil(council).displayName : '',
    councilResolutionNumber: r.councilResolutionNumber,
    councilSessionNumber: r.councilSessionNumber,
    councilSessionDate: r.councilSessionDate,
    approvalDate: r.approvalDate,
    receiptDate: r.receiptDate,
    incomingNumber: r.incomingNumber,
    title: r.title,
    text: body?.text ?? '',
    category: r.category as Resolution['category'],
    status: r.status as Resolution['status'],
    supersedesId: r.supersedesId,
    objectionDeadline: r.objectionDeadline,
    dueDate: r.dueDate,
    dueKind: r.dueKind as Resolution['dueKind'],
    assignedExpertId: r.assignedExpertId,
    registeredLate: Boolean(r.registeredLate),
    financial: financialOf(r),
    attachments: attachments.map((a) => ({
      id: a.id,
      sha256: a.sha256,
      name: a.name,
      mimeType: a.mimeType,
      size: a.size,
      createdAt: a.createdAt,
    })),
    rev: r.rev,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
