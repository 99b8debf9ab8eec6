// Attendance (recorded by the secretary on the session's day) and members' findings (each member
// records their own, ahead of the session or during it, until the item is ruled).
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { memberFindingDeadline } from '../../../shared/deadlines/calculator';
import { todayInTehran } from '../../../shared/dates/jalali';
import { sessionTitle, type attendanceInput, type findingInput } from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { currentPolicy } from '../lifecycle/policy';
import { newId } from '../ids';
import { getUserRow } from '../users/service';
import {
  PanelSessionEntity,
  SessionAttendanceEntity,
  SessionFindingEntity,
  SessionItemEntity,
  type PanelSessionRow,
  type SessionAttendanceRow,
  type SessionFindingRow,
} from './entities';
import { requireNothingRuled, requireScheduled } from './schedule';
import { requireSessionRow } from './state';
import { sessionMessages as msg } from './messages';
import { silenceIsFinal } from './tally';

type AttendanceFields = z.output<typeof attendanceInput>;
type FindingFields = z.output<typeof findingInput>;

/** Attendance, ruling and closing happen on the session's day or after it, never ahead. */
export function requireSessionDay(core: CoreContext, s: PanelSessionRow, what: string): void {
  const today = todayInTehran(core.clock());
  if (today < s.date) {
    throw new AppError('invalid_state', msg.notYetDay(sessionTitle(s), s.date, what));
  }
}

export async function activeMembers(tx: EntityManager) {
  const rows: { id: string; fullName: string; title: string; isChair: number }[] = await tx.query(
    `SELECT id, full_name AS fullName, title, is_chair AS isChair FROM app_user WHERE role = 'member' AND active = 1`,
  );
  return rows;
}

/** Writes one attendance row per active member (present or not), names copied for the minutes. */
export async function writeAttendance(tx: EntityManager, sessionId: string, present: ReadonlySet<string>, at: string) {
  const repo = tx.getRepository(SessionAttendanceEntity);
  await repo.delete({ sessionId });
  for (const u of await activeMembers(tx)) {
    const row: SessionAttendanceRow = {
      sessionId,
      memberId: u.id,
      present: present.has(u.id),
      fullName: u.fullName,
      title: u.title,
      isChair: Boolean(u.isChair),
      recordedAt: at,
    };
    await repo.insert(row);
  }
}

export async function recordAttendance(core: CoreContext, call: CallContext, f: AttendanceFields): Promise<void> {
  await core.db.write(async (tx) => {
    const s = await requireSessionRow(tx, f.id);
    requireScheduled(s);
    requireSessionDay(core, s, msg.doing.attendance);
    // the quorum a ruling stood on must not change under it
    await requireNothingRuled(tx, s, msg.doing.changeAttendance);
    const members = new Set((await activeMembers(tx)).map((u) => u.id));
    for (const id of f.presentMemberIds) {
      if (!members.has(id)) {
        const text = msg.onlyActiveAttend;
        throw new AppError('validation', text, { presentMemberIds: text });
      }
    }
    const before: { memberId: string }[] = await tx.query(
      'SELECT member_id AS memberId FROM session_attendance WHERE session_id = ? AND present = 1',
      [s.id],
    );
    const now = core.clock().toISOString();
    await writeAttendance(tx, s.id, new Set(f.presentMemberIds), now);
    await tx
      .getRepository(PanelSessionEntity)
      .update({ id: s.id }, { attendanceRecordedAt: now, rev: s.rev + 1, updatedAt: now });
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'panel_session',
      entityId: s.id,
      action: 'record_attendance',
      before: s.attendanceRecordedAt ? before.map((b) => b.memberId) : undefined,
      after: f.presentMemberIds,
    });
  });
}

export async function recordFinding(core: CoreContext, call: CallContext, f: FindingFields): Promise<string> {
  return core.db.write(async (tx) => {
    const item = await tx.getRepository(SessionItemEntity).findOneBy({ id: f.itemId });
    if (!item) throw new AppError('not_found', msg.itemNotOnAgenda);
    const s = await requireSessionRow(tx, item.sessionId);
    requireScheduled(s);
    if (item.state === 'ruled') {
      throw new AppError('invalid_state', msg.findingAfterRuling);
    }
    if (item.state !== 'pending') throw new AppError('invalid_state', msg.itemNotOnAgenda);
    const me = await getUserRow(tx, call.actor.id);
    if (!me || !me.active || me.role !== 'member') {
      throw new AppError('forbidden', msg.onlyActiveFind);
    }
    // once attendance is recorded only the members present count: an absent member's vote would
    // be kept but never counted, so it is refused rather than «saved» for nothing
    if (s.attendanceRecordedAt !== null) {
      const [row]: { present: number }[] = await tx.query(
        'SELECT present FROM session_attendance WHERE session_id = ? AND member_id = ?',
        [s.id, me.id],
      );
      if (!row?.present) throw new AppError('invalid_state', msg.absentMember);
    }
    const [r]: { receiptDate: string }[] = await tx.query(
      'SELECT receipt_date AS receiptDate FROM resolution WHERE id = ?',
      [item.resolutionId],
    );
    const policy = await currentPolicy(tx);
    // once silence counts as no conflict, a late vote would overturn what the system recorded
    if (silenceIsFinal(r.receiptDate, policy, core.clock())) {
      throw new AppError('invalid_state', msg.findingDeadlinePassed(memberFindingDeadline(r.receiptDate, policy)));
    }
    const repo = tx.getRepository(SessionFindingEntity);
    const cur = await repo.findOneBy({ itemId: item.id, memberId: me.id });
    const now = core.clock().toISOString();
    const next: SessionFindingRow = {
      id: cur?.id ?? newId(),
      sessionId: s.id,
      itemId: item.id,
      resolutionId: item.resolutionId,
      memberId: me.id,
      finding: f.finding,
      source: 'member',
      note: f.note,
      rev: (cur?.rev ?? 0) + 1,
      recordedAt: now,
    };
    if (cur) await repo.update({ id: cur.id }, next);
    else await repo.insert(next);
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'session_finding',
      entityId: next.id,
      action: cur ? 'change_finding' : 'record_finding',
      before: cur ?? undefined,
      after: next,
      resolutionId: item.resolutionId,
    });
    return s.id;
  });
}
