// Turning a session's findings into rulings: one item during the session, the uncontested block
// (DESIGN.md §2), and the close, which rules what can be ruled and carries the rest over.
//
// The close is ONE transaction, with a savepoint per item. One transaction, because the session's
// outcome is one record: the minutes must never show a session half closed (a crash between
// items would otherwise leave it so). A savepoint per item, because a ruling the rules refuse
// (an objection without grounds, a window that has just passed) must not undo the others: that
// item alone is rolled back and carried over with the refusal as its note.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import type { ObjectionInput } from '../../../shared/schemas/ruling';
import type { RulingOutcome, Tally } from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { recordAudit, withSavepoint } from '../audit/log';
import { newId } from '../ids';
import { recordSessionRuling } from '../rulings/record';
import type { Objection } from '../rulings/checks';
import { PanelSessionEntity, SessionFindingEntity, SessionItemEntity, type SessionFindingRow } from './entities';
import { requireScheduled } from './schedule';
import { loadSessionState, type ItemRecord, type SessionState } from './state';
import { decide, isUncontested, silentVoters } from './tally';
import { asObjection } from './objections';
import { liveTally, planClose, unrulable } from './plan';
import { sessionMessages as msg } from './messages';
import { requireSessionDay, writeAttendance } from './voting';

function requireQuorum(st: SessionState): void {
  if (!st.quorum.recorded) throw new AppError('invalid_state', msg.attendanceFirst);
  if (!st.quorum.met) {
    throw new AppError('invalid_state', msg.noQuorum(st.quorum.present, st.quorum.required));
  }
}

const frozen = (t: Tally) => ({
  votesConflict: t.conflict,
  votesPartial: t.partial,
  votesNoConflict: t.noConflict,
  votesSystem: t.systemNoConflict,
  votesMissing: t.missing,
});

async function ruleOne(
  core: CoreContext,
  tx: EntityManager,
  call: CallContext,
  st: SessionState,
  item: ItemRecord,
  outcome: RulingOutcome,
  tally: Tally,
  objection?: Objection | ObjectionInput,
) {
  const at = st.now.toISOString();
  if (liveTally(st, item).silenceFinal) {
    // the silence is recorded as what it is: a system finding, never a member's vote
    for (const memberId of silentVoters(st.findings.get(item.id) ?? [], st.voters)) {
      const row: SessionFindingRow = {
        id: newId(),
        sessionId: st.session.id,
        itemId: item.id,
        resolutionId: item.resolutionId,
        memberId,
        finding: 'no_conflict',
        source: 'system',
        note: '',
        rev: 1,
        recordedAt: at,
      };
      await tx.getRepository(SessionFindingEntity).insert(row);
      await recordAudit(tx, {
        actor: call.actor,
        at,
        entity: 'session_finding',
        entityId: row.id,
        action: 'system_finding',
        after: row,
        resolutionId: item.resolutionId,
      });
    }
  }
  const ruling = await recordSessionRuling(core, tx, call.actor, {
    resolutionId: item.resolutionId,
    sessionId: st.session.id,
    outcome,
    objection: outcome === 'objected' ? objection : undefined,
    votes: {
      conflict: tally.conflict,
      partial: tally.partial,
      noConflict: tally.noConflict,
      systemNoConflict: tally.systemNoConflict,
    },
  });
  const next = { state: 'ruled', outcome, ...frozen(tally), rulingId: ruling.id, ruledAt: at, updatedAt: at };
  await tx.getRepository(SessionItemEntity).update({ id: item.id }, next);
  await tx.query('UPDATE session_item SET rev = rev + 1 WHERE id = ?', [item.id]);
  await recordAudit(tx, {
    actor: call.actor,
    at,
    entity: 'session_item',
    entityId: item.id,
    action: 'rule',
    after: { sessionId: st.session.id, outcome, tally, rulingId: ruling.id },
    resolutionId: item.resolutionId,
  });
}

async function leaveUnruled(
  tx: EntityManager,
  call: CallContext,
  st: SessionState,
  item: ItemRecord,
  state: 'carried_over' | 'dropped',
  tally: Tally,
  note: string,
) {
  const at = st.now.toISOString();
  await tx.getRepository(SessionItemEntity).update({ id: item.id }, { state, ...frozen(tally), note, updatedAt: at });
  await tx.query('UPDATE session_item SET rev = rev + 1 WHERE id = ?', [item.id]);
  await recordAudit(tx, {
    actor: call.actor,
    at,
    entity: 'session_item',
    entityId: item.id,
    action: state === 'dropped' ? 'drop' : 'carry_over',
    after: { sessionId: st.session.id, tally },
    reason: note,
    resolutionId: item.resolutionId,
  });
}

async function openForRuling(core: CoreContext, tx: EntityManager, sessionId: string): Promise<SessionState> {
  const st = await loadSessionState(tx, sessionId, core.clock());
  requireScheduled(st.session);
  requireSessionDay(core, st.session, msg.doing.rule);
  requireQuorum(st);
  return st;
}

