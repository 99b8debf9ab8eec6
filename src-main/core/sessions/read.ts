// Reading sessions: the list (and calendar), one session in full, and the minutes (صورتجلسه).
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type {
  MinutesItem,
  SessionDetail,
  SessionMinutes,
  SessionSummary,
  sessionListInput,
} from '../../../shared/schemas/session';
import type { CoreContext } from '../context';
import { requireOffice } from '../office/service';
import { entitySelectList } from '../storage/columns';
import { PanelSessionEntity, type PanelSessionRow } from './entities';
import { detailOf, itemTally, loadSessionState } from './state';
import { sessionMessages as msg } from './messages';

type ListInput = z.output<typeof sessionListInput>;

const SESSION_COLUMNS = entitySelectList(PanelSessionEntity, 's');

/** Sessions in a date range (the calendar) or the latest ones, newest first. */
export async function listSessions(core: CoreContext, f: ListInput): Promise<SessionSummary[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.from) {
    where.push('s.date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('s.date <= ?');
    params.push(f.to);
  }
  if (f.status?.length) {
    where.push(`s.status IN (${f.status.map(() => '?').join(', ')})`);
    params.push(...f.status);
  }
  const rows: (PanelSessionRow & { itemCount: number; ruledCount: number })[] = await core.db.read.query(
    `SELECT ${SESSION_COLUMNS},
       (SELECT count(*) FROM session_item i WHERE i.session_id = s.id AND i.state != 'removed') AS itemCount,
       (SELECT count(*) FROM session_item i WHERE i.session_id = s.id AND i.state = 'ruled') AS ruledCount
     FROM panel_session s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY s.date DESC, s.time DESC, s.number DESC LIMIT ?`,
    [...params, f.limit],
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    number: r.number,
    date: r.date,
    time: r.time,
    place: r.place,
    note: r.note,
    status: r.status as SessionSummary['status'],
    cancelReason: r.cancelReason,
    itemCount: r.itemCount,
    ruledCount: r.ruledCount,
    closedAt: r.closedAt,
    rev: r.rev,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

export async function getSessionDetail(core: CoreContext, id: string): Promise<SessionDetail> {
  return detailOf(await loadSessionState(core.db.read, id, core.clock()));
}

/** The minutes of a held session: the data a letter template prints (issue: letters). */
export async function sessionMinutes(core: CoreContext, id: string): Promise<SessionMinutes> {
  const m = core.db.read;
  const st = await loadSessionState(m, id, core.clock());
  if (st.session.status !== 'closed') {
    throw new AppError('invalid_state', msg.minutesNotReady);
  }
  const office = await requireOffice(m);
  const detail = detailOf(st);
  const items: MinutesItem[] = st.items.map((item, i) => ({
    position: i + 1,
    resolutionId: item.resolutionId,
    councilDisplayName: detail.items[i].councilDisplayName,
    councilResolutionNumber: item.councilResolutionNumber,
    incomingNumber: item.incomingNumber,
    title: item.title,
    tally: itemTally(st, item),
    state: item.state,
    outcome: item.outcome,
    note: item.note,
  }));
  const count = (p: (x: MinutesItem) => boolean) => items.filter(p).length;
  return {
    office: { name: office.name, organisation: office.organisation, county: office.county },
    session: detail.session,
    quorum: detail.quorum,
    attendance: detail.members,
    items,
    summary: {
      ruled: count((x) => x.state === 'ruled'),
      compliant: count((x) => x.outcome === 'compliant'),
      objected: count((x) => x.outcome === 'objected'),
      carriedOver: count((x) => x.state === 'carried_over'),
      dropped: count((x) => x.state === 'dropped'),
    },
  };
}
