// A resolution goes to the server together with the child records that evidence the steps its
// status took (shared/sync/statusEvidence.ts): the server accepts a status change only when every
// step has its record in the same push or already on the server (issue 16 item 11). The outbox
// keeps a record's first place in the queue, so a resolution registered and then ruled offline
// sits far ahead of its ruling, letters and answers; a batch cut between them would send the
// status without its evidence. Here each resolution in a batch brings its waiting children along.
import type { EntityManager } from 'typeorm';
import { EVIDENCE_ENTITIES } from '../../../shared/sync/statusEvidence';
import { syncedTable } from './tables';

export interface OutboxRow {
  seq: number;
  entity: string;
  recordId: string;
  changeId: string | null;
}

// resolution ids per query (each child table's subquery takes them all)
const CHUNK = 100;

/**
 * The waiting outbox rows after `afterSeq`, outside `rows`, of the children that evidence steps of
 * the resolutions among `rows`, by resolution, in queue order.
 */
export async function companions(
  tx: EntityManager,
  rows: readonly OutboxRow[],
  afterSeq: number,
): Promise<Map<string, OutboxRow[]>> {
  const out = new Map<string, OutboxRow[]>();
  const ids = rows.filter((r) => r.entity === 'resolution').map((r) => r.recordId);
  if (!ids.length) return out;
  const inBatch = new Set(rows.map((r) => r.seq));
  const tables = EVIDENCE_ENTITIES.flatMap((entity) => {
    const t = syncedTable(entity);
    return t ? [{ entity, table: t.table }] : [];
  });
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const marks = part.map(() => '?').join(', ');
    const sql = tables
      .map(
        (
          t,
        ) => `SELECT o.seq, o.entity, o.record_id AS recordId, o.change_id AS changeId, c.resolution_id AS resolutionId
          FROM sync_outbox o JOIN ${t.table} c ON c.id = o.record_id
         WHERE o.entity = '${t.entity}' AND o.rejected_at IS NULL AND o.seq > ? AND c.resolution_id IN (${marks})`,
      )
      .join(' UNION ALL ');
    const found = (await tx.query(
      `${sql} ORDER BY seq`,
      tables.flatMap(() => [afterSeq, ...part]),
    )) as (OutboxRow & { resolutionId: string })[];
    for (const { resolutionId, ...row } of found) {
      if (inBatch.has(row.seq)) continue;
      out.set(resolutionId, [...(out.get(resolutionId) ?? []), row]);
    }
  }
  return out;
}

/**
 * The batch's rows in units that go together: each row in queue order, a resolution followed by its
 * companions (so a child still comes after its parent). A row already sent in this run as a
 * companion (`sent`) is not sent again when the queue reaches it.
 */
export function units(
  rows: readonly OutboxRow[],
  withChildren: ReadonlyMap<string, OutboxRow[]>,
  sent: ReadonlySet<number>,
): OutboxRow[][] {
  const taken = new Set<number>();
  const out: OutboxRow[][] = [];
  for (const r of rows) {
    if (sent.has(r.seq) || taken.has(r.seq)) continue;
    const kids = r.entity === 'resolution' ? (withChildren.get(r.recordId) ?? []) : [];
    const unit = [r, ...kids.filter((k) => !sent.has(k.seq) && !taken.has(k.seq))];
    for (const u of unit) taken.add(u.seq);
    out.push(unit);
  }
  return out;
}
