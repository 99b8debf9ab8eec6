// The console and the public pages on the ministry server (DESIGN.md §12): their API routes, and
// the web app's files at the same origin.
import type { FastifyInstance } from 'fastify';
import { registerAccountRoutes, body, type ConsoleContext } from './routes';
import { registerMonitorRoutes } from './monitorRoutes';
import { registerExportRoutes } from './exportRoutes';
import { registerAdminRoutes } from './adminRoutes';
import { registerConsolePages } from './static';
import { publicVerify, publicVerifyInput } from '../public/verify';
import { registerComplaintRoutes } from '../public/complaintRoutes';
import { registerCouncilRoutes } from '../councils/routes';

export function registerConsole(app: FastifyInstance, ctx: ConsoleContext) {
  registerAccountRoutes(app, ctx);
  registerMonitorRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerConsolePages(app);
  registerComplaintRoutes(app, ctx);
  registerCouncilRoutes(app, ctx);
  app.post('/public/api/letters/verify', async (req) =>
    publicVerify(ctx.db, body(publicVerifyInput, req.body), req.ip, ctx.now()),
  );
}
