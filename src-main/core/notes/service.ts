// Private notes (issue 15 item 4). Every query is filtered by the caller as author, so a note can
// only ever come back to the one who wrote it; nothing here is audited or queued for sync, since
// the audit log is readable by the admin and the outbox goes to the ministry.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { noteListInput, noteSaveInput, noteTarget, PrivateNote } from '../../../shared/schemas/note';
import type { CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { insertRow } from '../storage/table';
import { privateNoteTable } from './entities';
import { getUserRow } from '../users/service';
import { noteMessages as msg } from './messages';

type Target = z.output<typeof noteTarget>;

const COLUMNS = `id, session_id AS sessionId, item_id AS itemId, text, created_at AS createdAt, updated_at AS updatedAt`;

/** The role is checked by the dispatcher; the user must also still be an active member. */
async function requireAuthor(m: EntityManager, call: CallContext): Promise<string> {
  const me = await getUserRow(m, call.actor.id);
  if (!me || !me.active || me.role !== 'member') throw new AppError('forbidden', msg.membersOnly);
  return me.id;
}

async function requireTarget(m: EntityManager, t: Target): Promise<void> {
  const [s]: unknown[] = await m.query('SELECT 1 FROM panel_session WHERE id = ?', [t.sessionId]);
  if (!s) throw new AppError('not_found', msg.sessionNotFound);
  if (t.itemId === null) return;
  const [i]: unknown[] = await m.query('SELECT 1 FROM session_item WHERE id = ? AND session_id = ?', [
    t.itemId,
    t.sessionId,
  ]);
  if (!i) throw new AppError('not_found', msg.itemNotInSession);
}

async function findNote(m: EntityManager, authorId: string, t: Target): Promise<PrivateNote | null> {
  const [row]: PrivateNote[] = await m.query(
    `SELECT ${COLUMNS} FROM private_note
      WHERE author_id = ? AND session_id = ? AND coalesce(item_id, '') = ?`,
    [authorId, t.sessionId, t.itemId ?? ''],
  );
  return row ?? null;
}

export async function getNote(core: CoreContext, call: CallContext, t: Target): Promise<PrivateNote | null> {
  const m = core.db.read;
  return findNote(m, await requireAuthor(m, call), t);
}

/** The caller's notes on a session and its items, the session's own first. */
export async function listNotes(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof noteListInput>,
): Promise<PrivateNote[]> {
  const m = core.db.read;
  const authorId = await requireAuthor(m, call);
  return m.query(
    `SELECT ${COLUMNS} FROM private_note WHERE author_id = ? AND session_id = ? ORDER BY item_id IS NOT NULL, created_at`,
    [authorId, f.sessionId],
  );
}

export async function saveNote(
  core: CoreContext,
  call: CallContext,
  f: z.output<typeof noteSaveInput>,
): Promise<PrivateNote | null> {
  return core.db.write(async (tx) => {
    const authorId = await requireAuthor(tx, call);
    await requireTarget(tx, f);
    const cur = await findNote(tx, authorId, f);
    const text = f.text.trim();
    if (!text) {
      if (cur) await tx.query('DELETE FROM private_note WHERE id = ?', [cur.id]);
      return null;
    }
    const now = core.clock().toISOString();
    if (cur) {
      await tx.query('UPDATE private_note SET text = ?, updated_at = ? WHERE id = ?', [text, now, cur.id]);
      return { ...cur, text, updatedAt: now };
    }
    const note: PrivateNote = {
      id: newId(),
      sessionId: f.sessionId,
      itemId: f.itemId,
      text,
      createdAt: now,
      updatedAt: now,
    };
    await insertRow(tx, privateNoteTable, { ...note, authorId, text, createdAt: now, updatedAt: now });
    return note;
  });
}
