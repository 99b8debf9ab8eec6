// Recording the panel's ruling on a resolution. Rulings are immutable (triggers refuse UPDATE and
// DELETE): a correction is a new ruling pointing to the one it corrects (rulings/correct.ts).
// The sessions capability calls recordSessionRuling inside its own transaction when a session's
// vote on an agenda item is tallied.
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { votes as votesSchema, type ObjectionInput } from '../../../shared/schemas/ruling';
import type { Actor, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { validationError } from '../../../shared/api/errors';
import { applyTransition, checkTransition, loadResolution } from '../lifecycle/transition';
import { submittedOpinion } from '../review/opinions';
import { RulingEntity, type RulingRow } from '../review/entities';
import { checkObjection, type Objection } from './checks';
import { rulingMessages as rm } from './messages';

export interface SessionRulingInput {
  resolutionId: string;
  sessionId: string;
  outcome: 'compliant' | 'objected';
  /** objected: clause, grounds, references and reasoning; when omitted they are taken from the submitted expert opinion, and refused (Persian) if it has none */
  objection?: Omit<ObjectionInput, 'grounds'> & { grounds: string[] };
  votes: { conflict: number; partial: number; noConflict: number; systemNoConflict: number };
}

const sessionRulingInput = z.object({
  resolutionId: z.string().min(1),
  sessionId: z.string().min(1, rm.sessionMissing),
  outcome: z.enum(['compliant', 'objected'], { error: rm.outcomeInvalid }),
  objection: z.unknown().optional(),
  votes: votesSchema,
});

/** The ruling's outcome must be the majority of the votes; an even split is no ruling. */
function checkMajority(outcome: SessionRulingInput['outcome'], v: SessionRulingInput['votes']): void {
  const against = v.conflict + v.partial;
  const infavour = v.noConflict + v.systemNoConflict;
  const ok = outcome === 'objected' ? against > infavour : infavour > against;
  if (ok) return;
  const tally = rm.tally(against, infavour);
  throw new AppError('validation', against === infavour ? rm.tie(tally) : rm.notMajority(tally), {
    outcome: rm.notMajorityField,
  });
}

/** The objection of a ruling that names none: the submitted expert opinion's, if it found a conflict. */
async function objectionFromOpinion(tx: EntityManager, resolutionId: string): Promise<Objection> {
  const opinion = await submittedOpinion(tx, resolutionId);
  if (!opinion || opinion.conclusion === 'no_conflict' || opinion.clauses.length === 0) {
    const msg = opinion ? rm.opinionFoundNoConflict : rm.noOpinion;
    throw new AppError('validation', msg, { objection: msg });
  }
  return checkObjection(tx, {
    clause: opinion.clauses.join('\n'),
    grounds: opinion.grounds,
    referenceIds: opinion.referenceIds,
    citations: opinion.citations,
    reasoning: opinion.reasoning,
  });
}

/** Inserts a ruling row and its audit event; the caller applies the transition. */
export async function insertRuling(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  fields: Pick<RulingRow, 'resolutionId' | 'outcome' | 'sessionId' | 'votes' | 'correctsId' | 'correctionReason'> & {
    objection: Objection | null;
  },
): Promise<RulingRow> {
  const o = fields.objection;
  const row: RulingRow = {
    id: newId(),
    resolutionId: fields.resolutionId,
    outcome: fields.outcome,
    sessionId: fields.sessionId,
    votes: fields.votes,
    objectionClause: o ? o.clause : null,
    objectionGrounds: o ? JSON.stringify(o.grounds) : null,
    objectionReferenceIds: o ? JSON.stringify(o.referenceIds) : null,
    objectionReasoning: o ? o.reasoning : null,
    objectionCitations: o ? JSON.stringify(o.citations) : null,
    correctsId: fields.correctsId,
    correctionReason: fields.correctionReason,
    recordedBy: actor.id,
    recordedByName: actor.name,
    recordedAt: core.clock().toISOString(),
  };
  await tx.getRepository(RulingEntity).insert(row);
  await recordAudit(tx, {
    actor,
    at: row.recordedAt,
    entity: 'ruling',
    entityId: row.id,
    action: row.correctsId ? 'ruling_correction' : 'ruling',
    after: row,
    reason: row.correctionReason,
    resolutionId: row.resolutionId,
  });
  return row;
}

/**
 * Records a session's ruling and moves the resolution (rule_compliant / rule_objected) in the
 * caller's transaction. Refused with a Persian AppError, writing nothing, when the state, the
 * actor, the objection window, the votes or the objection do not allow it.
 */
export async function recordSessionRuling(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  input: SessionRulingInput,
): Promise<{ id: string }> {
  const parsed = sessionRulingInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const f = parsed.data;
  const row = await loadResolution(tx, f.resolutionId);
  const transition = f.outcome === 'objected' ? 'rule_objected' : 'rule_compliant';
  // state, actor and window first: after the window, the refusal names the deadline
  checkTransition(core, actor, row, transition, { sessionRuling: true, objectionGrounds: true });
  checkMajority(f.outcome, f.votes);
  const objection =
    f.outcome !== 'objected'
      ? null
      : f.objection !== undefined
        ? await checkObjection(tx, f.objection)
        : await objectionFromOpinion(tx, row.id);
  const ruling = await insertRuling(core, tx, actor, {
    resolutionId: row.id,
    outcome: f.outcome,
    sessionId: f.sessionId,
    votes: JSON.stringify(f.votes),
    correctsId: null,
    correctionReason: null,
    objection,
  });
  await applyTransition(
    core,
    tx,
    actor,
    row.id,
    transition,
    { sessionRuling: true, objectionGrounds: f.outcome === 'compliant' || objection !== null },
    { row, detail: { rulingId: ruling.id, sessionId: f.sessionId } },
  );
  return { id: ruling.id };
}
