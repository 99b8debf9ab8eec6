// A resolution and the council portal's submission of it (issue 14): the two routes (the portal's
// inbox, the hand-typed paper) must never make two records of one resolution. At registration:
// - from the inbox (submissionId): the submission must be waiting, of the same council, and the
//   receipt date cannot be later than the server's receipt;
// - by hand: a waiting submission of the same council, number and approval year is a warning
//   (needs_confirmation); confirmed, the new resolution takes the submission's place in the inbox.
// The resolution then carries the submission's id (submission_id, pushed), which the portal reads.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { resolutionMessages as msg } from './messages';

interface InboxRow {
  id: string;
  councilId: string;
  receiptNumber: string;
  receiptDate: string;
  resolutionId: string | null;
}

const SELECT = `SELECT id, council_id AS councilId, receipt_number AS receiptNumber, receipt_date AS receiptDate,
  resolution_id AS resolutionId FROM council_submission_inbox`;

/** The submission this registration takes, checked; null when none. */
export async function submissionFor(
  tx: EntityManager,
  f: { councilId: string; receiptDate: string; submissionId?: string; confirmLate?: boolean },
  k: { numberKey: string; approvalYear: number },
): Promise<InboxRow | null> {
  if (f.submissionId) {
    const [row]: InboxRow[] = await tx.query(`${SELECT} WHERE id = ?`, [f.submissionId]);
    if (!row) throw new AppError('not_found', msg.submissionNotFound);
    if (row.resolutionId) throw new AppError('invalid_state', msg.submissionDone);
    if (row.councilId !== f.councilId)
      throw new AppError('validation', msg.submissionCouncil, { councilId: msg.submissionCouncil });
    if (f.receiptDate > row.receiptDate) {
      const text = msg.submissionReceiptLater(row.receiptDate);
      throw new AppError('validation', text, { receiptDate: text });
    }
    return row;
  }
  const [waiting]: InboxRow[] = await tx.query(
    `${SELECT} WHERE council_id = ? AND number_key = ? AND approval_year = ? AND resolution_id IS NULL`,
    [f.councilId, k.numberKey, k.approvalYear],
  );
  if (waiting && !f.confirmLate) {
    const text = msg.inInbox(waiting.receiptNumber, waiting.receiptDate);
    throw new AppError('needs_confirmation', text, { councilResolutionNumber: text });
  }
  return waiting ?? null;
}

/** The resolution carries the submission's id, and the submission leaves the inbox. */
export async function linkSubmission(
  tx: EntityManager,
  submissionId: string,
  resolutionId: string,
  by: string,
  now: string,
  bumpRev: boolean,
) {
  await tx.query(
    `UPDATE resolution SET submission_id = ?${bumpRev ? ', rev = rev + 1, updated_at = ?' : ''} WHERE id = ?`,
    bumpRev ? [submissionId, now, resolutionId] : [submissionId, resolutionId],
  );
  await tx.query(
    'UPDATE council_submission_inbox SET resolution_id = ?, done_at = ?, done_by = ? WHERE id = ? AND resolution_id IS NULL',
    [resolutionId, now, by, submissionId],
  );
}
