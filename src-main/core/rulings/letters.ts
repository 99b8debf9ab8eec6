// Letters to the council as lifecycle facts: the objection letter sent (send_objection_letter →
// with_council), the council's receipt of it (which starts its answer clock), and the no-conflict
// notice sent (mark_enforceable). The letters capability will issue these through the outgoing
// register; letter_ref links the issued letter when it does.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilAnswerDeadline } from '../../../shared/deadlines/calculator';
import { statusLabel } from '../../../shared/domain/statuses';
import type { Resolution } from '../../../shared/schemas/resolution';
import type { councilReceivedInput, letterSentInput } from '../../../shared/schemas/ruling';
import type { Actor, CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { getResolution } from '../resolutions/service';
import { currentPolicy } from '../lifecycle/policy';
import {
  applyChange,
  applyTransition,
  checkRev,
  checkTransition,
  loadResolution,
  type ResolutionState,
} from '../lifecycle/transition';
import { CouncilLetterEntity, type CouncilLetterRow } from '../review/entities';
import { checkDate, currentRuling, dayOf, letterOf } from './checks';
import { rulingDates as dates, rulingMessages as rm } from './messages';

type LetterFields = z.output<typeof letterSentInput>;

async function insertLetter(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  kind: CouncilLetterRow['kind'],
  f: LetterFields,
): Promise<CouncilLetterRow> {
  const ruling = await currentRuling(tx, row.id);
  checkDate(core, f.letterDate, 'letterDate', dates.letter, {
    date: ruling ? dayOf(ruling.recordedAt) : row.receiptDate,
    label: ruling ? dates.ruled : dates.receipt,
  });
  const now = core.clock().toISOString();
  const letter: CouncilLetterRow = {
    id: newId(),
    resolutionId: row.id,
    kind,
    rulingId: ruling?.id ?? null,
    letterRef: f.letterRef ?? null,
    outgoingNumber: f.outgoingNumber,
    letterDate: f.letterDate,
    councilReceivedDate: null,
    recordedBy: actor.id,
    recordedByName: actor.name,
    rev: 1,
    createdAt: now,
    updatedAt: now,
  };
  await tx.getRepository(CouncilLetterEntity).insert(letter);
  await recordAudit(tx, {
    actor,
    at: now,
    entity: 'council_letter',
    entityId: letter.id,
    action: 'letter_sent',
    after: letter,
    resolutionId: row.id,
  });
  return letter;
}

/** Which transition each letter to the council takes, and the fact the state machine asks of it. */
const LETTER_STEP = {
  objection: { transition: 'send_objection_letter', facts: { objectionLetterIssued: true } },
  compliance: { transition: 'mark_enforceable', facts: { complianceNoticeIssued: true } },
} as const;

/**
 * A letter went to the council, in the caller's transaction (the letters capability issues the
 * letter and records it sent in one): the objection letter takes objected → with_council (the
 * council's clock starts when it receives it, recorded next); the no-conflict notice takes
 * compliant → enforceable.
 */
export async function letterSentInTx(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  kind: keyof typeof LETTER_STEP,
  f: LetterFields,
): Promise<void> {
  const { transition, facts } = LETTER_STEP[kind];
  const row = await loadResolution(tx, f.resolutionId);
  checkRev(row, f.rev);
  checkTransition(core, actor, row, transition, facts);
  const letter = await insertLetter(core, tx, actor, row, kind, f);
  await applyTransition(core, tx, actor, row.id, transition, facts, {
    row,
    due: null,
    detail: { letterId: letter.id, outgoingNumber: letter.outgoingNumber, letterDate: letter.letterDate },
  });
}

export async function objectionLetterSent(core: CoreContext, call: CallContext, f: LetterFields): Promise<Resolution> {
  await core.db.write((tx) => letterSentInTx(core, tx, call.actor, 'objection', f));
  return getResolution(core, f.resolutionId);
}

export async function complianceNoticeSent(core: CoreContext, call: CallContext, f: LetterFields): Promise<Resolution> {
  await core.db.write((tx) => letterSentInTx(core, tx, call.actor, 'compliance', f));
  return getResolution(core, f.resolutionId);
}

/**
 * The council received the objection letter on `receivedDate`: its reconsideration window runs
 * from there (councilAnswerDeadline). Not a change of state; recorded again, it corrects the date.
 */
export async function councilReceived(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof councilReceivedInput>,
): Promise<Resolution> {
  await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkRev(row, f.rev);
    if (call.actor.role !== 'secretary') {
      throw new AppError('forbidden', rm.receiptBySecretary);
    }
    if (row.status !== 'with_council') {
      throw new AppError('invalid_state', rm.receiptInStatus(statusLabel(row.status)));
    }
    const letter = await letterOf(tx, row.id, 'objection');
    if (!letter) throw new AppError('invalid_state', rm.noObjectionLetter);
    checkDate(core, f.receivedDate, 'receivedDate', dates.letterReceived, {
      date: letter.letterDate,
      label: dates.objectionLetter,
    });
    await recordCouncilReceipt(core, tx, call.actor, row, letter, f.receivedDate);
  });
  return getResolution(core, f.resolutionId);
}

/**
 * The council's receipt of the objection letter on `receivedDate`, in the caller's transaction:
 * the letter carries the date, the council's answer window runs from it. Also taken by the council
 * portal's delivery (councilPortal/deliver.ts), with `source` saying so in the history.
 */
export async function recordCouncilReceipt(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  letter: CouncilLetterRow,
  receivedDate: string,
  source: Record<string, unknown> = {},
): Promise<void> {
  const now = core.clock().toISOString();
  const next = { councilReceivedDate: receivedDate, rev: letter.rev + 1, updatedAt: now };
  await tx.getRepository(CouncilLetterEntity).update({ id: letter.id }, next);
  await recordAudit(tx, {
    actor,
    at: now,
    entity: 'council_letter',
    entityId: letter.id,
    action: 'council_received',
    before: letter,
    after: { ...letter, ...next },
    resolutionId: row.id,
  });
  const due = {
    dueDate: councilAnswerDeadline(receivedDate, await currentPolicy(tx)),
    dueKind: 'council_answer' as const,
  };
  await applyChange(
    core,
    tx,
    actor,
    row,
    'council_received',
    { due },
    {
      detail: { letterId: letter.id, receivedDate, ...source },
    },
  );
}
