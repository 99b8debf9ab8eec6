// The audit chain anchored outside its file (issue 16 item 13). A chain that only links to itself
// still verifies after its last events are deleted, after all are, or after every hash is written
// again; so its head and count go to the ministry server with every sync (which refuses one that
// goes backwards or forks), the office keeps the last anchor the server acknowledged, and
// verification reports a chain that is behind it. Backups print auditChainHead() in their manifest.
import type { EntityManager } from 'typeorm';
import type { AuditAnchor } from '../../../shared/sync/protocol';
import { GENESIS } from './log';
import { AUDIT_MESSAGES } from './messages';

/**
 * The chain's head (its last event's hash; the genesis value when empty) and how many events it
 * holds: what a sync anchors and what a backup's manifest records.
 */
export async function auditChainHead(m: Pick<EntityManager, 'query'>): Promise<AuditAnchor> {
  const [row]: { n: number; head: string | null }[] = await m.query(
    `SELECT (SELECT count(*) FROM audit_event) AS n, (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS head`,
  );
  return { head: row.head ?? GENESIS, count: Number(row.n) };
}

/** The hash of the chain's `count`-th event (the genesis value for 0), or null when it is shorter. */
export async function auditHashAt(m: EntityManager, count: number): Promise<string | null> {
  if (count === 0) return GENESIS;
  const rows: { hash: string }[] = await m.query('SELECT hash FROM audit_event ORDER BY seq LIMIT 1 OFFSET ?', [
    count - 1,
  ]);
  return rows[0]?.hash ?? null;
}

/** The last anchor the ministry server acknowledged, kept in sync_state. */
export async function recordedAnchor(m: EntityManager): Promise<AuditAnchor | null> {
  const [r]: { head: string | null; count: number | null }[] = await m.query(
    'SELECT audit_anchor_head AS head, audit_anchor_count AS count FROM sync_state WHERE id = 1',
  );
  return r?.head && r.count !== null ? { head: r.head, count: Number(r.count) } : null;
}

export async function saveAnchor(tx: EntityManager, a: AuditAnchor, at: string): Promise<void> {
  await tx.query(
    'UPDATE sync_state SET audit_anchor_head = ?, audit_anchor_count = ?, audit_anchor_at = ? WHERE id = 1',
    [a.head, a.count, at],
  );
}

/** Why the chain does not reach `anchor` (deleted events, a rewritten chain), or null when it does. */
export async function checkAgainstAnchor(m: EntityManager, anchor: AuditAnchor): Promise<string | null> {
  const { count } = await auditChainHead(m);
  if (count < anchor.count) return AUDIT_MESSAGES.truncated(count, anchor.count);
  if ((await auditHashAt(m, anchor.count)) !== anchor.head) return AUDIT_MESSAGES.rewritten(anchor.count);
  return null;
}
