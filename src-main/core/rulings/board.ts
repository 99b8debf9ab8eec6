// The dispute board (هیأت حل اختلاف) and the Administrative Justice Court: a referral when the
// council insists or stays silent, the board's final decision, and a court annulment, which may
// be recorded against a resolution at any time (DOMAIN.md).
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { disputeBoardDeadline } from '../../../shared/deadlines/calculator';
import type { Resolution } from '../../../shared/schemas/resolution';
import type { boardDecisionInput, boardReferralInput, courtAnnulmentInput } from '../../../shared/schemas/ruling';
import type { Actor, CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { getResolution } from '../resolutions/service';
import { currentPolicy } from '../lifecycle/policy';
import {
  applyTransition,
  checkRev,
  checkTransition,
  loadResolution,
  type Due,
  type ResolutionState,
} from '../lifecycle/transition';
import { BoardReferralEntity, CourtRulingEntity, type BoardReferralRow, type CourtRulingRow } from '../review/entities';
import { checkDate } from './checks';
import { rulingDates as dates, rulingMessages as rm } from './messages';

/** Records the referral and returns the board's deadline, which becomes the resolution's due. */
export async function insertReferral(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  cause: BoardReferralRow['cause'],
  f: z.output<typeof boardReferralInput>,
  notBefore: { date: string; label: string },
): Promise<Due> {
  checkDate(core, f.referralDate, 'referral.referralDate', dates.referral, notBefore);
  const now = core.clock().toISOString();
  const referral: BoardReferralRow = {
    id: newId(),
    resolutionId: row.id,
    cause,
    boardLevel: f.boardLevel,
    boardName: f.boardName,
    referralDate: f.referralDate,
    referralNumber: f.referralNumber,
    decision: null,
    decisionNumber: null,
    decisionDate: null,
    decisionNote: null,
    recordedBy: actor.id,
    recordedByName: actor.name,
    rev: 1,
    createdAt: now,
    updatedAt: now,
  };
  await tx.getRepository(BoardReferralEntity).insert(referral);
  await recordAudit(tx, {
    actor,
    at: now,
    entity: 'board_referral',
    entityId: referral.id,
    action: 'board_referral',
    after: referral,
    resolutionId: row.id,
  });
  return { dueDate: disputeBoardDeadline(f.referralDate, await currentPolicy(tx)), dueKind: 'dispute_board' };
}

/** The board upheld or annulled the resolution: referred → upheld | annulled. */
export async function boardDecision(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof boardDecisionInput>,
): Promise<Resolution> {
  await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkRev(row, f.rev);
    const transition = f.decision === 'upheld' ? 'board_upholds' : 'board_annuls';
    checkTransition(core, call.actor, row, transition, { boardDecision: true });
    const repo = tx.getRepository(BoardReferralEntity);
    const referral = await repo.findOneBy({ resolutionId: row.id });
    if (!referral) throw new AppError('invalid_state', rm.noReferral);
    checkDate(core, f.decisionDate, 'decisionDate', dates.decision, {
      date: referral.referralDate,
      label: dates.referral,
    });
    const now = core.clock().toISOString();
    const next = {
      decision: f.decision,
      decisionNumber: f.decisionNumber,
      decisionDate: f.decisionDate,
      decisionNote: f.note,
      rev: referral.rev + 1,
      updatedAt: now,
    };
    await repo.update({ id: referral.id }, next);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'board_referral',
      entityId: referral.id,
      action: 'board_decision',
      before: referral,
      after: { ...referral, ...next },
      resolutionId: row.id,
    });
    await applyTransition(
      core,
      tx,
      call.actor,
      row.id,
      transition,
      { boardDecision: true },
      {
        row,
        due: null,
        detail: { referralId: referral.id, decisionNumber: f.decisionNumber, decisionDate: f.decisionDate },
      },
    );
  });
  return getResolution(core, f.resolutionId);
}

/** The Administrative Justice Court annulled the resolution (court_annuls). */
export async function courtAnnulment(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof courtAnnulmentInput>,
): Promise<Resolution> {
  await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkRev(row, f.rev);
    checkTransition(core, call.actor, row, 'court_annuls', { courtRuling: true });
    checkDate(core, f.rulingDate, 'rulingDate', dates.courtRuling, {
      date: row.receiptDate,
      label: dates.receipt,
    });
    const ruling: CourtRulingRow = {
      id: newId(),
      resolutionId: row.id,
      rulingNumber: f.rulingNumber,
      rulingDate: f.rulingDate,
      note: f.note,
      recordedBy: call.actor.id,
      recordedByName: call.actor.name,
      recordedAt: core.clock().toISOString(),
    };
    await tx.getRepository(CourtRulingEntity).insert(ruling);
    await recordAudit(tx, {
      actor: call.actor,
      at: ruling.recordedAt,
      entity: 'court_ruling',
      entityId: ruling.id,
      action: 'court_ruling',
      after: ruling,
      resolutionId: row.id,
    });
    await applyTransition(
      core,
      tx,
      call.actor,
      row.id,
      'court_annuls',
      { courtRuling: true },
      {
        row,
        due: null,
        detail: { courtRulingId: ruling.id, rulingNumber: f.rulingNumber, rulingDate: f.rulingDate },
      },
    );
  });
  return getResolution(core, f.resolutionId);
}
