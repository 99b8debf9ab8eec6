// The monitoring routes: every one signs the request in (guard) and reads through the account's
// scope (scope.ts); a unit or office outside it is a 404, never data.
import type { FastifyInstance } from 'fastify';
import { body, type ConsoleContext } from './routes';
import { guard } from './guard';
import { monitorQuery, overdueNow, overview } from './monitor';
import { resolutionTimeline } from './drill';
import { complaintsOverview } from './monitorComplaints';
import { officeRegister, registerQuery } from './officeRegister';

export function registerMonitorRoutes(app: FastifyInstance, ctx: ConsoleContext) {
  const { db, now } = ctx;
  const at = () => new Date(now());

  app.get('/console/api/overview', async (req) => {
    const s = await guard(db, req, now());
    return overview(db, s.account, body(monitorQuery, req.query), at(), ctx.rollups);
  });

  app.get('/console/api/overdue', async (req) => {
    const s = await guard(db, req, now());
    const q = body(monitorQuery, req.query);
    return overdueNow(db, s.account, q.unit, at());
  });

  app.get('/console/api/complaints', async (req) => {
    const s = await guard(db, req, now());
    return complaintsOverview(db, s.account, body(monitorQuery, req.query));
  });

  app.get<{ Params: { office: string } }>('/console/api/offices/:office/register', async (req) => {
    const s = await guard(db, req, now());
    return officeRegister(db, s.account, req.params.office, body(registerQuery, req.query));
  });

  app.get<{ Params: { office: string; id: string } }>('/console/api/offices/:office/resolutions/:id', async (req) => {
    const s = await guard(db, req, now());
    return resolutionTimeline(db, s.account, req.params.office, req.params.id);
  });
}
