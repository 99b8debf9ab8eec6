// A complaint pulled from the ministry server (shared/sync/complaints.ts), kept as it came. The
// server never changes a complaint, so a second copy of one (a page pulled again after a dropped
// answer, a restored backup) changes nothing: the office's own link stays as it is.
import type { EntityManager } from 'typeorm';
import { complaintRecord } from '../../../shared/sync/complaints';
import { SYSTEM_ACTOR } from '../context';
import { recordAudit } from '../audit/log';
import { complaintMessages as msg } from './messages';
import { insertRow } from '../storage/table';
import { complaintTable } from './entities';

/** The office's council the complaint names: its own id, or the one it keeps for the ministry's. */
async function localCouncil(tx: EntityManager, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [own] = await tx.query('SELECT id FROM council WHERE id = ?', [id]);
  if (own) return id;
  const [link] = await tx.query(
    `SELECT s.local_id AS id FROM sync_reference s JOIN council c ON c.id = s.local_id
      WHERE s.entity = 'council' AND s.id = ?`,
    [id],
  );
  return (link?.id as string | undefined) ?? null;
}

export async function receiveComplaint(tx: EntityManager, data: Record<string, unknown>, at: string) {
  const r = complaintRecord.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(msg.invalidRecord(`${i.path.join('.')}: ${i.message}`));
  }
  const c = r.data;
  const [have] = await tx.query('SELECT 1 AS one FROM complaint WHERE id = ?', [c.id]);
  if (have) return;
  await insertRow(tx, complaintTable, {
    id: c.id,
    trackingCode: c.trackingCode,
    councilId: await localCouncil(tx, c.councilId),
    councilName: c.councilName,
    resolutionNumber: c.resolutionNumber,
    resolutionDate: c.resolutionDate,
    resolutionText: c.resolutionText,
    grounds: c.grounds,
    complainantName: c.complainantName,
    contact: c.contact,
    contactKind: c.contactKind,
    fileSha256: c.file?.sha256 ?? null,
    fileName: c.file?.name ?? null,
    fileMime: c.file?.mimeType ?? null,
    fileSize: c.file?.size ?? null,
    submittedAt: c.submittedAt,
    receivedAt: at,
  });
  await recordAudit(tx, {
    actor: SYSTEM_ACTOR,
    at,
    entity: 'complaint',
    entityId: c.id,
    action: 'receive',
    after: { councilName: c.councilName, resolutionNumber: c.resolutionNumber, submittedAt: c.submittedAt },
  });
}

/** The complaints' files this office does not hold yet (fetched from the server after a pull). */
export async function missingComplaintFiles(m: EntityManager, has: (sha256: string) => boolean): Promise<string[]> {
  const rows: { sha: string }[] = await m.query(
    'SELECT DISTINCT file_sha256 AS sha FROM complaint WHERE file_sha256 IS NOT NULL',
  );
  return rows.map((r) => r.sha).filter((s) => !has(s));
}
