// The console and the public pages on the ministry server (DESIGN.md §12): their API routes, and
// the web app's files at the same origin.
import type { FastifyInstance } from 'fastify';
import { registerAccountRoutes, type ConsoleContext } from './routes';

export function registerConsole(app: FastifyInstance, ctx: ConsoleContext) {
  registerAccountRoutes(app, ctx);
}
