// The one way a resolution changes state. Every transition loads the row, asks the state machine
// (shared/lifecycle/machine.ts) whether this actor may take it from this state and whether its
// requirements hold, moves the legal clock (due_date/due_kind) to the next step's deadline, bumps
// rev, and writes the audit event — all in the caller's transaction, so a refusal writes nothing.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { formatJalali, todayInTehran } from '../../../shared/dates/jalali';
import { expertOpinionDeadline, isPast } from '../../../shared/deadlines/calculator';
import type { DeadlinePolicy } from '../../../shared/deadlines/policy';
import { statusLabel, type StatusCode } from '../../../shared/domain/statuses';
import type { DueKind } from '../../../shared/lifecycle/due';
import {
  REQUIREMENTS,
  TRANSITIONS,
  can,
  checkRequirements,
  objectionWindowClosedReason,
  type CanResult,
  type RequirementFacts,
  type TransitionName,
} from '../../../shared/lifecycle/machine';
import type { Actor, CoreContext } from '../context';
import { recordAudit, recordAuditMany } from '../audit/log';
import { currentPolicy } from './policy';
import { requireRevision } from '../revision';
import { lifecycleMessages } from './messages';

/** The columns of a resolution the lifecycle reads and writes. */
export interface ResolutionState {
  id: string;
  councilId: string;
  status: StatusCode;
  receiptDate: string;
  objectionDeadline: string | null;
  dueDate: string | null;
  dueKind: DueKind | null;
  assignedExpertId: string | null;
  supersedesId: string | null;
  rev: number;
}

export const STATE_COLUMNS = `id, council_id AS councilId, status, receipt_date AS receiptDate,
  objection_deadline AS objectionDeadline, due_date AS dueDate, due_kind AS dueKind,
  assigned_expert_id AS assignedExpertId, supersedes_id AS supersedesId, rev`;

export interface Due {
  dueDate: string;
  dueKind: DueKind;
}

export const NOT_FOUND = lifecycleMessages.notFound;

export async function loadResolution(tx: EntityManager, id: string): Promise<ResolutionState> {
  const rows: ResolutionState[] = await tx.query(`SELECT ${STATE_COLUMNS} FROM resolution WHERE id = ?`, [id]);
  if (!rows.length) throw new AppError('not_found', NOT_FOUND);
  return rows[0];
}

/** Refuses a change made from a stale page: the user saw `expected`, the row is at another rev. */
export function checkRev(row: Pick<ResolutionState, 'rev'>, expected: number | undefined): void {
  requireRevision('resolution', row.rev, expected);
}

/** Has the panel's objection window closed (its last day is over in Tehran)? */
export function objectionWindowClosed(row: Pick<ResolutionState, 'objectionDeadline'>, now: Date): boolean {
  return row.objectionDeadline !== null && isPast(row.objectionDeadline, now);
}

function refusal(r: Exclude<CanResult, { ok: true }>): AppError {
  if (r.code === 'forbidden_role') return new AppError('forbidden', r.reason);
  if (r.code === 'wrong_state' || r.code === 'requirement_unmet') return new AppError('invalid_state', r.reason);
  return new AppError('validation', r.reason);
}

function lapsedReason(row: ResolutionState, transition: TransitionName): string {
  const deadline = formatJalali(row.objectionDeadline!);
  return lifecycleMessages.lapsed(deadline, statusLabel(row.status), TRANSITIONS[transition].label);
}

/**
 * Throws the refusal, if any, for `actor` taking `transition` on `row` with these facts. The
 * objection-window requirements are established here from objection_deadline and the clock;
 * a closed window is reported first and names its deadline.
 */
export function checkTransition(
  core: CoreContext,
  actor: Actor,
  row: ResolutionState,
  transition: TransitionName,
  facts: RequirementFacts,
): void {
  const allowed = can(row.status, transition, actor.role);
  const requires: readonly string[] = TRANSITIONS[transition].requires;
  if (!allowed.ok) {
    // after the lapse, too, a step of the panel's review is refused naming the deadline that passed
    const lapsed = row.status === 'enforceable_by_lapse' && row.objectionDeadline !== null;
    if (lapsed && allowed.code === 'wrong_state' && requires.includes('withinObjectionWindow')) {
      throw new AppError('invalid_state', lapsedReason(row, transition));
    }
    throw refusal(allowed);
  }
  const closed = objectionWindowClosed(row, core.clock());
  if (closed && row.objectionDeadline && requires.includes('withinObjectionWindow')) {
    throw new AppError('invalid_state', objectionWindowClosedReason(row.objectionDeadline));
  }
  const all = { ...facts, withinObjectionWindow: !closed, objectionWindowPassed: closed };
  // not being the assigned expert is a matter of who acts, not of the resolution's state
  if (requires.includes('actorIsAssignedExpert') && all.actorIsAssignedExpert !== true) {
    throw new AppError('forbidden', REQUIREMENTS.actorIsAssignedExpert);
  }
  const met = checkRequirements(transition, all);
  if (!met.ok) throw refusal(met);
}

/** The next deadline once a resolution is in `status`, where it follows from the row alone. */
export function defaultDue(
  status: StatusCode,
  row: ResolutionState,
  policy: DeadlinePolicy,
  today: string,
): Due | null {
  const objection: Due | null = row.objectionDeadline ? { dueDate: row.objectionDeadline, dueKind: 'objection' } : null;
  switch (status) {
    // in compliant and objected too: until the notice or the objection letter goes out, the
    // panel's own window is what counts
    case 'received':
    case 'awaiting_ruling':
    case 'compliant':
    case 'objected':
      return objection;
    case 'under_review': {
      // the expert's deadline, but never after the panel's: a late opinion is of no use to it
      const own = expertOpinionDeadline(today, policy);
      const date = objection && objection.dueDate < own ? objection.dueDate : own;
      return { dueDate: date, dueKind: 'expert_opinion' };
    }
    default:
      // with the council or the board the clock starts on a recorded date; the caller passes it
      return null;
  }
}

