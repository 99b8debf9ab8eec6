// The panel's objection to an agenda item, drafted before the ruling by the chair (from their
// own device, during or ahead of the session) or by the secretary (issue 11). The ruling of the
// item, or the session's close, records it (objections.ts reads it back).
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { isPast } from '../../../shared/deadlines/calculator';
import { objectionWindowClosedReason } from '../../../shared/lifecycle/machine';
import type { objectionDraftInput } from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { checkObjection } from '../rulings/checks';
import { getUserRow } from '../users/service';
import { SessionItemEntity } from './entities';
import { sessionObjectionTable } from './entities';
import { insertRow } from '../storage/table';
import { sessionMessages as msg } from './messages';
import { requireScheduled } from './schedule';
import { requireSessionRow } from './state';

/** Only the secretary or the panel's chair drafts the panel's objection. */
async function requireDrafter(tx: EntityManager, call: CallContext): Promise<void> {
  if (call.actor.role === 'secretary') return;
  const me = await getUserRow(tx, call.actor.id);
  if (!me || !me.active || me.role !== 'member' || !me.isChair) throw new AppError('forbidden', msg.objectionDrafter);
}

/** Saves (or replaces) the panel's objection for a pending item; returns the session's id. */
export async function saveObjection(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof objectionDraftInput>,
): Promise<string> {
  return core.db.write(async (tx) => {
    const item = await tx.getRepository(SessionItemEntity).findOneBy({ id: f.itemId });
    if (!item) throw new AppError('not_found', msg.itemNotOnAgenda);
    const s = await requireSessionRow(tx, item.sessionId);
    requireScheduled(s);
    if (item.state !== 'pending') {
      throw new AppError('invalid_state', item.state === 'ruled' ? msg.itemAlreadyRuled : msg.itemNotOnAgenda);
    }
    await requireDrafter(tx, call);
    const [r]: { deadline: string | null }[] = await tx.query(
      'SELECT objection_deadline AS deadline FROM resolution WHERE id = ?',
      [item.resolutionId],
    );
    if (r?.deadline && isPast(r.deadline, core.clock())) {
      throw new AppError('invalid_state', objectionWindowClosedReason(r.deadline));
    }
    const o = await checkObjection(tx, f.objection);
    const now = core.clock().toISOString();
    const [cur]: { rev: number; createdAt: string }[] = await tx.query(
      'SELECT rev, created_at AS createdAt FROM session_objection WHERE item_id = ?',
      [item.id],
    );
    const row = {
      itemId: item.id,
      sessionId: s.id,
      resolutionId: item.resolutionId,
      clause: o.clause,
      grounds: JSON.stringify(o.grounds),
      referenceIds: JSON.stringify(o.referenceIds),
      citations: JSON.stringify(o.citations),
      reasoning: o.reasoning,
      recordedBy: call.actor.id,
      recordedByName: call.actor.name,
      rev: (cur?.rev ?? 0) + 1,
      createdAt: cur?.createdAt ?? now,
      updatedAt: now,
    };
    await insertRow(tx, sessionObjectionTable, row, {
      onConflict: ['itemId'],
      keep: ['sessionId', 'resolutionId', 'createdAt'],
    });
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'session_objection',
      entityId: item.id,
      action: cur ? 'change_objection' : 'draft_objection',
      after: row,
      resolutionId: item.resolutionId,
    });
    return s.id;
  });
}
