// A session's agenda: the proposal (what is ripe, soonest panel deadline first, up to the office's
// limit) and the secretary's confirmed list. A resolution sits on one scheduled agenda at a time.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import { statusLabel, type StatusCode } from '../../../shared/domain/statuses';
import { countdownFa, daysLeft } from '../../../shared/deadlines/calculator';
import { todayInTehran } from '../../../shared/dates/jalali';
import {
  sessionTitle,
  type AgendaProposal,
  type agendaProposeInput,
  type agendaSetInput,
} from '../../../shared/schemas/session';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { newId } from '../ids';
import { PanelSessionEntity, SessionItemEntity, type PanelSessionRow, type SessionItemRow } from './entities';
import { requireRev, requireScheduled } from './schedule';
import { sessionSettings } from './settings';
import { requireSessionRow } from './state';
import { sessionMessages as msg } from './messages';

type ProposeInput = z.output<typeof agendaProposeInput>;
type SetInput = z.output<typeof agendaSetInput>;

/** What may go on an agenda: awaiting the panel's ruling, or (if the secretary wants) still with the expert. */
const RIPE: readonly StatusCode[] = ['awaiting_ruling'];
const AGENDA_STATUSES: readonly StatusCode[] = ['awaiting_ruling', 'under_review'];

/** The panel's window must still be open on the session's day (or today, for a session not yet closed). */
function rulingDay(s: PanelSessionRow, today: string): string {
  return s.date > today ? s.date : today;
}

const placeholders = (xs: readonly unknown[]) => xs.map(() => '?').join(', ');

// On an agenda of another session still to be held.
const ON_OTHER_AGENDA = `EXISTS (SELECT 1 FROM session_item i JOIN panel_session s ON s.id = i.session_id
   WHERE i.resolution_id = r.id AND i.state = 'pending' AND s.status = 'scheduled' AND s.id != ?)`;

interface CandidateRow {
  resolutionId: string;
  title: string;
  councilKind: string;
  councilName: string;
  councilResolutionNumber: string;
  incomingNumber: string;
  status: StatusCode;
  receiptDate: string;
  objectionDeadline: string | null;
  onThis: number;
}

export async function proposeAgenda(core: CoreContext, f: ProposeInput): Promise<AgendaProposal> {
  const m = core.db.read;
  const s = await requireSessionRow(m, f.id);
  requireScheduled(s);
  const { agendaLimit } = await sessionSettings(m);
  const now = core.clock();
  const day = rulingDay(s, todayInTehran(now));
  const statuses = f.includeUnderReview ? AGENDA_STATUSES : RIPE;
  const where = `r.status IN (${placeholders(statuses)}) AND NOT ${ON_OTHER_AGENDA}`;
  const rows: CandidateRow[] = await m.query(
    `SELECT r.id AS resolutionId, r.title, c.kind AS councilKind, c.name AS councilName,
       r.council_resolution_number AS councilResolutionNumber, r.incoming_number AS incomingNumber, r.status,
       r.receipt_date AS receiptDate, r.objection_deadline AS objectionDeadline,
       EXISTS (SELECT 1 FROM session_item i WHERE i.session_id = ? AND i.resolution_id = r.id AND i.state = 'pending') AS onThis
     FROM resolution r JOIN council c ON c.id = r.council_id
     WHERE ${where} AND (r.objection_deadline IS NULL OR r.objection_deadline >= ?)
     ORDER BY r.objection_deadline IS NULL, r.objection_deadline, r.receipt_date, r.row_no
     LIMIT ?`,
    [s.id, ...statuses, s.id, day, agendaLimit],
  );
  const [{ available, endingBefore }] = await m.query(
    `SELECT coalesce(sum(r.objection_deadline IS NULL OR r.objection_deadline >= ?), 0) AS available,
            coalesce(sum(r.objection_deadline < ? AND r.objection_deadline >= ?), 0) AS endingBefore
       FROM resolution r WHERE ${where}`,
    [day, day, todayInTehran(now), ...statuses, s.id],
  );
  const carried = await lastCarriedFrom(
    m,
    rows.map((r) => r.resolutionId),
  );
  return {
    limit: agendaLimit,
    available,
    endingBefore,
    items: rows.map((r) => ({
      resolutionId: r.resolutionId,
      title: r.title,
      councilDisplayName: councilDisplayName({ kind: r.councilKind, name: r.councilName }),
      councilResolutionNumber: r.councilResolutionNumber,
      incomingNumber: r.incomingNumber,
      status: r.status,
      receiptDate: r.receiptDate,
      objectionDeadline: r.objectionDeadline,
      daysLeft: r.objectionDeadline ? daysLeft(r.objectionDeadline, now) : null,
      countdownFa: r.objectionDeadline ? countdownFa(r.objectionDeadline, now) : null,
      carriedFrom: carried.get(r.resolutionId) ?? null,
      onThisAgenda: Boolean(r.onThis),
    })),
  };
}

