// The inbox of council portal submissions (issue 14): what is waiting, with its legal clock from
// the server's receipt; registering one (its fields and minutes as the council sent them, the
// receipt date the server's, the incoming number the register's next); and linking one to a
// resolution already typed by hand, so the two routes never make two records of one resolution.
import { councilDisplayName } from '../../../shared/domain/councils';
import { objectionDeadline, daysLeft } from '../../../shared/deadlines/calculator';
import { jalaliYear } from '../../../shared/dates/jalali';
import type { CouncilSubmissionRecord } from '../../../shared/schemas/councilSubmission';
import type { InboxItem } from '../../../shared/schemas/councilInbox';
import { registrationOf, type Resolution } from '../../../shared/schemas/resolution';
import type { CategoryCode } from '../../../shared/domain/categories';
import { AppError } from '../../../shared/api/errors';
import { toAsciiDigits, toPersianDigits } from '../../../shared/text/persian';
import type { EntityManager } from 'typeorm';
import type { CallContext, CoreContext } from '../context';
import { currentPolicy } from '../lifecycle/policy';
import { getResolution, registerResolution } from '../resolutions/service';
import { linkSubmission } from '../resolutions/submission';
import { recordAudit } from '../audit/log';
import { inboxMessages as msg } from './messages';

interface Row {
  id: string;
  data: string;
  kind: string;
  name: string;
  numberKey: string;
  approvalYear: number;
}

async function waitingRows(m: EntityManager, id?: string): Promise<Row[]> {
  return m.query(
    `SELECT i.id, i.data, c.kind, c.name, i.number_key AS numberKey, i.approval_year AS approvalYear
       FROM council_submission_inbox i JOIN council c ON c.id = i.council_id
      WHERE i.resolution_id IS NULL ${id ? 'AND i.id = ?' : ''} ORDER BY i.received_at`,
    id ? [id] : [],
  );
}

/** The next number of the incoming register in a receipt year: «۱۴۰۵/۲۳۴۶» after «۱۴۰۵/۲۳۴۵». */
export async function nextIncoming(m: EntityManager, officeId: string, receiptDate: string): Promise<string> {
  const year = jalaliYear(receiptDate);
  const rows: { k: string }[] = await m.query(
    'SELECT incoming_key AS k FROM resolution WHERE office_id = ? AND receipt_year = ?',
    [officeId, year],
  );
  let max = 0;
  for (const { k } of rows) {
    const n = /(\d+)$/.exec(toAsciiDigits(k));
    if (n && n[1].length < 10) max = Math.max(max, Number(n[1]));
  }
  return toPersianDigits(`${year}/${max + 1}`);
}

async function sameAs(m: EntityManager, councilId: string, numberKey: string, approvalYear: number) {
  const [r]: { id: string; incomingNumber: string; title: string }[] = await m.query(
    `SELECT id, incoming_number AS incomingNumber, title FROM resolution
      WHERE council_id = ? AND number_key = ? AND approval_year = ? AND submission_id IS NULL`,
    [councilId, numberKey, approvalYear],
  );
  return r ?? null;
}

export async function listInbox(core: CoreContext): Promise<InboxItem[]> {
  const m = core.db.read;
  const policy = await currentPolicy(m);
  const [office]: { id: string }[] = await m.query('SELECT id FROM office LIMIT 1');
  const now = core.clock();
  const out: InboxItem[] = [];
  for (const row of await waitingRows(m)) {
    const r = JSON.parse(row.data) as CouncilSubmissionRecord;
    const deadline = objectionDeadline(r.receiptDate, policy);
    out.push({
      ...r,
      objectionDeadline: deadline,
      daysLeft: daysLeft(deadline, now),
      councilDisplayName: councilDisplayName({ kind: row.kind, name: row.name }),
      pdfReady: core.blobs.has(r.pdfSha256),
      suggestedIncoming: office ? await nextIncoming(m, office.id, r.receiptDate) : '',
      sameAs: await sameAs(m, r.councilId, row.numberKey, row.approvalYear),
    });
  }
  return out;
}

async function waiting(core: CoreContext, id: string) {
  const [row] = await waitingRows(core.db.read, id);
  if (!row) throw new AppError('not_found', msg.notFound);
  return { row, r: JSON.parse(row.data) as CouncilSubmissionRecord };
}

/** Registers a waiting submission as the council sent it; one confirmation. */
export async function registerFromInbox(
  core: CoreContext,
  call: CallContext,
  input: { id: string; incomingNumber: string; confirmLate?: boolean },
): Promise<Resolution> {
  const { row, r } = await waiting(core, input.id);
  const same = await sameAs(core.db.read, r.councilId, row.numberKey, row.approvalYear);
  if (same) throw new AppError('duplicate', msg.sameAs(same.incomingNumber), { resolutionId: same.id });
  if (!core.blobs.has(r.pdfSha256)) throw new AppError('validation', msg.pdfMissing);
  return registerResolution(core, call, {
    ...registrationOf({ ...r, incomingNumber: input.incomingNumber, category: r.category as CategoryCode }),
    text: r.text,
    attachments: [{ sha256: r.pdfSha256, name: r.pdfName }],
    financial: r.financial,
    confirmLate: input.confirmLate,
    submissionId: r.id,
  });
}

/** Links a waiting submission to the resolution of it already typed by hand (a new version of it goes up). */
export async function linkFromInbox(
  core: CoreContext,
  call: CallContext,
  input: { id: string; resolutionId: string },
): Promise<Resolution> {
  const { row, r } = await waiting(core, input.id);
  await core.db.write(async (tx) => {
    const [res]: { councilId: string; numberKey: string; approvalYear: number; submissionId: string | null }[] =
      await tx.query(
        `SELECT council_id AS councilId, number_key AS numberKey, approval_year AS approvalYear,
                submission_id AS submissionId FROM resolution WHERE id = ?`,
        [input.resolutionId],
      );
    if (
      !res ||
      res.councilId !== r.councilId ||
      res.numberKey !== row.numberKey ||
      res.approvalYear !== row.approvalYear
    )
      throw new AppError('validation', msg.linkMismatch);
    if (res.submissionId) throw new AppError('invalid_state', msg.linkTaken);
    const now = core.clock().toISOString();
    await linkSubmission(tx, r.id, input.resolutionId, call.actor.id, now, true);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'resolution',
      entityId: input.resolutionId,
      action: 'link_submission',
      after: { submissionId: r.id, receiptNumber: r.receiptNumber },
    });
  });
  return getResolution(core, input.resolutionId);
}
