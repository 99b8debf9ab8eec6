// Automatic notices on a session's thread: when the secretary schedules, moves or cancels a
// session and when its agenda changes. Least coupling: the sessions capability knows nothing of
// messages; the api composes sessionHandlers through withSessionNotices, which posts after the
// change has committed. A notice that fails is logged and the change still answers as done (it
// is done); the members still see the session itself.
import type { EntityManager } from 'typeorm';
import type { sessionMethods } from '../../../shared/api/methods/sessions';
import { sessionTitle, type SessionDetail } from '../../../shared/schemas/session';
import { toPersianDigits } from '../../../shared/text/persian';
import type { HandlersOf } from '../api/dispatcher';
import type { CallContext, CoreContext } from '../context';
import { coreMessages } from '../messages';
import { findParty } from './access';
import { conversationMessages as msg } from './messages';
import { appendMessage, ensureThread, type Author } from './write';

type SessionHandlers = HandlersOf<typeof sessionMethods>;

async function authorOf(m: EntityManager, call: CallContext | null): Promise<Author> {
  const party = call ? await findParty(m, call.actor.id) : null;
  return party ? { id: party.id, name: party.name } : { id: null, name: coreMessages.systemActor };
}

/** Posts a notice on the session's thread (made if need be); noticeKey posts it once. */
export async function postAutomaticNotice(
  core: CoreContext,
  call: CallContext | null,
  sessionId: string,
  text: string,
  noticeKey: string | null = null,
): Promise<boolean> {
  return core.db.write(async (tx) => {
    const now = core.clock().toISOString();
    const author = await authorOf(tx, call);
    const system = { id: 'system', name: author.name, role: 'admin' };
    const id = await ensureThread(tx, system, { kind: 'session', sessionId }, now);
    return (await appendMessage(tx, id, author, 'notice', text, now, noticeKey)) !== null;
  });
}

async function noticeSafely(core: CoreContext, call: CallContext, sessionId: string, text: string) {
  try {
    await postAutomaticNotice(core, call, sessionId, text);
  } catch (err) {
    core.log.error({ err, sessionId }, 'automatic session notice failed');
  }
}

const where = (s: SessionDetail['session']) => [s.date, s.time, s.place] as const;

async function agendaOf(m: EntityManager, sessionId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `SELECT resolution_id AS id FROM session_item WHERE session_id = ? AND state != 'removed' ORDER BY position`,
    [sessionId],
  );
  return rows.map((r) => r.id);
}

export function withSessionNotices(core: CoreContext, h: SessionHandlers): SessionHandlers {
  return {
    ...h,
    'sessions.schedule': async (input, call) => {
      const d = await h['sessions.schedule'](input, call);
      await noticeSafely(core, call, d.session.id, msg.scheduled(sessionTitle(d.session), ...where(d.session)));
      return d;
    },
    'sessions.update': async (input, call) => {
      const [before]: { date: string; time: string; place: string }[] = await core.db.read.query(
        'SELECT date, time, place FROM panel_session WHERE id = ?',
        [input.id],
      );
      const d = await h['sessions.update'](input, call);
      const moved = !before || where(d.session).join('|') !== [before.date, before.time, before.place].join('|');
      if (moved)
        await noticeSafely(core, call, d.session.id, msg.rescheduled(sessionTitle(d.session), ...where(d.session)));
      return d;
    },
    'sessions.cancel': async (input, call) => {
      const d = await h['sessions.cancel'](input, call);
      await noticeSafely(
        core,
        call,
        d.session.id,
        msg.cancelled(sessionTitle(d.session), d.session.cancelReason ?? ''),
      );
      return d;
    },
    'sessions.setAgenda': async (input, call) => {
      const before = await agendaOf(core.db.read, input.id);
      const d = await h['sessions.setAgenda'](input, call);
      const after = d.items.map((i) => i.resolutionId);
      if (after.join('|') !== before.join('|')) {
        const lines = d.items.map((i) => `${toPersianDigits(i.incomingNumber)} — ${i.title}`);
        await noticeSafely(core, call, d.session.id, msg.agendaChanged(sessionTitle(d.session), lines));
      }
      return d;
    },
  };
}
