// The audit chain's head and length: what a backup's manifest records, so a restored database can
// be shown to end where the office's history ended.
import type { EntityManager } from 'typeorm';
import { GENESIS } from './log';

export interface AuditHead {
  /** the last event's hash (GENESIS for an empty log) */
  head: string;
  count: number;
}

export async function auditHead(m: Pick<EntityManager, 'query'>): Promise<AuditHead> {
  const rows: { hash: string | null; count: number }[] = await m.query(
    'SELECT (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS hash, (SELECT COUNT(*) FROM audit_event) AS count',
  );
  return { head: rows[0]?.hash ?? GENESIS, count: Number(rows[0]?.count ?? 0) };
}
