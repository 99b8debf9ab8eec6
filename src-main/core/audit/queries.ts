// The audit log read back: a resolution's timeline, and the admin's integrity check.
import type { AuditVerifyResult, HistoryEvent } from '../../../shared/schemas/audit';
import type { CoreContext } from '../context';
import { checkAgainstAnchor, recordedAnchor } from './anchor';
import { verifyAuditChain } from './log';

/** Events about the resolution itself and about records that belong to it (opinions, findings…). */
export async function resolutionHistory(core: CoreContext, resolutionId: string): Promise<HistoryEvent[]> {
  return core.db.read.query(
    `SELECT seq, id, at, actor_id AS actorId, actor_name AS actorName, entity, entity_id AS entityId, action,
            before, after, reason
       FROM audit_event WHERE resolution_id = ? OR entity_id = ? ORDER BY seq`,
    [resolutionId, resolutionId],
  );
}

export async function verifyAudit(core: CoreContext): Promise<AuditVerifyResult> {
  const r = await verifyAuditChain(core.db.read);
  if (r.ok || !r.broken) {
    // a chain that links to itself may still have been cut: it must reach its outside anchor
    const anchor = await recordedAnchor(core.db.read);
    const truncated = anchor ? await checkAgainstAnchor(core.db.read, anchor) : null;
    if (!truncated) return { ok: r.ok, checked: r.checked };
    core.log.warn({ anchor }, 'audit chain behind its anchor');
    return { ok: false, checked: r.checked, truncated };
  }
  const at: { at: string }[] = await core.db.read.query('SELECT at FROM audit_event WHERE seq = ?', [r.broken.seq]);
  const result = { ok: false, checked: r.checked, broken: { ...r.broken, at: at[0]?.at ?? null } };
  core.log.warn({ broken: r.broken }, 'audit chain broken');
  return result;
}
