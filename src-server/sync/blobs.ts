// PUT/GET /v1/blobs/<sha256>: attachment files, stored once by content. The server hashes what it
// receives and refuses bytes that do not match their name. An office reads only files it has sent
// itself (another office's identical file is still its own upload, recorded separately), and the
// answer says only whether this office had sent it before: never that another office holds it.
import crypto from 'node:crypto';
import type { ServerDb, Tx } from '../db/database';
import { HttpError } from '../http/errors';
import type { AuthedOffice } from './office';

export async function putBlob(
  db: ServerDb,
  office: AuthedOffice,
  sha256: string,
  body: Buffer,
  now: string,
): Promise<{ sha256: string; size: number; stored: boolean }> {
  const actual = crypto.createHash('sha256').update(body).digest('hex');
  if (actual !== sha256) {
    throw new HttpError(
      400,
      'hash_mismatch',
      'محتوای پرونده با شناسهٔ آن (SHA-256) نمی‌خواند؛ پرونده در راه آسیب دیده است.',
    );
  }
  return db.tx(async (tx) => {
    await tx.lock(`blob:${sha256}`);
    const [have] = await tx.query<{ size: number }>('SELECT size FROM blob WHERE sha256 = $1', [sha256]);
    if (!have) {
      await tx.query('INSERT INTO blob (sha256, size, data, created_at) VALUES ($1, $2, $3, $4)', [
        sha256,
        body.length,
        body,
        now,
      ]);
    }
    const [owned] = await tx.query('SELECT 1 AS one FROM blob_owner WHERE sha256 = $1 AND office_id = $2', [
      sha256,
      office.id,
    ]);
    if (!owned) await tx.query('INSERT INTO blob_owner (sha256, office_id) VALUES ($1, $2)', [sha256, office.id]);
    return { sha256, size: body.length, stored: !owned };
  });
}

export async function getBlob(db: ServerDb, office: AuthedOffice, sha256: string): Promise<Buffer> {
  const [row] = await db.read.query<{ data: Buffer | Uint8Array }>(
    `SELECT b.data FROM blob b JOIN blob_owner o ON o.sha256 = b.sha256 WHERE b.sha256 = $1 AND o.office_id = $2`,
    [sha256, office.id],
  );
  if (!row) throw new HttpError(404, 'not_found', 'این پرونده در سرور نیست.');
  return Buffer.from(row.data);
}

/**
 * A file the server took on an office's behalf (a council's minutes, a citizen's attachment): stored
 * once by content and readable by that office. In the caller's transaction.
 */
export async function storeOwnedBlob(tx: Tx, officeId: string, sha256: string, bytes: Buffer, now: string) {
  await tx.lock(`blob:${sha256}`);
  const [have] = await tx.query('SELECT 1 AS one FROM blob WHERE sha256 = $1', [sha256]);
  if (!have)
    await tx.query('INSERT INTO blob (sha256, size, data, created_at) VALUES ($1, $2, $3, $4)', [
      sha256,
      bytes.length,
      bytes,
      now,
    ]);
  await tx.query('INSERT INTO blob_owner (sha256, office_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    sha256,
    officeId,
  ]);
}