/** The last session that left each resolution undecided. */
async function lastCarriedFrom(m: EntityManager, ids: string[]) {
  const out = new Map<string, { sessionId: string; number: number; year: number }>();
  if (!ids.length) return out;
  const rows: { resolutionId: string; sessionId: string; number: number; year: number }[] = await m.query(
    `SELECT i.resolution_id AS resolutionId, s.id AS sessionId, s.number, s.year
       FROM session_item i JOIN panel_session s ON s.id = i.session_id
      WHERE i.state = 'carried_over' AND i.resolution_id IN (${placeholders(ids)})
      ORDER BY s.date, s.time`,
    ids,
  );
  for (const r of rows) out.set(r.resolutionId, { sessionId: r.sessionId, number: r.number, year: r.year });
  return out;
}

interface ResolutionFacts {
  id: string;
  title: string;
  incomingNumber: string;
  status: StatusCode;
  objectionDeadline: string | null;
  otherSessionNumber: number | null;
  otherSessionYear: number | null;
}

async function factsOf(tx: EntityManager, sessionId: string, ids: string[]): Promise<Map<string, ResolutionFacts>> {
  const out = new Map<string, ResolutionFacts>();
  // in slices: SQLite caps the number of bound parameters
  for (let i = 0; i < ids.length; i += 400) {
    const slice = ids.slice(i, i + 400);
    const rows: ResolutionFacts[] = await tx.query(
      `SELECT r.id, r.title, r.incoming_number AS incomingNumber, r.status, r.objection_deadline AS objectionDeadline,
         (SELECT s.number FROM session_item i JOIN panel_session s ON s.id = i.session_id
           WHERE i.resolution_id = r.id AND i.state = 'pending' AND s.status = 'scheduled' AND s.id != ? LIMIT 1) AS otherSessionNumber,
         (SELECT s.year FROM session_item i JOIN panel_session s ON s.id = i.session_id
           WHERE i.resolution_id = r.id AND i.state = 'pending' AND s.status = 'scheduled' AND s.id != ? LIMIT 1) AS otherSessionYear
       FROM resolution r WHERE r.id IN (${placeholders(slice)})`,
      [sessionId, sessionId, ...slice],
    );
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

function refuse(message: string): never {
  throw new AppError('validation', message, { resolutionIds: message });
}

const named = (r: ResolutionFacts) => msg.resolutionNamed(r.title, r.incomingNumber);

/** Checks a resolution the secretary adds to this session's agenda. */
function checkAddable(r: ResolutionFacts | undefined, day: string): void {
  if (!r) refuse(msg.pickedNotFound);
  if (!AGENDA_STATUSES.includes(r.status)) {
    refuse(msg.notForAgenda(named(r), statusLabel(r.status)));
  }
  if (r.objectionDeadline && r.objectionDeadline < day) {
    refuse(msg.deadlineBeforeSession(named(r), r.objectionDeadline));
  }
  if (r.otherSessionNumber !== null && r.otherSessionYear !== null) {
    refuse(msg.onOtherAgenda(named(r), sessionTitle({ number: r.otherSessionNumber, year: r.otherSessionYear })));
  }
}

export async function setAgenda(core: CoreContext, call: CallContext, f: SetInput): Promise<void> {
  await core.db.write(async (tx) => {
    const s = await requireSessionRow(tx, f.id);
    requireScheduled(s);
    requireRev(s, f.rev);
    const { agendaLimit } = await sessionSettings(tx);
    const existing: SessionItemRow[] = await tx.getRepository(SessionItemEntity).find({
      where: { sessionId: s.id },
      order: { position: 'ASC' },
    });
    const byResolution = new Map(existing.map((i) => [i.resolutionId, i]));
    // ruled items stay whatever the list says: a ruling is a record
    const ruledKept = existing.filter((i) => i.state === 'ruled' && !f.resolutionIds.includes(i.resolutionId));
    const order = [...ruledKept.map((i) => i.resolutionId), ...f.resolutionIds];
    if (order.length > agendaLimit) {
      refuse(msg.agendaFull(agendaLimit));
    }
    const adding = f.resolutionIds.filter(
      (id) => byResolution.get(id)?.state !== 'pending' && byResolution.get(id)?.state !== 'ruled',
    );
    const facts = await factsOf(tx, s.id, adding);
    const day = rulingDay(s, todayInTehran(core.clock()));
    for (const id of adding) checkAddable(facts.get(id), day);

    const now = core.clock().toISOString();
    const repo = tx.getRepository(SessionItemEntity);
    const before = existing.filter((i) => i.state === 'pending' || i.state === 'ruled').map((i) => i.resolutionId);
    for (const [position, resolutionId] of order.entries()) {
      const cur = byResolution.get(resolutionId);
      if (!cur) {
        const row: SessionItemRow = {
          id: newId(),
          sessionId: s.id,
          resolutionId,
          position,
          state: 'pending',
          outcome: null,
          votesConflict: null,
          votesPartial: null,
          votesNoConflict: null,
          votesSystem: null,
          votesMissing: null,
          note: '',
          rulingId: null,
          ruledAt: null,
          rev: 1,
          createdAt: now,
          updatedAt: now,
        };
        await repo.insert(row);
        await itemAudit(tx, call, now, row.id, resolutionId, 'add_to_agenda', s);
      } else if (cur.state === 'removed') {
        await repo.update({ id: cur.id }, { state: 'pending', position, rev: cur.rev + 1, updatedAt: now });
        await itemAudit(tx, call, now, cur.id, resolutionId, 'add_to_agenda', s);
      } else if (cur.position !== position) {
        await repo.update({ id: cur.id }, { position, rev: cur.rev + 1, updatedAt: now });
      }
    }
    for (const cur of existing) {
      if (cur.state !== 'pending' || order.includes(cur.resolutionId)) continue;
      // the row and any findings stay: putting it back restores them
      await repo.update({ id: cur.id }, { state: 'removed', rev: cur.rev + 1, updatedAt: now });
      await itemAudit(tx, call, now, cur.id, cur.resolutionId, 'remove_from_agenda', s);
    }
    await tx.getRepository(PanelSessionEntity).update({ id: s.id }, { rev: s.rev + 1, updatedAt: now });
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'panel_session',
      entityId: s.id,
      action: 'set_agenda',
      before,
      after: order,
    });
  });
}

async function itemAudit(
  tx: EntityManager,
  call: CallContext,
  at: string,
  itemId: string,
  resolutionId: string,
  action: string,
  s: PanelSessionRow,
) {
  await recordAudit(tx, {
    actor: call.actor,
    at,
    entity: 'session_item',
    entityId: itemId,
    action,
    after: { sessionId: s.id, number: s.number, year: s.year, date: s.date },
    resolutionId,
  });
}
