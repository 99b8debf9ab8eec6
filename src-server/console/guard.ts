// Every console route goes through `guard`: a live session from the cookie, the CSRF token on
// every state-changing request, same-origin for those requests, and the admin role where asked.
// Scope is then enforced by the route's own query (scope.ts); nothing the request says widens it.
import type { FastifyRequest } from 'fastify';
import type { ServerDb } from '../db/database';
import { HttpError } from '../http/errors';
import { checkCsrf, cookieValue, sessionOf, type ConsoleSession } from './sessions';
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
  const write = WRITES.has(req.method);
  if (write && !sameOrigin(req)) throw new HttpError(403, 'cross_origin', M.crossOrigin);
  const session = await sessionOf(db, cookieValue(req.headers.cookie), now);
  if (write) {
    const sent = req.headers[CSRF_HEADER];
    checkCsrf(session, typeof sent === 'string' ? sent : undefined);
  }
  if (opts.admin && session.account.role !== 'admin') throw new HttpError(403, 'admin_only', M.adminOnly);
  return session;
}
