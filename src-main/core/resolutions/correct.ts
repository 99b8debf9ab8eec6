// Correcting a resolution's registration fields at any stage (issue 11): the secretary, with a
// reason; an immutable record of what they were and what they became (registration_correction,
// synced), the audit event, the timeline. The receipt date drives the legal clock, so a
// correction recomputes the panel's objection window, and what that may do is decided here:
//
// - Before the panel has ruled (received, under review, awaiting ruling) the window moves with
//   the date. If the corrected window has already ended, the resolution lapses at once (the
//   system's lapse, in the same transaction); the user confirms that first.
// - Lapsed (enforceable by lapse): if the corrected window is still open, the lapse rested on a
//   wrong date and the review starts again (reopen_after_correction → received); the user
//   confirms that first. If it has ended anyway, only the date and deadline change.
// - After the panel has ruled: the ruling stands (rulings are immutable, letters may have gone
//   out), so a correction is accepted only if the ruling still falls inside the corrected window;
//   otherwise it is refused, saying so: whether a ruling made out of time stands is for the
//   dispute board or the court, not for a clerical correction. The council cannot change either
//   once a ruling or letter names it.
// Nothing is lost: the earlier values stay in the correction record and the audit chain.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { todayInTehran } from '../../../shared/dates/jalali';
import { isPast } from '../../../shared/deadlines/calculator';
import type { StatusCode } from '../../../shared/domain/statuses';
import {
  REGISTRATION_FIELDS,
  registrationOf,
  type RegistrationField,
  type CorrectionEffect,
  type RegistrationCorrectionResult,
  type registrationCorrectionInput,
} from '../../../shared/schemas/resolution';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { newId } from '../ids';
import { currentPolicy } from '../lifecycle/policy';
import { applyTransition, defaultDue, loadResolution } from '../lifecycle/transition';
import { ResolutionEntity, type ResolutionRecord } from '../storage/entities';
import { insertRow } from '../storage/table';
import { registrationCorrectionTable } from './entities';
import { receiptClock } from './clock';
import { indexResolution, resolutionDocument } from '../storage/fts';
import { resolutionSortRows, writeResolutionSortKeys } from '../storage/sortKeys';
import { resolutionMessages as msg } from './messages';
import { checkAgainstRecords, getResolution, lapseNow, registrationColumns } from './service';
import { requireRevision } from '../revision';

type Fields = z.output<typeof registrationCorrectionInput>;

const BEFORE_RULING: readonly StatusCode[] = ['received', 'under_review', 'awaiting_ruling'];

interface Plan {
  effect: CorrectionEffect;
  /** the transition that follows the correction, if any */
  then: 'lapse' | 'reopen' | null;
  /** what the user must see and confirm first */
  confirm: string | null;
}

/** The day (Tehran) of the assignment that set an expert's deadline, for recomputing it. */
async function assignedOn(tx: EntityManager, id: string): Promise<string | null> {
  const [e]: { at: string }[] = await tx.query(
    `SELECT at FROM audit_event WHERE resolution_id = ? AND entity = 'resolution'
        AND action IN ('assign_expert', 'reassign_expert') ORDER BY seq DESC LIMIT 1`,
    [id],
  );
  return e ? todayInTehran(new Date(e.at)) : null;
}

/**
 * When the ruling in force was recorded: the latest one no later ruling corrects (as
 * rulings/checks.ts currentRuling reads it; read here so resolutions does not import rulings,
 * which builds on resolutions).
 */
async function rulingInForceAt(tx: EntityManager, resolutionId: string): Promise<string | null> {
  const [r]: { recordedAt: string }[] = await tx.query(
    `SELECT r.recorded_at AS recordedAt FROM ruling r
      WHERE r.resolution_id = ? AND NOT EXISTS (SELECT 1 FROM ruling c WHERE c.corrects_id = r.id)
      ORDER BY r.recorded_at DESC, r.id DESC LIMIT 1`,
    [resolutionId],
  );
  return r?.recordedAt ?? null;
}

async function plan(
  core: CoreContext,
  tx: EntityManager,
  cur: ResolutionRecord,
  f: Fields,
  deadline: string,
): Promise<Plan> {
  const now = core.clock();
  const status = cur.status as StatusCode;
  const closed = isPast(deadline, now);
  const moved = deadline !== cur.objectionDeadline;
  const effect: CorrectionEffect = moved ? 'deadline_moved' : 'none';
  if (f.councilId !== cur.councilId && !BEFORE_RULING.includes(status) && status !== 'enforceable_by_lapse') {
    throw new AppError('validation', msg.councilAfterRuling, { councilId: msg.councilAfterRuling });
  }
  if (BEFORE_RULING.includes(status)) {
    return closed
      ? { effect: 'window_closed', then: 'lapse', confirm: msg.confirmCloses(deadline) }
      : { effect, then: null, confirm: null };
  }
  if (status === 'enforceable_by_lapse') {
    return closed
      ? { effect, then: null, confirm: null }
      : { effect: 'window_reopened', then: 'reopen', confirm: msg.confirmReopens(deadline) };
  }
  const rulingAt = await rulingInForceAt(tx, cur.id);
  if (rulingAt && isPast(deadline, new Date(rulingAt))) {
    const m = msg.rulingOutsideWindow(todayInTehran(new Date(rulingAt)), f.receiptDate, deadline);
    throw new AppError('invalid_state', m, { receiptDate: m });
  }
  return { effect, then: null, confirm: null };
}

