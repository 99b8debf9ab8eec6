// A complaint pulled from the ministry server (shared/sync/complaints.ts), kept as it came. The
// server never changes a complaint, so a second copy of one (a page pulled again after a dropped
// answer, a restored backup) changes nothing: the office's own link stays as it is.
import type { EntityManager } from 'typeorm';
import { complaintRecord } from '../../../shared/sync/complaints';
import { SYSTEM_ACTOR } from '../context';
import { recordAudit } from '../audit/log';
import { complaintMessages as msg } from './messages';

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
  await tx.query(
    `INSERT INTO complaint (id, tracking_code, council_id, council_name, resolution_number, resolution_date,
       resolution_text, grounds, complainant_name, contact, contact_kind, file_sha256, file_name, file_mime,
       file_size, submitted_at, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      c.id,
      c.trackingCode,
      await localCouncil(tx, c.councilId),
      c.councilName,
      c.resolutionNumber,
      c.resolutionDate,
      c.resolutionText,
      c.grounds,
      c.complainantName,
      c.contact,
      c.contactKind,
      c.file?.sha256 ?? null,
      c.file?.name ?? null,
      c.file?.mimeType ?? null,
      c.file?.size ?? null,
      c.submittedAt,
      at,
    ],
  );
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
