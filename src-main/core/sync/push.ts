// Pushing the outbox: take the next rows in queue order, read each record as it is now, give each
// a changeId the first time it is sent (kept until the server answers, so a resent batch is the
// same batch), upload the files they refer to, send, and record the answer: accepted rows leave
// the outbox, refused ones stay with the server's reason, retryable ones wait for the next run.
import type { EntityManager } from 'typeorm';
import { MAX_PUSH_BYTES, MAX_PUSH_CHANGES, type Change, type PushResponse } from '../../../shared/sync/protocol';
import { pushedEntity } from '../../../shared/sync/records';
import type { CoreContext } from '../context';
import { newId } from '../ids';
import { insertRow } from '../storage/table';
import { syncBlobTable } from './entities';
import { readRecords, wireRev } from './records';
import { syncedTable } from './tables';
import { companions, units, type OutboxRow } from './together';
import type { Transport } from './transport';
import { ENGINE_MESSAGES } from './messages';

export interface Batch {
  changes: Change[];
  /** the last outbox position this batch looked at: the next batch starts after it */
  lastSeq: number;
  /** files the changes refer to, by hash */
  blobs: Map<string, string[]>;
  /** outbox positions after lastSeq sent with their resolution (together.ts): not sent again this run */
  companions: number[];
}

const MISSING_FILE = ENGINE_MESSAGES.missingFile;

/**
 * The waiting rows after `afterSeq`, as changes, each resolution with the children that evidence its
 * status (together.ts); null when nothing is left. `sent`: rows already sent in this run with their
 * resolution. One write transaction.
 */
export async function collectBatch(
  core: CoreContext,
  afterSeq: number,
  maxChanges: number,
  maxBytes = MAX_PUSH_BYTES,
  sent: ReadonlySet<number> = new Set(),
): Promise<Batch | null> {
  return core.db.write(async (tx) => {
    const rows: OutboxRow[] = await tx.query(
      `SELECT seq, entity, record_id AS recordId, change_id AS changeId FROM sync_outbox
        WHERE rejected_at IS NULL AND seq > ? ORDER BY seq LIMIT ?`,
      [afterSeq, maxChanges],
    );
    if (!rows.length) return null;
    const withChildren = await companions(tx, rows, afterSeq);
    const byEntity = new Map<string, string[]>();
    for (const r of [...rows, ...[...withChildren.values()].flat()])
      byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r.recordId]);
    const data = new Map<string, Map<string, Record<string, unknown>>>();
    for (const [entity, ids] of byEntity) {
      const t = syncedTable(entity);
      data.set(entity, t ? await readRecords(tx, t, ids) : new Map());
    }

    const batch: Batch = { changes: [], lastSeq: rows[rows.length - 1].seq, blobs: new Map(), companions: [] };
    let bytes = 0;
    for (const unit of units(rows, withChildren, sent)) {
      const present: { r: OutboxRow; d: Record<string, unknown> }[] = [];
      for (const r of unit) {
        const d = data.get(r.entity)?.get(r.recordId);
        // the record is gone (or no longer synced, or from a table this version dropped): nothing to send
        if (!syncedTable(r.entity) || !d) await tx.query('DELETE FROM sync_outbox WHERE seq = ?', [r.seq]);
        else present.push({ r, d });
      }
      const size = present.reduce((n, p) => n + JSON.stringify(p.d).length, 0);
      const full = bytes + size > maxBytes || batch.changes.length + present.length > MAX_PUSH_CHANGES;
      if (batch.changes.length > 0 && full) {
        // the next batch starts with this unit, whole
        batch.lastSeq = unit[0].seq - 1;
        break;
      }
      bytes += size;
      for (const { r, d } of present) {
        const changeId = r.changeId ?? newId();
        if (!r.changeId) await tx.query('UPDATE sync_outbox SET change_id = ? WHERE seq = ?', [changeId, r.seq]);
        batch.changes.push({
          changeId,
          entity: r.entity,
          id: r.recordId,
          rev: wireRev(syncedTable(r.entity)!, d),
          data: d,
        });
        for (const sha of pushedEntity(r.entity)?.blobs?.(d) ?? []) {
          batch.blobs.set(sha, [...(batch.blobs.get(sha) ?? []), changeId]);
        }
      }
      batch.companions.push(...unit.slice(1).map((r) => r.seq));
    }
    return batch;
  });
}

/**
 * Uploads the batch's files the server does not have yet. A file missing here refuses its records
 * locally (shown like a server refusal) and drops them from the batch.
 */
export async function uploadBlobs(core: CoreContext, transport: Transport, batch: Batch): Promise<Batch> {
  if (!batch.blobs.size) return batch;
  const hashes = [...batch.blobs.keys()];
  const known = new Set(
    (
      (await core.db.read.query(
        `SELECT sha256 FROM sync_blob WHERE sha256 IN (${hashes.map(() => '?').join(', ')})`,
        hashes,
      )) as { sha256: string }[]
    ).map((r) => r.sha256),
  );
  const refused = new Set<string>();
  for (const sha of hashes) {
    if (known.has(sha)) continue;
    const bytes = await core.blobs.get(sha);
    if (!bytes) {
      for (const changeId of batch.blobs.get(sha) ?? []) refused.add(changeId);
      continue;
    }
    await transport.putBlob(sha, bytes);
    await core.db.write((tx) =>
      insertRow(
        tx,
        syncBlobTable,
        { sha256: sha, uploadedAt: core.clock().toISOString() },
        { onConflict: ['sha256'], keep: ['uploadedAt'] },
      ),
    );
  }
  if (!refused.size) return batch;
  const at = core.clock().toISOString();
  await core.db.write(async (tx) => {
    for (const changeId of refused) await reject(tx, changeId, 'missing_blob', MISSING_FILE, at);
  });
  return { ...batch, changes: batch.changes.filter((c) => !refused.has(c.changeId)) };
}

async function reject(tx: EntityManager, changeId: string, code: string, reason: string, at: string) {
  // only while the row still carries this change: a newer version of the record is pushed afresh
  await tx.query(
    `UPDATE sync_outbox SET rejected_code = ?, rejected_reason = ?, rejected_at = ?, waiting_reason = NULL
      WHERE change_id = ?`,
    [code, reason, at, changeId],
  );
}

export interface PushTally {
  accepted: number;
  rejected: number;
  waiting: number;
}

/** Records the server's answer in one transaction. */
export async function recordAnswer(core: CoreContext, answer: PushResponse): Promise<PushTally> {
  const at = core.clock().toISOString();
  return core.db.write(async (tx) => {
    for (const changeId of answer.accepted) await tx.query('DELETE FROM sync_outbox WHERE change_id = ?', [changeId]);
    let waiting = 0;
    for (const r of answer.rejected) {
      if (r.retry) {
        waiting++;
        await tx.query('UPDATE sync_outbox SET waiting_reason = ? WHERE change_id = ?', [r.reason, r.changeId]);
      } else await reject(tx, r.changeId, r.code, r.reason, at);
    }
    return { accepted: answer.accepted.length, rejected: answer.rejected.length - waiting, waiting };
  });
}

export async function pendingCount(m: EntityManager): Promise<number> {
  const [{ n }] = await m.query('SELECT count(*) AS n FROM sync_outbox WHERE rejected_at IS NULL');
  return n;
}
