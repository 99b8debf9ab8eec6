// What councils submit in the portal: a resolution's fields and the signed minutes (PDF). The
// server's clock stamps the receipt; its day in Tehran is the legal receipt date. Each submission
// is one row here, its file one blob (by SHA-256, owned by the council's office so the office may
// read it), and one row in the office's scope of the change feed (entity council_submission): the
// office's next pull brings it to its inbox. Every read is filtered by the account's own office and
// council in SQL; nothing in a request names another council.
import crypto from 'node:crypto';
import { statusLabel } from '../../shared/domain/statuses';
import { jalaliYear, todayInTehran } from '../../shared/dates/jalali';
import {
  councilSubmissionInput,
  SUBMISSION_PDF_MAX_BYTES,
  type CouncilSubmissionRecord,
  type SubmissionState,
} from '../../shared/schemas/councilSubmission';
import { scopeOf } from '../../shared/sync/protocol';
import { searchKey } from '../../shared/text/persian';
import type { ServerDb } from '../db/database';
import { selectIn } from '../db/sql';
import { submission } from '../db/migrationsCouncils';
import { newId } from '../admin/ids';
import { HttpError } from '../http/errors';
import { storeOwnedBlob } from '../sync/blobs';
import { body } from '../console/routes';
import type { CouncilAccount } from './accounts';
import { COUNCIL_MESSAGES as M } from './messages';

export const SUBMISSION_ENTITY = 'council_submission';

export interface SubmissionView {
  id: string;
  receiptNumber: string;
  receivedAt: string;
  receiptDate: string;
  record: CouncilSubmissionRecord;
  state: SubmissionState;
  /** once the office registered it: its register entry and where it stands */
  registered: { incomingNumber: string; receiptDate: string; status: string; statusLabel: string } | null;
}

const numberKeyOf = (n: string) => searchKey(n).replace(/\s+/g, '');

export function pdfOf(base64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new HttpError(400, 'invalid', M.badBase64);
  if (base64.length > Math.ceil(SUBMISSION_PDF_MAX_BYTES / 3) * 4)
    throw new HttpError(413, 'too_large', M.tooLarge(SUBMISSION_PDF_MAX_BYTES / 1024 / 1024));
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > SUBMISSION_PDF_MAX_BYTES)
    throw new HttpError(413, 'too_large', M.tooLarge(SUBMISSION_PDF_MAX_BYTES / 1024 / 1024));
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new HttpError(400, 'invalid', M.notPdf);
  return bytes;
}

/** The office's pushed resolution of this council with this number in this year, if any. */
async function heldResolution(db: ServerDb, a: CouncilAccount, numberKey: string, approvalYear: number) {
  const f = (k: string) => (db.dialect === 'postgres' ? `(data::jsonb ->> '${k}')` : `json_extract(data, '$.${k}')`);
  const [row] = await db.read.query<{ data: string }>(
    `SELECT data FROM sync_record WHERE office_id = $1 AND entity = 'resolution' AND ${f('councilId')} = $2
        AND ${f('numberKey')} = $3 AND CAST(${f('approvalYear')} AS INTEGER) = $4`,
    [a.officeId, a.councilId, numberKey, approvalYear],
  );
  return row ? (JSON.parse(row.data) as Record<string, unknown>) : null;
}

