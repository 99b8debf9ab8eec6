// Every console route goes through `guard`: a live session from the cookie, the CSRF token on
// every state-changing request, same-origin for those requests, and the admin role where asked.
// Scope is then enforced by the route's own query (scope.ts); nothing the request says widens it.
import type { FastifyRequest } from 'fastify';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';
import {
  CONSOLE_REALM,
  checkCsrf,
  cookieValue,
  sessionIn,
  type ConsoleSession,
  type Realm,
  type Session,
} from './sessions';
import { CONSOLE_MESSAGES as M } from './messages';

export const CSRF_HEADER = 'x-tatbiq-csrf';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export async function guard(
  db: ServerDb,
  req: FastifyRequest,
  now: string,
  opts: { admin?: boolean } = {},
): Promise<ConsoleSession> {
  const session = await guardIn(CONSOLE_REALM, db, req, now);
  if (opts.admin && session.account.role !== 'admin') throw new HttpError(403, 'admin_only', M.adminOnly);
  return session;
}

/** The same checks for any realm of web accounts (the console's, the council portal's). */
export async function guardIn<A>(realm: Realm<A>, db: ServerDb, req: FastifyRequest, now: string): Promise<Session<A>> {
  const write = WRITES.has(req.method);
  if (write && !sameOrigin(req)) throw new HttpError(403, 'cross_origin', M.crossOrigin);
  const session = await sessionIn(realm, db, cookieValue(req.headers.cookie, realm.cookie), now);
  if (write) {
    const sent = req.headers[CSRF_HEADER];
    checkCsrf(session, typeof sent === 'string' ? sent : undefined);
  }
  return session;
}
