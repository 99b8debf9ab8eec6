// The console's audit: one row per admin action (who, when, what, on what, from where), in the
// same transaction as the action. The table refuses UPDATE and DELETE (triggers, migration
// ServerConsole*): history can only grow.
import type { Sql } from '../db/database';

export interface AuditEntry {
  /** a console account's id, or 'cli' for the command line */
  actor: string;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown>;
  address?: string | null;
}

export async function audit(db: Sql, e: AuditEntry, at: string): Promise<void> {
  await db.query(
    'INSERT INTO console_audit (at, actor, action, target, detail, address) VALUES ($1, $2, $3, $4, $5, $6)',
    [at, e.actor, e.action, e.target ?? null, JSON.stringify(e.detail ?? {}), e.address ?? null],
  );
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  actorName: string | null;
  action: string;
  target: string | null;
  detail: string;
}

export async function readAudit(db: Sql, limit = 200): Promise<AuditRow[]> {
  const rows = await db.query<AuditRow & { seq: string | number }>(
    `SELECT a.seq, a.at, a.actor, u.username AS "actorName", a.action, a.target, a.detail
       FROM console_audit a LEFT JOIN console_account u ON u.id = a.actor
      ORDER BY a.seq DESC LIMIT $1`,
    [Math.min(1000, Math.max(1, Math.floor(limit)))],
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