const pick = (r: Pick<ResolutionRecord, RegistrationField | 'objectionDeadline'>) => ({
  ...registrationOf(r),
  objectionDeadline: r.objectionDeadline,
});

export async function correctRegistration(
  core: CoreContext,
  call: CallContext,
  f: Fields,
): Promise<RegistrationCorrectionResult> {
  const done = await core.db.write(async (tx) => {
    const cur = await tx.getRepository(ResolutionEntity).findOneBy({ id: f.id });
    if (!cur) throw new AppError('not_found', msg.notFound);
    requireRevision('resolution', cur.rev, f.rev);
    const changed = REGISTRATION_FIELDS.filter((k) => f[k] !== cur[k]);
    if (changed.length === 0) throw new AppError('validation', msg.nothingChanged);
    const k = await checkAgainstRecords(core, tx, cur.officeId, { ...f, attachments: [] }, cur.id);
    const policy = await currentPolicy(tx);
    const clock = receiptClock(f.receiptDate, policy, new Date(cur.createdAt));
    const p = await plan(core, tx, cur, f, clock.objectionDeadline);
    if (p.confirm && !f.confirm) throw new AppError('needs_confirmation', p.confirm, { receiptDate: p.confirm });

    const now = core.clock().toISOString();
    const status = cur.status as StatusCode;
    // the step's own deadline follows the window where the window is what counts
    let due: { dueDate: string | null; dueKind: string | null } = { dueDate: cur.dueDate, dueKind: cur.dueKind };
    if (cur.dueKind === 'objection') due = { dueDate: clock.objectionDeadline, dueKind: 'objection' };
    if (status === 'under_review') {
      const row = await loadResolution(tx, cur.id);
      const next = defaultDue(
        status,
        { ...row, objectionDeadline: clock.objectionDeadline },
        policy,
        (await assignedOn(tx, cur.id)) ?? todayInTehran(core.clock()),
      );
      if (next) due = next;
    }
    const next: Partial<ResolutionRecord> = {
      ...registrationColumns({ ...f, attachments: [] }, k),
      objectionDeadline: clock.objectionDeadline,
      registeredLate: clock.registeredLate,
      ...due,
      rev: cur.rev + 1,
      updatedAt: now,
    };
    await tx.getRepository(ResolutionEntity).update({ id: cur.id }, next);
    const [{ rowNo, text }]: { rowNo: number; text: string }[] = await tx.query(
      `SELECT r.row_no AS rowNo, b.text FROM resolution r JOIN resolution_body b ON b.resolution_id = r.id WHERE r.id = ?`,
      [cur.id],
    );
    await indexResolution(tx, rowNo, resolutionDocument({ ...cur, ...f, text }, k.council), true);
    await writeResolutionSortKeys(
      tx,
      resolutionSortRows([{ rowNo, number: f.councilResolutionNumber, incoming: f.incomingNumber }]),
    );
    const before = pick(cur);
    const after = pick({ ...cur, ...next });
    await insertRow(tx, registrationCorrectionTable, {
      id: newId(),
      resolutionId: cur.id,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      reason: f.reason,
      effect: p.effect,
      recordedBy: call.actor.id,
      recordedByName: call.actor.name,
      recordedAt: now,
    });
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'resolution',
      entityId: cur.id,
      action: 'correct_registration',
      before,
      after: { ...after, changed, effect: p.effect },
      reason: f.reason,
    });
    if (p.then === 'lapse') await lapseNow(core, tx, cur.id, { correction: true });
    if (p.then === 'reopen') {
      await applyTransition(
        core,
        tx,
        call.actor,
        cur.id,
        'reopen_after_correction',
        { registrationCorrected: true },
        {
          due: { dueDate: clock.objectionDeadline, dueKind: 'objection' },
          assignedExpertId: null,
          reason: f.reason,
          detail: { objectionDeadline: clock.objectionDeadline },
        },
      );
    }
    return { effect: p.effect, from: cur.objectionDeadline, to: clock.objectionDeadline };
  });
  core.log.info({ resolutionId: f.id, effect: done.effect }, 'registration corrected');
  const message =
    done.effect === 'window_closed'
      ? msg.done.closed(done.to)
      : done.effect === 'window_reopened'
        ? msg.done.reopened(done.to)
        : done.effect === 'deadline_moved' && done.from
          ? msg.done.moved(done.from, done.to)
          : msg.done.none;
  return { resolution: await getResolution(core, f.id), effect: done.effect, message };
}
