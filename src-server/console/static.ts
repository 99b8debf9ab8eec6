// The console's web app and the public verification page, built by scripts/build.mjs into
// dist/console, served at the same origin as the API (so the session cookie stays SameSite=Strict
// and the CSRF header needs no CORS). Pages carry the same strict content policy as the office's.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { contentPolicy } from '../../shared/api/csp';

const CSP = contentPolicy();

/** dist/console beside the server bundle (dist/server), or under the working folder. */
export function consoleDir(): string | null {
  const candidates = [
    process.env.TATBIQ_CONSOLE_DIR,
    typeof __dirname === 'string' ? path.resolve(__dirname, '..', 'console') : undefined,
    path.resolve('dist', 'console'),
  ].filter((x): x is string => !!x);
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? null;
}

const NOT_BUILT =
  '<!doctype html><html dir="rtl" lang="fa"><body><p>رابط وب سامانه ساخته نشده است: npm run build</p></body></html>';

export function registerConsolePages(app: FastifyInstance) {
  const dir = consoleDir();
  const page = (file: string) => async (_req: unknown, reply: FastifyReply) => {
    reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff');
    if (!dir) return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8').send(fs.readFileSync(path.join(dir, file)));
  };
  app.get('/console', async (_req, reply) => reply.redirect('/console/'));
  app.get('/console/', page('index.html'));
  app.get('/public/verify', page('verify.html'));
  app.get('/public/complaint', page('complaint.html'));
  app.get('/council', async (_req, reply) => reply.redirect('/council/'));
  app.get('/council/', page('council.html'));
  if (dir)
    app.register(fastifyStatic, {
      root: path.join(dir, 'assets'),
      prefix: '/console/assets/',
      decorateReply: false,
      immutable: true,
      maxAge: '30d',
    });
}
