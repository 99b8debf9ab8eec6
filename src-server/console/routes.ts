// The console's account routes under /console/api: signing in and out, who am I, accounts and the
// audit. Monitoring and administration routes live beside it (monitorRoutes.ts, adminRoutes.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ServerDb } from '../db/database';
import type { Rollups } from './rollup';
import { HttpError, MESSAGES } from '../http/errors';
import {
  AccountError,
  activeInput,
  covers,
  createAccount,
  listAccounts,
  resetPassword,
  setAccountActive,
  type ConsoleAccount,
} from './accounts';
import { readAudit } from './audit';
import { guard } from './guard';
import { clearedCookie, cookieHeader, signIn, signOut, type ConsoleSession } from './sessions';

export interface ConsoleContext {
  db: ServerDb;
  now: () => string;
  /** the server speaks HTTPS itself (cookies get Secure) */
  secure: boolean;
  /** the server's rollups and their refresher (refresher.ts); absent: computed by each request */
  rollups?: Rollups;
}

const signInInput = z.strictObject({ username: z.string().min(1).max(80), password: z.string().min(1).max(200) });

/** The request body parsed, or a 400 with the first problem in Persian. */
export function body<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  throw new HttpError(400, 'invalid', `${MESSAGES.invalid}: ${r.error.issues[0].message}`);
}

const whoAmI = (s: ConsoleSession) => ({ account: s.account, csrf: s.csrf });

function accountError(e: unknown): never {
  if (e instanceof AccountError) throw new HttpError(400, 'invalid', e.persian);
  throw e;
}

export function registerAccountRoutes(app: FastifyInstance, ctx: ConsoleContext) {
  const { db, now } = ctx;
  const by = (req: FastifyRequest, account: ConsoleAccount) => ({ actor: account.id, account, address: req.ip });

  app.post('/console/api/session', async (req, reply) => {
    const input = body(signInInput, req.body);
    const { secret, session } = await signIn(db, input.username.trim(), input.password, req.ip, now());
    reply.header('set-cookie', cookieHeader(secret, ctx.secure));
    return whoAmI(session);
  });

  app.get('/console/api/session', async (req) => whoAmI(await guard(db, req, now())));

  app.delete('/console/api/session', async (req, reply) => {
    const session = await guard(db, req, now());
    await signOut(db, session, req.ip, now());
    reply.header('set-cookie', clearedCookie(ctx.secure));
    return { signedOut: true };
  });

  app.get('/console/api/accounts', async (req) => {
    const s = await guard(db, req, now(), { admin: true });
    return { accounts: await listAccounts(db.read, s.account) };
  });

  app.post('/console/api/accounts', async (req) => {
    const s = await guard(db, req, now(), { admin: true });
    return createAccount(db, req.body, by(req, s.account), now()).catch(accountError);
  });

  app.post<{ Params: { username: string } }>('/console/api/accounts/:username/password', async (req) => {
    const s = await guard(db, req, now(), { admin: true });
    return resetPassword(db, req.params.username, undefined, by(req, s.account), now()).catch(accountError);
  });

  app.post<{ Params: { username: string } }>('/console/api/accounts/:username/active', async (req) => {
    const s = await guard(db, req, now(), { admin: true });
    const { active } = body(activeInput, req.body);
    return setAccountActive(db, req.params.username, active, by(req, s.account), now()).catch(accountError);
  });

  app.get('/console/api/audit', async (req) => {
    const s = await guard(db, req, now(), { admin: true });
    const mine = new Set((await listAccounts(db.read, s.account)).map((a) => a.id));
    const rows = await readAudit(db.read, 500);
    // an admin reads what the accounts of its own scope did (the ministry: also the command line)
    return {
      entries: rows.filter(
        (r) => mine.has(r.actor) || (r.actor === 'cli' && covers(s.account, { provinceId: null, countyId: null })),
      ),
    };
  });
}
