// Scheduling a panel session, moving it while it is still scheduled, and cancelling it.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { addDays, jalaliYear, todayInTehran } from '../../../shared/dates/jalali';
import {
  sessionStatusLabel,
  sessionTitle,
  type sessionCancelInput,
  type sessionScheduleInput,
  type sessionUpdateInput,
} from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { newId } from '../ids';
import { PanelSessionEntity, type PanelSessionRow } from './entities';
import { requireSessionRow } from './state';
import { requireRevision } from '../revision';
import { sessionMessages as msg } from './messages';

type ScheduleFields = z.output<typeof sessionScheduleInput>;
type UpdateFields = z.output<typeof sessionUpdateInput>;
type CancelFields = z.output<typeof sessionCancelInput>;

/** How far ahead a session may be scheduled. */
const MAX_DAYS_AHEAD = 366;

/** Only a scheduled session changes; a held or cancelled one is a record. */
export function requireScheduled(s: PanelSessionRow): void {
  if (s.status !== 'scheduled') {
    throw new AppError('invalid_state', msg.unchangeable(sessionTitle(s), sessionStatusLabel(s.status)));
  }
}

export function requireRev(s: PanelSessionRow, rev: number): void {
  requireRevision('session', s.rev, rev);
}

async function ruledItems(tx: EntityManager, sessionId: string): Promise<number> {
  const [{ n }] = await tx.query(`SELECT count(*) AS n FROM session_item WHERE session_id = ? AND state = 'ruled'`, [
    sessionId,
  ]);
  return n;
}

export async function requireNothingRuled(tx: EntityManager, s: PanelSessionRow, what: string): Promise<void> {
  if ((await ruledItems(tx, s.id)) > 0) {
    throw new AppError('invalid_state', msg.alreadyRuled(sessionTitle(s), what));
  }
}

async function checkDateAndTime(core: CoreContext, tx: EntityManager, f: ScheduleFields, exceptId?: string) {
  const today = todayInTehran(core.clock());
  if (f.date < today) {
    const text = msg.dateInPast(today);
    throw new AppError('validation', text, { date: text });
  }
  if (f.date > addDays(today, MAX_DAYS_AHEAD)) {
    const text = msg.dateTooFar;
    throw new AppError('validation', text, { date: text });
  }
  const clash: PanelSessionRow[] = await tx.query(
    `SELECT number, year FROM panel_session WHERE status = 'scheduled' AND date = ? AND time = ? AND id IS NOT ?`,
    [f.date, f.time, exceptId ?? null],
  );
  if (clash.length) {
    const text = msg.clash(sessionTitle(clash[0]), f.time);
    throw new AppError('duplicate', text, { time: text });
  }
}

async function nextNumber(tx: EntityManager, officeId: string, year: number): Promise<number> {
  const [{ n }] = await tx.query(
    'SELECT coalesce(max(number), 0) AS n FROM panel_session WHERE office_id = ? AND year = ?',
    [officeId, year],
  );
  return n + 1;
}

export async function scheduleSession(core: CoreContext, call: CallContext, f: ScheduleFields): Promise<string> {
  return core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    await checkDateAndTime(core, tx, f);
    const now = core.clock().toISOString();
    const year = jalaliYear(f.date);
    const row: PanelSessionRow = {
      id: newId(),
      officeId: office.id,
      year,
      number: await nextNumber(tx, office.id, year),
      date: f.date,
      time: f.time,
      place: f.place,
      note: f.note,
      status: 'scheduled',
      cancelReason: null,
      quorumRequired: null,
      attendanceRecordedAt: null,
      closedAt: null,
      closedBy: null,
      createdBy: call.actor.id,
      rev: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.getRepository(PanelSessionEntity).insert(row);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'panel_session',
      entityId: row.id,
      action: 'schedule',
      after: row,
    });
    return row.id;
  });
}

export async function updateSession(core: CoreContext, call: CallContext, f: UpdateFields): Promise<void> {
  await core.db.write(async (tx) => {
    const cur = await requireSessionRow(tx, f.id);
    requireScheduled(cur);
    requireRev(cur, f.rev);
    await requireNothingRuled(tx, cur, msg.doing.reschedule);
    await checkDateAndTime(core, tx, f, cur.id);
    const year = jalaliYear(f.date);
    const now = core.clock().toISOString();
    const next: PanelSessionRow = {
      ...cur,
      // moved into another Jalali year: it takes that year's next number
      year,
      number: year === cur.year ? cur.number : await nextNumber(tx, cur.officeId, year),
      date: f.date,
      time: f.time,
      place: f.place,
      note: f.note,
      rev: cur.rev + 1,
      updatedAt: now,
    };
    await tx.getRepository(PanelSessionEntity).update({ id: cur.id }, next);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'panel_session',
      entityId: cur.id,
      action: 'update',
      before: cur,
      after: next,
    });
  });
}

export async function cancelSession(core: CoreContext, call: CallContext, f: CancelFields): Promise<void> {
  await core.db.write(async (tx) => {
    const cur = await requireSessionRow(tx, f.id);
    requireScheduled(cur);
    requireRev(cur, f.rev);
    await requireNothingRuled(tx, cur, msg.doing.cancel);
    const now = core.clock().toISOString();
    const next: PanelSessionRow = {
      ...cur,
      status: 'cancelled',
      cancelReason: f.reason,
      rev: cur.rev + 1,
      updatedAt: now,
    };
    await tx.getRepository(PanelSessionEntity).update({ id: cur.id }, next);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'panel_session',
      entityId: cur.id,
      action: 'cancel',
      before: cur,
      after: next,
      reason: f.reason,
    });
  });
}
