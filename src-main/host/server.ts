// Browser mode: the same contract over HTTP on 127.0.0.1, plus the built renderer. The e2e tests
// drive this, and an office can let panel members' browsers use it on the LAN.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { HTTP_STATUS, type ApiErrorBody } from '../../shared/api/errors';
import type { Core } from '../core';
import { CSP } from './csp';
import { hostAllowed, WRONG_HOST_MESSAGE } from './hosts';
import { ATTACHMENT_MAX_BYTES } from '../../shared/schemas/attachment';

export { CSP };

export interface HostOptions {
  core: Core;
  rendererDir: string;
  logger?: boolean;
  /** LAN names the office serves besides loopback and the address a request arrived on (--allowed-hosts) */
  allowedHosts?: readonly string[];
}

export const SESSION_COOKIE = 'tatbiq_session';

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

function refuse(status: number, error: ApiErrorBody) {
  return { status, body: { ok: false as const, error } };
}

export async function createHost(opts: HostOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // base64 of the largest attachment, with room for the JSON around it
    bodyLimit: Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 64 * 1024,
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  // before routing: no handler, static file or API call answers a name the office does not serve
  app.addHook('onRequest', async (req, reply) => {
    const local = { address: req.socket.localAddress, port: req.socket.localPort };
    if (hostAllowed(req.headers.host, local, opts.allowedHosts ?? [])) return;
    opts.core.context.log.warn({ host: req.headers.host, url: req.url }, 'request for a host name not served refused');
    const r = refuse(421, { code: 'forbidden', message: WRONG_HOST_MESSAGE });
    return reply.code(r.status).send(r.body);
  });

  app.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    // CSRF: a cross-site page can neither set this header nor send JSON without a preflight we never grant.
    const origin = req.headers.origin;
    const sameOrigin = !origin || origin === `http://${req.headers.host}`;
    if (req.headers['x-tatbiq'] !== '1' || !sameOrigin) {
      const r = refuse(403, { code: 'forbidden', message: 'درخواست از مبدأ نامعتبر رد شد.' });
      return reply.code(r.status).send(r.body);
    }
    const result = await opts.core.dispatch(req.params.method, req.body, {
      token: readCookie(req.headers.cookie, SESSION_COOKIE),
      remote: req.ip,
      // HttpOnly: the page's scripts never see the token; Strict: no other site's page sends it
      setSession: (token) =>
        void reply.header(
          'set-cookie',
          token
            ? `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`
            : `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
        ),
    });
    return reply.code(result.ok ? 200 : HTTP_STATUS[result.error.code]).send(result);
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message: string }, _req, reply) => {
    const status = err.statusCode ?? 500;
    const error: ApiErrorBody =
      status === 413
        ? { code: 'too_large', message: 'حجم درخواست بیش از حد مجاز است.' }
        : status === 415
          ? { code: 'unsupported_type', message: 'قالب درخواست پشتیبانی نمی‌شود.' }
          : status < 500
            ? { code: 'validation', message: 'درخواست نامعتبر است.' }
            : { code: 'internal', message: 'خطای پیش‌بینی‌نشده‌ای رخ داد.' };
    opts.core.context.log.warn({ status, code: err.code, msg: err.message }, 'http request refused');
    return reply.code(status).send({ ok: false, error });
  });

  if (fs.existsSync(path.join(opts.rendererDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(opts.rendererDir), index: ['index.html'] });
  } else {
    app.get('/', async (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html dir="rtl" lang="fa"><body><p>رابط کاربری ساخته نشده است: npm run build</p></body></html>',
        ),
    );
  }
  return app;
}