export interface TransitionOptions {
  /** the row as already read in this transaction (batch jobs read many at once) */
  row?: ResolutionState;
  /** the new step's deadline; by default what defaultDue gives */
  due?: Due | null;
  /** set (or clear) the assigned expert with the transition */
  assignedExpertId?: string | null;
  /** the rev the user saw; a different one means the page is stale */
  expectedRev?: number;
  reason?: string | null;
  /** what else the audit event keeps (the ruling, the letter…) */
  detail?: Record<string, unknown>;
}

type ClockFields = Pick<ResolutionState, 'status' | 'dueDate' | 'dueKind' | 'assignedExpertId' | 'rev'>;
const clockOf = (r: ClockFields): ClockFields => ({
  status: r.status,
  dueDate: r.dueDate,
  dueKind: r.dueKind,
  assignedExpertId: r.assignedExpertId,
  rev: r.rev,
});

async function write(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  next: ResolutionState,
  action: string,
  opts: TransitionOptions,
): Promise<ResolutionState> {
  const now = core.clock().toISOString();
  // the row was read in this same write transaction (one writer at a time), so it is current
  await tx.query(
    `UPDATE resolution SET status = ?, due_date = ?, due_kind = ?, assigned_expert_id = ?, rev = ?, updated_at = ?
      WHERE id = ?`,
    [next.status, next.dueDate, next.dueKind, next.assignedExpertId, next.rev, now, row.id],
  );
  await recordAudit(tx, {
    actor,
    at: now,
    entity: 'resolution',
    entityId: row.id,
    action,
    before: clockOf(row),
    after: { ...clockOf(next), ...opts.detail },
    reason: opts.reason ?? null,
  });
  return next;
}

/**
 * Takes `transition` on the resolution in the caller's transaction, or throws an AppError
 * (invalid_state / forbidden / conflict / not_found) with a Persian reason and writes nothing.
 * `facts` are the requirements the caller established (shared/lifecycle/machine REQUIREMENTS).
 */
export async function applyTransition(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  resolutionId: string,
  transition: TransitionName,
  facts: RequirementFacts,
  opts: TransitionOptions = {},
): Promise<ResolutionState> {
  const row = opts.row ?? (await loadResolution(tx, resolutionId));
  checkRev(row, opts.expectedRev);
  checkTransition(core, actor, row, transition, facts);
  const to: StatusCode = TRANSITIONS[transition].to;
  const due =
    opts.due !== undefined ? opts.due : defaultDue(to, row, await currentPolicy(tx), todayInTehran(core.clock()));
  const next: ResolutionState = {
    ...row,
    status: to,
    dueDate: due?.dueDate ?? null,
    dueKind: due?.dueKind ?? null,
    assignedExpertId: opts.assignedExpertId !== undefined ? opts.assignedExpertId : row.assignedExpertId,
    rev: row.rev + 1,
  };
  return write(core, tx, actor, row, next, transition, opts);
}

/**
 * A change to a resolution's clock or assignment that is not a change of state (re-assigning the
 * expert, the council's receipt of the objection letter starting its clock). Same bookkeeping:
 * rev, updated_at and an audit event, in the caller's transaction.
 */
export async function applyChange(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  row: ResolutionState,
  action: string,
  change: { due?: Due | null; assignedExpertId?: string | null },
  opts: Pick<TransitionOptions, 'expectedRev' | 'reason' | 'detail'> = {},
): Promise<ResolutionState> {
  checkRev(row, opts.expectedRev);
  const next: ResolutionState = {
    ...row,
    dueDate: change.due !== undefined ? (change.due?.dueDate ?? null) : row.dueDate,
    dueKind: change.due !== undefined ? (change.due?.dueKind ?? null) : row.dueKind,
    assignedExpertId: change.assignedExpertId !== undefined ? change.assignedExpertId : row.assignedExpertId,
    rev: row.rev + 1,
  };
  return write(core, tx, actor, row, next, action, opts);
}

/**
 * The same transition, with no deadline after it, on many rows read in this transaction (the
 * system's batch jobs): each row is checked as applyTransition would, then one UPDATE and a few
 * multi-row audit INSERTs do the writing. Throws, writing nothing, if any row is refused.
 */
export async function applyTransitionToMany(
  core: CoreContext,
  tx: EntityManager,
  actor: Actor,
  rows: readonly ResolutionState[],
  transition: TransitionName,
  facts: RequirementFacts,
  detailOf: (row: ResolutionState) => Record<string, unknown>,
): Promise<number> {
  if (!rows.length) return 0;
  for (const row of rows) checkTransition(core, actor, row, transition, facts);
  const to: StatusCode = TRANSITIONS[transition].to;
  const now = core.clock().toISOString();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    await tx.query(
      `UPDATE resolution SET status = ?, due_date = NULL, due_kind = NULL, rev = rev + 1, updated_at = ?
        WHERE id IN (${ids.map(() => '?').join(',')})`,
      [to, now, ...ids],
    );
  }
  await recordAuditMany(
    tx,
    rows.map((row) => ({
      actor,
      at: now,
      entity: 'resolution',
      entityId: row.id,
      action: transition,
      before: clockOf(row),
      after: {
        ...clockOf({ ...row, status: to, dueDate: null, dueKind: null, rev: row.rev + 1 }),
        ...detailOf(row),
      },
    })),
  );
  return rows.length;
}