async function touchSession(tx: EntityManager, st: SessionState) {
  await tx
    .getRepository(PanelSessionEntity)
    .update({ id: st.session.id }, { rev: st.session.rev + 1, updatedAt: st.now.toISOString() });
}

/**
 * Rules one item by its members' findings. An objection records `objection` when given (the
 * ruling dialog's clause, grounds and citations), else the item's drafted or expert objection;
 * with none of them it is refused, asking for them (issue 11).
 */
export async function ruleItem(
  core: CoreContext,
  call: CallContext,
  sessionId: string,
  itemId: string,
  objection?: ObjectionInput,
): Promise<void> {
  await core.db.write(async (tx) => {
    const st = await openForRuling(core, tx, sessionId);
    const item = st.items.find((i) => i.id === itemId);
    if (!item || item.state !== 'pending') {
      throw new AppError('invalid_state', item?.state === 'ruled' ? msg.itemAlreadyRuled : msg.itemNotOnAgenda);
    }
    const blocked = unrulable(item, st.now);
    if (blocked) throw new AppError('invalid_state', blocked.reason);
    const { tally } = liveTally(st, item);
    const decision = decide(tally, true);
    if (decision === 'tie') throw new AppError('invalid_state', msg.tie);
    if (decision !== 'compliant' && decision !== 'objected') {
      throw new AppError('invalid_state', msg.undecided);
    }
    if (decision === 'compliant' && objection) {
      throw new AppError('validation', msg.objectionOnCompliant, { objection: msg.objectionOnCompliant });
    }
    const known = st.objections.get(item.id);
    const recorded = objection ?? (known ? asObjection(known) : undefined);
    if (decision === 'objected' && !recorded) {
      throw new AppError('validation', msg.objectionNeeded, { objection: msg.objectionNeeded });
    }
    await ruleOne(core, tx, call, st, item, decision, tally, recorded);
    await touchSession(tx, st);
  });
}

/** Rules together every item all present members found no conflict; returns how many. */
export async function ruleBlock(core: CoreContext, call: CallContext, sessionId: string): Promise<number> {
  return core.db.write(async (tx) => {
    const st = await openForRuling(core, tx, sessionId);
    const block = st.items.filter(
      (i) => i.state === 'pending' && !unrulable(i, st.now) && isUncontested(liveTally(st, i).tally),
    );
    if (!block.length) {
      throw new AppError('invalid_state', msg.noneUnanimous);
    }
    for (const item of block) {
      try {
        await ruleOne(core, tx, call, st, item, 'compliant', liveTally(st, item).tally);
      } catch (e) {
        // the block is one decision: one refusal stops it, naming the resolution
        if (e instanceof AppError) throw new AppError(e.code, `«${item.title}»: ${e.message}`);
        throw e;
      }
    }
    await touchSession(tx, st);
    return block.length;
  });
}

export interface CloseReport {
  ruled: number;
  carriedOver: number;
  dropped: number;
}

export async function closeSession(core: CoreContext, call: CallContext, sessionId: string): Promise<CloseReport> {
  return core.db.write(async (tx) => {
    const first = await loadSessionState(tx, sessionId, core.clock());
    requireScheduled(first.session);
    requireSessionDay(core, first.session, msg.doing.close);
    const at = first.now.toISOString();
    // without recorded attendance everyone is absent in the minutes, and nothing is ruled
    if (!first.quorum.recorded) await writeAttendance(tx, sessionId, new Set(), at);
    const st = first.quorum.recorded ? first : await loadSessionState(tx, sessionId, first.now);
    const report: CloseReport = { ruled: 0, carriedOver: 0, dropped: 0 };
    for (const item of st.items) {
      if (item.state !== 'pending') continue;
      const { tally } = liveTally(st, item);
      // the plan the close dialog showed: the same function decides here
      const plan = planClose(st, item);
      if (plan.state !== 'ruled' || !plan.outcome) {
        await leaveUnruled(tx, call, st, item, plan.state === 'dropped' ? 'dropped' : 'carried_over', tally, plan.note);
        report[plan.state === 'dropped' ? 'dropped' : 'carriedOver']++;
        continue;
      }
      const outcome = plan.outcome;
      const known = st.objections.get(item.id);
      try {
        // a refused item rolls back alone (and the audit chain's head with it); the others are ruled
        await withSavepoint(tx, 'item_ruling', () =>
          ruleOne(core, tx, call, st, item, outcome, tally, known ? asObjection(known) : undefined),
        );
        report.ruled++;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        await leaveUnruled(tx, call, st, item, 'carried_over', tally, msg.notRecorded(e.message));
        report.carriedOver++;
      }
    }
    const before = st.session;
    const next = {
      status: 'closed',
      closedAt: at,
      closedBy: call.actor.id,
      quorumRequired: st.quorum.required,
      rev: before.rev + 1,
      updatedAt: at,
    };
    await tx.getRepository(PanelSessionEntity).update({ id: sessionId }, next);
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'panel_session',
      entityId: sessionId,
      action: 'close',
      before,
      after: { ...before, ...next, report, quorum: st.quorum },
    });
    return report;
  });
}
