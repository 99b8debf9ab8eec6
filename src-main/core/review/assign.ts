// Assigning a resolution to an advisory expert (assign_expert, or a re-assignment while it is
// under review) and sending it to the panel without an opinion (send_to_panel).
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { todayInTehran } from '../../../shared/dates/jalali';
import { objectionWindowClosedReason } from '../../../shared/lifecycle/machine';
import type { Resolution } from '../../../shared/schemas/resolution';
import type { assignInput, sendToPanelInput } from '../../../shared/schemas/review';
import type { CallContext, CoreContext } from '../context';
import { getResolution } from '../resolutions/service';
import { requireUserInRole } from '../users/service';
import { currentPolicy } from '../lifecycle/policy';
import {
  applyChange,
  applyTransition,
  checkTransition,
  defaultDue,
  loadResolution,
  objectionWindowClosed,
} from '../lifecycle/transition';
import { reviewMessages } from './messages';

export async function assignExpert(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof assignInput>,
): Promise<Resolution> {
  const actor = call.actor;
  await core.db.write(async (tx) => {
    const row = await loadResolution(tx, input.resolutionId);
    const reassign = row.status === 'under_review';
    // the state and role are judged before the expert, so a wrong state is reported as such
    if (!reassign) checkTransition(core, actor, row, 'assign_expert', { expertAssigned: true });
    else if (actor.role !== 'secretary') {
      throw new AppError('forbidden', reviewMessages.assignBySecretary);
    }
    const expert = await requireUserInRole(tx, input.expertId, 'expert', 'expertId');
    const detail = { expertId: expert.id, expertName: expert.fullName };
    if (!reassign) {
      await applyTransition(
        core,
        tx,
        actor,
        row.id,
        'assign_expert',
        { expertAssigned: true },
        {
          row,
          assignedExpertId: expert.id,
          expectedRev: input.rev,
          detail,
        },
      );
      return;
    }
    if (objectionWindowClosed(row, core.clock()) && row.objectionDeadline) {
      throw new AppError('invalid_state', objectionWindowClosedReason(row.objectionDeadline));
    }
    if (row.assignedExpertId === expert.id) {
      const msg = reviewMessages.alreadyAssigned;
      throw new AppError('validation', msg, { expertId: msg });
    }
    // a new expert gets a full period of their own (capped by the panel's window)
    const due = defaultDue('under_review', row, await currentPolicy(tx), todayInTehran(core.clock()));
    await applyChange(
      core,
      tx,
      actor,
      row,
      'reassign_expert',
      { due, assignedExpertId: expert.id },
      {
        expectedRev: input.rev,
        detail: { ...detail, previousExpertId: row.assignedExpertId },
      },
    );
  });
  core.log.info({ resolutionId: input.resolutionId, expertId: input.expertId }, 'expert assigned');
  return getResolution(core, input.resolutionId);
}

export async function sendToPanel(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof sendToPanelInput>,
): Promise<Resolution> {
  await core.db.write((tx) =>
    applyTransition(
      core,
      tx,
      call.actor,
      input.resolutionId,
      'send_to_panel',
      {},
      {
        expectedRev: input.rev,
        reason: input.reason || null,
      },
    ),
  );
  return getResolution(core, input.resolutionId);
}
