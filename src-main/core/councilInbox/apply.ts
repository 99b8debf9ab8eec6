// A council portal submission pulled from the server (entity council_submission, in the office's
// own scope) becomes a row of the inbox, once: the pull may bring it again (a lost answer, a
// restart between the page and its cursor) and it stays one row. Its file comes after the pull
// (fetchMissingMinutes), outside the page's transaction.
import type { EntityManager } from 'typeorm';
import { councilSubmissionRecord } from '../../../shared/schemas/councilSubmission';
import { jalaliYear } from '../../../shared/dates/jalali';
import { searchKey } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { sha256Hex } from '../storage/blobs';
import { inboxMessages as msg } from './messages';
import { insertRow } from '../storage/table';
import { councilSubmissionInboxTable } from './entities';

export const SUBMISSION_ENTITY = 'council_submission';

export async function applySubmission(tx: EntityManager, at: string, data: Record<string, unknown>): Promise<null> {
  const r = councilSubmissionRecord.parse(data);
  const [council]: { id: string }[] = await tx.query('SELECT id FROM council WHERE id = ?', [r.councilId]);
  if (!council) throw new Error(msg.unknownCouncil(r.councilId));
  await insertRow(
    tx,
    councilSubmissionInboxTable,
    {
      id: r.id,
      councilId: r.councilId,
      receiptNumber: r.receiptNumber,
      receivedAt: r.receivedAt,
      receiptDate: r.receiptDate,
      numberKey: searchKey(r.councilResolutionNumber).replace(/\s+/g, ''),
      approvalYear: jalaliYear(r.approvalDate),
      data: JSON.stringify(r),
      pdfSha256: r.pdfSha256,
      arrivedAt: at,
    },
    { or: 'IGNORE' },
  );
  // a resolution that already carries it (restored from a backup taken after its registration)
  await tx.query(
    `UPDATE council_submission_inbox SET resolution_id = (SELECT id FROM resolution WHERE submission_id = ?),
       done_at = ? WHERE id = ? AND resolution_id IS NULL AND EXISTS (SELECT 1 FROM resolution WHERE submission_id = ?)`,
    [r.id, at, r.id, r.id],
  );
  return null;
}

/** The signed minutes of waiting submissions this office does not hold yet, from the server. */
export async function fetchMissingMinutes(core: CoreContext, get: (sha256: string) => Promise<Buffer>) {
  const rows: { sha: string }[] = await core.db.read.query(
    'SELECT DISTINCT pdf_sha256 AS sha FROM council_submission_inbox WHERE resolution_id IS NULL',
  );
  let fetched = 0;
  for (const { sha } of rows) {
    if (core.blobs.has(sha)) continue;
    let data: Buffer;
    try {
      data = await get(sha);
    } catch (e) {
      // one file the server will not give does not stop the sync; the inbox says it has not arrived
      core.log.warn({ sha256: sha, err: (e as Error).message }, 'council minutes not fetched');
      continue;
    }
    // bytes that are not this file are not kept at all
    if (sha256Hex(data) !== sha) throw new Error(`minutes ${sha} did not match their hash`);
    await core.blobs.put(data);
    fetched++;
  }
  return fetched;
}
