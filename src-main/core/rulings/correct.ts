// Correcting a ruling (correct_to_objected / correct_to_compliant): a new ruling that points to
// the one in force, with a reason, only while the panel's objection window is open and, for an
// objection, only until its letter has gone to the council (the machine's states enforce that).
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { Ruling, correctionInput } from '../../../shared/schemas/ruling';
import type { CallContext, CoreContext } from '../context';
import { applyTransition, checkRev, checkTransition, loadResolution } from '../lifecycle/transition';
import { checkObjection, currentRuling, rulingsOf } from './checks';
import { insertRuling } from './record';
import { rulingMessages as rm } from './messages';

export async function correctRuling(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof correctionInput>,
): Promise<Ruling> {
  const id = await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkRev(row, f.rev);
    const transition = f.outcome === 'objected' ? 'correct_to_objected' : 'correct_to_compliant';
    checkTransition(core, call.actor, row, transition, { rulingCorrection: true, objectionGrounds: true });
    const current = await currentRuling(tx, row.id);
    if (!current || current.id !== f.correctsId) {
      const msg = rm.notCurrentRuling;
      throw new AppError('validation', msg, { correctsId: msg });
    }
    const objection = f.outcome === 'objected' ? await checkObjection(tx, f.objection) : null;
    const ruling = await insertRuling(core, tx, call.actor, {
      resolutionId: row.id,
      outcome: f.outcome,
      sessionId: current.sessionId,
      votes: null,
      correctsId: current.id,
      correctionReason: f.reason,
      objection,
    });
    await applyTransition(
      core,
      tx,
      call.actor,
      row.id,
      transition,
      { rulingCorrection: true, objectionGrounds: f.outcome === 'compliant' || objection !== null },
      { row, expectedRev: f.rev, reason: f.reason, detail: { rulingId: ruling.id, correctsId: current.id } },
    );
    return ruling.id;
  });
  core.log.info({ resolutionId: f.resolutionId, rulingId: id }, 'ruling corrected');
  const all = await rulingsOf(core.db.read, f.resolutionId);
  return all.find((r) => r.id === id)!;
}