/** A submission: checked, stored with its file, put in the office's feed; its receipt. */
export async function submit(db: ServerDb, a: CouncilAccount, raw: unknown, now: string): Promise<SubmissionView> {
  const input = body(councilSubmissionInput, raw);
  const pdf = pdfOf(input.pdfBase64);
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  const receiptDate = todayInTehran(new Date(now));
  if (input.approvalDate > receiptDate) throw new HttpError(400, 'invalid', M.approvalInFuture);
  const [council] = await db.read.query<{ data: string }>(
    `SELECT data FROM sync_record WHERE office_id = $1 AND entity = 'council' AND id = $2`,
    [a.officeId, a.councilId],
  );
  if (!council || Number((JSON.parse(council.data) as { active: number }).active) !== 1)
    throw new HttpError(400, 'invalid', M.councilInactive);
  const numberKey = numberKeyOf(input.councilResolutionNumber);
  const approvalYear = jalaliYear(input.approvalDate);
  const held = await heldResolution(db, a, numberKey, approvalYear);
  if (held) throw new HttpError(409, 'duplicate', M.alreadyRegistered(String(held.incomingNumber)));
  const id = newId();
  await db.tx(async (tx) => {
    // the feed's lock: receipt numbers and feed rows become visible in order (admin/publish.ts)
    await tx.lock('feed');
    const [same] = await tx.query<{ receipt_number: string }>(
      `SELECT receipt_number FROM council_submission
        WHERE office_id = $1 AND council_id = $2 AND number_key = $3 AND approval_year = $4`,
      [a.officeId, a.councilId, numberKey, approvalYear],
    );
    if (same) throw new HttpError(409, 'duplicate', M.duplicate(same.receipt_number));
    const year = jalaliYear(receiptDate);
    const [{ n }] = await tx.query<{ n: number | string }>(
      'SELECT count(*) AS n FROM council_submission WHERE receipt_number LIKE $1',
      [`${year}/%`],
    );
    const receiptNumber = `${year}/${String(Number(n) + 1).padStart(6, '0')}`;
    const record: CouncilSubmissionRecord = {
      id,
      receiptNumber,
      receivedAt: now,
      receiptDate,
      councilId: a.councilId,
      councilResolutionNumber: input.councilResolutionNumber,
      councilSessionNumber: input.councilSessionNumber,
      councilSessionDate: input.councilSessionDate,
      approvalDate: input.approvalDate,
      title: input.title,
      text: input.text,
      category: input.category,
      financial: input.financial ?? null,
      pdfSha256: sha256,
      pdfSize: pdf.length,
      pdfName: input.pdfName ?? 'صورت‌جلسه.pdf',
      submittedBy: a.fullName,
    };
    await storeOwnedBlob(tx, a.officeId, sha256, pdf, now);
    const json = JSON.stringify(record);
    await tx.query(
      `INSERT INTO council_submission (id, receipt_number, office_id, council_id, account_id, received_at,
         receipt_date, number_key, approval_year, data, pdf_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [id, receiptNumber, a.officeId, a.councilId, a.id, now, receiptDate, numberKey, approvalYear, json, sha256],
    );
    await tx.query('INSERT INTO feed (scope, entity, id, rev, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      scopeOf.office(a.officeId),
      SUBMISSION_ENTITY,
      id,
      1,
      json,
      now,
    ]);
  });
  return (await submissionsOf(db, a, id))[0];
}

interface SubmissionRow {
  id: string;
  receipt_number: string;
  received_at: string;
  receipt_date: string;
  data: string;
}

/** The account's council's submissions (or one of them), newest first, with where each stands. */
export async function submissionsOf(db: ServerDb, a: CouncilAccount, onlyId?: string): Promise<SubmissionView[]> {
  const rows = await db.read.query<SubmissionRow>(
    `SELECT id, receipt_number, received_at, receipt_date, data FROM council_submission
      WHERE office_id = $1 AND council_id = $2 ${onlyId ? 'AND id = $3' : ''}
      ORDER BY received_at DESC, receipt_seq DESC LIMIT 500`,
    onlyId ? [a.officeId, a.councilId, onlyId] : [a.officeId, a.councilId],
  );
  if (onlyId && !rows.length) throw new HttpError(404, 'not_found', M.notFound);
  const expr = submission(db.dialect);
  const linked = await selectIn<{ sid: string; data: string }>(
    db.read,
    rows.map((r) => r.id),
    [a.officeId],
    (p) =>
      `SELECT ${expr} AS sid, data FROM sync_record WHERE office_id = $1 AND entity = 'resolution' AND ${expr} IN (${p})`,
  );
  const bySubmission = new Map(linked.map((l) => [l.sid, JSON.parse(l.data) as Record<string, string>]));
  return rows.map((r) => {
    const res = bySubmission.get(r.id);
    return {
      id: r.id,
      receiptNumber: r.receipt_number,
      receivedAt: r.received_at,
      receiptDate: r.receipt_date,
      record: JSON.parse(r.data) as CouncilSubmissionRecord,
      state: res ? 'registered' : 'received',
      registered: res
        ? {
            incomingNumber: res.incomingNumber,
            receiptDate: res.receiptDate,
            status: res.status,
            statusLabel: statusLabel(res.status),
          }
        : null,
    };
  });
}

/** The signed minutes of one of the account's council's submissions. */
export async function minutesOf(db: ServerDb, a: CouncilAccount, id: string): Promise<Buffer> {
  const [row] = await db.read.query<{ data: Buffer | Uint8Array }>(
    `SELECT b.data FROM council_submission s JOIN blob b ON b.sha256 = s.pdf_sha256
      WHERE s.id = $1 AND s.office_id = $2 AND s.council_id = $3`,
    [id, a.officeId, a.councilId],
  );
  if (!row) throw new HttpError(404, 'not_found', M.notFound);
  return Buffer.from(row.data);
}
