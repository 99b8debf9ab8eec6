// The council portal's API under /council/api (the council's own session, cookie and CSRF, the
// console's machinery over council_account), and the console's routes that make council accounts
// (/console/api/councils…, admins only, inside their scope). Every portal route reads the council
// from the session; no request can name another council.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { body, type ConsoleContext } from '../console/routes';
import { guard, guardIn } from '../console/guard';
import { clearedCookie, cookieHeader, signInTo, signOutOf } from '../console/sessions';
import {
  COUNCIL_REALM,
  councilAccountInput,
  councilsInScope,
  createCouncilAccount,
  listCouncilAccounts,
  resetCouncilPassword,
  setCouncilAccountActive,
} from './accounts';
import { activeInput } from '../console/accounts';
import { minutesOf, submissionsOf, submit } from './submissions';
import { letterPdf, lettersOf, openLetter } from './letters';
import { answerLetter } from './answers';

const signInInput = z.strictObject({ username: z.string().min(1).max(80), password: z.string().min(1).max(200) });
const idParam = z.string().regex(/^[0-9A-Za-z-]{1,64}$/);

export function registerCouncilRoutes(app: FastifyInstance, ctx: ConsoleContext) {
  const { db, now } = ctx;
  const council = (req: FastifyRequest) => guardIn(COUNCIL_REALM, db, req, now());

  app.post('/council/api/session', async (req, reply) => {
    const input = body(signInInput, req.body);
    const { secret, session } = await signInTo(COUNCIL_REALM, db, input.username.trim(), input.password, req.ip, now());
    reply.header('set-cookie', cookieHeader(secret, ctx.secure, COUNCIL_REALM));
    return { account: session.account, csrf: session.csrf };
  });

  app.get('/council/api/session', async (req) => {
    const s = await council(req);
    return { account: s.account, csrf: s.csrf, now: now() };
  });

  app.delete('/council/api/session', async (req, reply) => {
    const s = await council(req);
    await signOutOf(COUNCIL_REALM, db, s, req.ip, now());
    reply.header('set-cookie', clearedCookie(ctx.secure, COUNCIL_REALM));
    return { signedOut: true };
  });

  app.get('/council/api/submissions', async (req) => ({
    submissions: await submissionsOf(db, (await council(req)).account),
  }));

  app.post('/council/api/submissions', async (req) => submit(db, (await council(req)).account, req.body, now()));

  app.get<{ Params: { id: string } }>('/council/api/submissions/:id', async (req) => {
    const s = await council(req);
    const [one] = await submissionsOf(db, s.account, body(idParam, req.params.id));
    return one;
  });

  app.get<{ Params: { id: string } }>('/council/api/submissions/:id/minutes.pdf', async (req, reply) => {
    const s = await council(req);
    const pdf = await minutesOf(db, s.account, body(idParam, req.params.id));
    return reply.type('application/pdf').header('content-disposition', 'inline').send(pdf);
  });

  // issue 14 items 4 and 5: the letters the office issued to this council, and its answers
  app.get('/council/api/letters', async (req) => ({
    letters: await lettersOf(db, (await council(req)).account, now()),
  }));

  app.get<{ Params: { id: string } }>('/council/api/letters/:id', async (req) =>
    openLetter(db, (await council(req)).account, body(idParam, req.params.id), now()),
  );

  app.get<{ Params: { id: string } }>('/council/api/letters/:id/letter.pdf', async (req, reply) => {
    const s = await council(req);
    const pdf = await letterPdf(db, s.account, body(idParam, req.params.id));
    return reply.type('application/pdf').header('content-disposition', 'inline').send(pdf);
  });

  app.post<{ Params: { id: string } }>('/council/api/letters/:id/answer', async (req) =>
    answerLetter(db, (await council(req)).account, body(idParam, req.params.id), req.body, now()),
  );

  // the console side: admins make council accounts for councils inside their scope
  const admin = async (req: FastifyRequest) => (await guard(db, req, now(), { admin: true })).account;
  app.get('/console/api/councils', async (req) => ({ councils: await councilsInScope(db.read, await admin(req)) }));
  app.get('/console/api/council-accounts', async (req) => ({
    accounts: await listCouncilAccounts(db.read, await admin(req)),
  }));
  app.post('/console/api/council-accounts', async (req) => {
    const account = await admin(req);
    return createCouncilAccount(db, body(councilAccountInput, req.body), { account, address: req.ip }, now());
  });
  app.post<{ Params: { username: string } }>('/console/api/council-accounts/:username/password', async (req) => {
    const account = await admin(req);
    return resetCouncilPassword(db, req.params.username, { account, address: req.ip }, now());
  });
  app.post<{ Params: { username: string } }>('/console/api/council-accounts/:username/active', async (req) => {
    const account = await admin(req);
    const { active } = body(activeInput, req.body);
    return setCouncilAccountActive(db, req.params.username, active, { account, address: req.ip }, now());
  });
}
