// The administration routes (admins only): places, offices and their sync health, enrollment
// codes, revoking an office's tokens, and publishing reference data with a preview first. Every
// route checks the account's scope on the server (admin.ts); a request cannot widen it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors';
import { body, type ConsoleContext } from './routes';
import { guard } from './guard';
import {
  codeInput,
  countyInput,
  createCounty,
  createOffice,
  createProvince,
  currentPolicy,
  enrollmentCode,
  officeHealth,
  officeInput,
  places,
  provinceInput,
  PUBLISHABLE,
  publishAs,
  publishInput,
  refusedChanges,
  revokeOffice,
  type Publishable,
} from './admin';
import { CONSOLE_MESSAGES as M } from './messages';

export function registerAdminRoutes(app: FastifyInstance, ctx: ConsoleContext) {
  const { db, now } = ctx;
  const admin = async (req: FastifyRequest) => {
    const s = await guard(db, req, now(), { admin: true });
    return { account: s.account, address: req.ip };
  };

  app.get('/console/api/admin/places', async (req) => places(db.read, (await admin(req)).account));

  app.post('/console/api/admin/provinces', async (req) =>
    createProvince(db, await admin(req), body(provinceInput, req.body), now()),
  );

  app.post('/console/api/admin/counties', async (req) =>
    createCounty(db, await admin(req), body(countyInput, req.body), now()),
  );

  app.get('/console/api/admin/offices', async (req) => officeHealth(db, (await admin(req)).account, now()));

  app.post('/console/api/admin/offices', async (req) =>
    createOffice(db, await admin(req), body(officeInput, req.body), now()),
  );

  app.post<{ Params: { code: string } }>('/console/api/admin/offices/:code/enrollment', async (req) => {
    const by = await admin(req);
    return enrollmentCode(db, by, req.params.code, body(codeInput, req.body).days, new Date(now()));
  });

  app.post<{ Params: { code: string } }>('/console/api/admin/offices/:code/revoke', async (req) =>
    revokeOffice(db, await admin(req), req.params.code, now()),
  );

  app.get<{ Params: { code: string } }>('/console/api/admin/offices/:code/refused', async (req) =>
    refusedChanges(db, (await admin(req)).account, req.params.code),
  );

  app.get('/console/api/admin/policy', async (req) => {
    await admin(req);
    return currentPolicy(db);
  });

  // a national councils list is several megabytes of JSON
  const publishLimit = { bodyLimit: 32 * 1024 * 1024 };
  app.post<{ Params: { what: string } }>('/console/api/admin/publish/:what', publishLimit, async (req) => {
    const by = await admin(req);
    if (!(PUBLISHABLE as readonly string[]).includes(req.params.what))
      throw new HttpError(404, 'not_found', M.unknownPublish);
    return publishAs(db, by, req.params.what as Publishable, body(publishInput, req.body), now());
  });
}
