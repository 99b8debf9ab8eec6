// Who is in a thread. The secretariat (secretary, admin) and the panel's active members take part
// in messages; a resolution's or a session's thread is theirs together, a direct thread belongs
// to its two people. Every read and write goes through the caller's row here, so a deactivated
// user or another role is refused even with a live session.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import type { CallContext } from '../context';
import { conversationMessages as msg } from './messages';

export const PARTY_ROLES = ['secretary', 'admin', 'member'] as const;
export const SECRETARIAT_ROLES: readonly string[] = ['secretary', 'admin'];

export interface Party {
  id: string;
  name: string;
  role: string;
}

interface UserRow extends Party {
  active: number;
}

export async function findParty(m: EntityManager, id: string): Promise<Party | null> {
  const [u]: UserRow[] = await m.query('SELECT id, full_name AS name, role, active FROM app_user WHERE id = ?', [id]);
  if (!u || !u.active || !(PARTY_ROLES as readonly string[]).includes(u.role)) return null;
  return { id: u.id, name: u.name, role: u.role };
}

/** The caller as a party to messages; the dispatcher has checked the role already. */
export async function requireCaller(m: EntityManager, call: CallContext): Promise<Party> {
  const me = await findParty(m, call.actor.id);
  if (!me) throw new AppError('forbidden', msg.inactiveCaller);
  return me;
}

/**
 * The SQL condition "conversation c is visible to the user bound twice after it": shared threads
 * to every party, a direct one to its two people.
 */
export const VISIBLE_TO = `(c.kind != 'direct' OR c.user_a = ? OR c.user_b = ?)`;

/** The two people of a direct thread, in the order the table keeps them (user_a < user_b). */
export function directPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
