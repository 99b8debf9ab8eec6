// The expert's opinion: drafts the assigned expert may save as often as needed, and the one
// submission that freezes it (a trigger refuses later edits) and moves the resolution to the
// panel (record_opinion), in one transaction.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Citation, Opinion, opinionDraftInput, opinionSubmitInput } from '../../../shared/schemas/review';
import type { ObjectionGround, OpinionConclusion } from '../../../shared/domain/objectionGrounds';
import type { Actor, CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { applyTransition, checkTransition, loadResolution, type ResolutionState } from '../lifecycle/transition';
import { OpinionEntity, type OpinionRow } from './entities';
import { requireReferences } from './references';

type DraftFields = z.output<typeof opinionDraftInput>;
type SubmitFields = z.output<typeof opinionSubmitInput>;

interface OpinionRecord extends OpinionRow {
  expertName: string;
}

const parseList = <T = string>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

export function toOpinion(r: OpinionRecord): Opinion {
  return {
    id: r.id,
    resolutionId: r.resolutionId,
    expertId: r.expertId,
    expertName: r.expertName,
    status: r.status,
    conclusion: r.conclusion as OpinionConclusion | null,
    reasoning: r.reasoning,
    clauses: parseList(r.clauses),
    grounds: parseList<ObjectionGround>(r.grounds),
    referenceIds: parseList(r.referenceIds),
    citations: parseList<Citation>(r.citations),
    submittedAt: r.submittedAt,
    rev: r.rev,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const SELECT = `SELECT o.id, o.resolution_id AS resolutionId, o.expert_id AS expertId, u.full_name AS expertName,
  o.status, o.conclusion, o.reasoning, o.clauses, o.grounds, o.reference_ids AS referenceIds,
  o.citations, o.submitted_at AS submittedAt, o.rev, o.created_at AS createdAt, o.updated_at AS updatedAt
  FROM expert_opinion o JOIN app_user u ON u.id = o.expert_id`;

async function readOpinion(m: EntityManager, id: string): Promise<Opinion> {
  const rows: OpinionRecord[] = await m.query(`${SELECT} WHERE o.id = ?`, [id]);
  return toOpinion(rows[0]);
}

/** Submitted opinions of a resolution, newest first, and the caller's own draft. */
export async function opinionsOf(core: CoreContext, resolutionId: string, viewer: Actor): Promise<Opinion[]> {
  const rows: OpinionRecord[] = await core.db.read.query(
    `${SELECT} WHERE o.resolution_id = ? AND (o.status = 'submitted' OR o.expert_id = ?)
      ORDER BY o.status DESC, coalesce(o.submitted_at, o.updated_at) DESC`,
    [resolutionId, viewer.id],
  );
  return rows.map(toOpinion);
}

/** The latest submitted opinion, which a ruling may take its objection from. */
export async function submittedOpinion(tx: EntityManager, resolutionId: string): Promise<Opinion | null> {
  const rows: OpinionRecord[] = await tx.query(
    `${SELECT} WHERE o.resolution_id = ? AND o.status = 'submitted' ORDER BY o.submitted_at DESC LIMIT 1`,
    [resolutionId],
  );
  return rows.length ? toOpinion(rows[0]) : null;
}

/** Only the assigned expert, while the resolution is under review and the window open. */
function checkAuthor(core: CoreContext, actor: Actor, row: ResolutionState, reasoning: string) {
  checkTransition(core, actor, row, 'record_opinion', {
    actorIsAssignedExpert: row.assignedExpertId === actor.id,
    opinionRecorded: reasoning.trim().length > 0,
  });
}

async function upsert(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  f: DraftFields | SubmitFields,
  status: 'draft' | 'submitted',
): Promise<string> {
  const now = core.clock().toISOString();
  const repo = tx.getRepository(OpinionEntity);
  const draft = await repo.findOneBy({ resolutionId: row.id, expertId: actor.id, status: 'draft' });
  const fields = {
    status,
    conclusion: f.conclusion ?? null,
    reasoning: f.reasoning,
    clauses: JSON.stringify(f.clauses),
    grounds: JSON.stringify(f.grounds),
    referenceIds: JSON.stringify(f.referenceIds),
    citations: JSON.stringify(f.citations),
    submittedAt: status === 'submitted' ? now : null,
    updatedAt: now,
  };
  const action = status === 'submitted' ? 'opinion_submit' : 'opinion_draft';
  if (draft) {
    const next = { ...fields, rev: draft.rev + 1 };
    await repo.update({ id: draft.id }, next);
    await recordAudit(tx, {
      actor,
      at: now,
      entity: 'expert_opinion',
      entityId: draft.id,
      action,
      before: draft,
      after: { ...draft, ...next },
      resolutionId: row.id,
    });
    return draft.id;
  }
  const created: OpinionRow = {
    id: newId(),
    resolutionId: row.id,
    expertId: actor.id,
    ...fields,
    rev: 1,
    createdAt: now,
  };
  await repo.insert(created);
  await recordAudit(tx, {
    actor,
    at: now,
    entity: 'expert_opinion',
    entityId: created.id,
    action,
    after: created,
    resolutionId: row.id,
  });
  return created.id;
}

export async function saveOpinionDraft(core: CoreContext, call: CallContext, f: DraftFields): Promise<Opinion> {
  const id = await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    // a draft is judged like a submission, except that it may still be incomplete
    checkAuthor(core, call.actor, row, 'draft');
    await requireReferences(tx, f.referenceIds, 'referenceIds');
    return upsert(core, tx, call.actor, row, f, 'draft');
  });
  return readOpinion(core.db.read, id);
}

export async function submitOpinion(core: CoreContext, call: CallContext, f: SubmitFields): Promise<Opinion> {
  const id = await core.db.write(async (tx) => {
    const row = await loadResolution(tx, f.resolutionId);
    checkAuthor(core, call.actor, row, f.reasoning);
    await requireReferences(tx, f.referenceIds, 'referenceIds');
    const opinionId = await upsert(core, tx, call.actor, row, f, 'submitted');
    await applyTransition(
      core,
      tx,
      call.actor,
      row.id,
      'record_opinion',
      {
        actorIsAssignedExpert: true,
        opinionRecorded: true,
      },
      { row, detail: { opinionId, conclusion: f.conclusion } },
    );
    return opinionId;
  });
  core.log.info({ resolutionId: f.resolutionId, opinionId: id }, 'opinion submitted');
  return readOpinion(core.db.read, id);
}
