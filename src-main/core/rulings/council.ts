// The council's answer to an objection (immutable once recorded): it repeals the resolution
// (→ withdrawn), insists on it (→ referred to the dispute board), or amends it — the amended text
// is registered as a new version linked to the old one, with its own clock, and the old one is
// withdrawn in the same transaction. And the council's silence past its window, per the policy.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilAnswerDeadline, isPast } from '../../../shared/deadlines/calculator';
import { noAnswerTransition } from '../../../shared/lifecycle/machine';
import type { Resolution } from '../../../shared/schemas/resolution';
import type { amendmentInput, councilAnswerInput, noAnswerInput } from '../../../shared/schemas/ruling';
import type { Actor, CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { getResolution, registerResolution } from '../resolutions/service';
import { currentPolicy } from '../lifecycle/policy';
import {
  applyTransition,
  checkRev,
  checkTransition,
  loadResolution,
  type ResolutionState,
} from '../lifecycle/transition';
import { CouncilAnswerEntity, type CouncilAnswerRow, type CouncilLetterRow } from '../review/entities';
import { checkDate, letterOf } from './checks';
import { insertReferral } from './board';
import { rulingDates as dates, rulingMessages as rm } from './messages';

type AnswerFields = { answerDate: string; answerNumber: string; note: string };

async function objectionLetter(tx: EntityManager, row: ResolutionState): Promise<CouncilLetterRow> {
  const letter = await letterOf(tx, row.id, 'objection');
  if (!letter) throw new AppError('invalid_state', rm.noObjectionLetter);
  return letter;
}

async function insertAnswer(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  answer: CouncilAnswerRow['answer'],
  f: AnswerFields,
  amendedResolutionId: string | null = null,
): Promise<CouncilAnswerRow> {
  const letter = await objectionLetter(tx, row);
  checkDate(core, f.answerDate, 'answerDate', dates.councilAnswer, {
    date: letter.councilReceivedDate ?? letter.letterDate,
    label: letter.councilReceivedDate ? dates.objectionReceived : dates.objectionLetter,
  });
  const record: CouncilAnswerRow = {
    id: newId(),
    resolutionId: row.id,
    letterId: letter.id,
    answer,
    answerDate: f.answerDate,
    answerNumber: f.answerNumber,
    note: f.note,
    amendedResolutionId,
    recordedBy: actor.id,
    recordedByName: actor.name,
    recordedAt: core.clock().toISOString(),
  };
  await tx.getRepository(CouncilAnswerEntity).insert(record);
  await recordAudit(tx, {
    actor,
    at: record.recordedAt,
    entity: 'council_answer',
    entityId: record.id,
    action: 'council_answer',
    after: record,
    resolutionId: row.id,
  });
  return record;
}

/** The council repealed the resolution, or insisted on it (and the case is referred). */
export async function councilAnswer(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof councilAnswerInput>,
): Promise<Resolution> {
  await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkRev(row, f.rev);
    const transition = f.answer === 'repeal' ? 'council_repeals' : 'council_insists';
    const facts = { councilAnswerRecorded: true, boardReferral: true };
    checkTransition(core, call.actor, row, transition, facts);
    const answer = await insertAnswer(core, tx, call.actor, row, f.answer, f);
    const due =
      f.answer === 'insist' && f.referral
        ? await insertReferral(core, tx, call.actor, row, 'insist', f.referral, {
            date: f.answerDate,
            label: dates.councilAnswer,
          })
        : null;
    await applyTransition(core, tx, call.actor, row.id, transition, facts, {
      row,
      due,
      detail: { answerId: answer.id },
    });
  });
  return getResolution(core, f.resolutionId);
}

/** The council amended the resolution: register the amended version and withdraw this one. */
export async function registerAmendment(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof amendmentInput>,
): Promise<Resolution> {
  const facts = { councilAnswerRecorded: true, amendedVersionRegistered: true };
  // judged before the registration's own checks, so a wrong state is reported as such
  const before = await loadResolution(core.db.read, f.supersedesId);
  checkRev(before, f.rev);
  checkTransition(core, call.actor, before, 'council_amends', facts);
  if (f.resolution.councilId !== before.councilId) {
    const msg = rm.amendedElsewhere;
    throw new AppError('validation', msg, { 'resolution.councilId': msg });
  }
  return registerResolution(core, call, f.resolution, {
    supersedesId: f.supersedesId,
    async within(tx, amendedId) {
      // again inside the write transaction: the old version may have moved meanwhile
      const row = await loadResolution(tx, f.supersedesId);
      checkRev(row, f.rev);
      checkTransition(core, call.actor, row, 'council_amends', facts);
      const answer = await insertAnswer(core, tx, call.actor, row, 'amend', f, amendedId);
      await applyTransition(core, tx, call.actor, row.id, 'council_amends', facts, {
        row,
        due: null,
        detail: { answerId: answer.id, amendedResolutionId: amendedId },
      });
    },
  });
}

/**
 * The council did not answer within its window. Per the policy, the objection stands and the
 * secretary refers the case (council_no_answer), or the resolution is withdrawn — a system
 * transition the background check takes (council_no_answer_withdrawn), refused here.
 */
export async function councilNoAnswer(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof noAnswerInput>,
): Promise<Resolution> {
  await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkRev(row, f.rev);
    const policy = await currentPolicy(tx);
    const transition = noAnswerTransition(policy);
    const letter = await letterOf(tx, row.id, 'objection');
    const received = letter?.councilReceivedDate ?? null;
    const facts = {
      objectionReceivedDate: received !== null,
      councilWindowPassed: received !== null && isPast(councilAnswerDeadline(received, policy), core.clock()),
      noAnswerObjectionStands: policy.councilNoAnswerOutcome === 'objection_stands',
      noAnswerWithdraws: policy.councilNoAnswerOutcome === 'withdrawn',
      boardReferral: true,
    };
    checkTransition(core, call.actor, row, transition, facts);
    const due = await insertReferral(core, tx, call.actor, row, 'no_answer', f.referral, {
      date: councilAnswerDeadline(received!, policy),
      label: dates.answerDeadline,
    });
    await applyTransition(core, tx, call.actor, row.id, transition, facts, { row, due });
  });
  return getResolution(core, f.resolutionId);
}
