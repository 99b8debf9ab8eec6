// Browser mode: the same contract over HTTP on 127.0.0.1, plus the built renderer. The e2e tests
// drive this, and an office can let panel members' browsers use it on the LAN.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { HTTP_STATUS, type ApiErrorBody } from '../../shared/api/errors';
import type { Core } from '../core';
import { CSP } from './csp';
import { fromThisComputer, hostAllowed, PLAIN_HTTP_MESSAGE, WRONG_HOST_MESSAGE } from './hosts';
import { ATTACHMENT_MAX_BYTES } from '../../shared/schemas/attachment';

export { CSP };

export interface HostOptions {
  core: Core;
  rendererDir: string;
  logger?: boolean;
  /** LAN names the office serves besides loopback and the address a request arrived on (--allowed-hosts) */
  allowedHosts?: readonly string[];
  /** serve HTTPS with this key and certificate (the office network, src-main/host/lan.ts) */
  https?: { key: string; cert: string };
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
  const scheme = opts.https ? 'https' : 'http';
  // over HTTPS the browser keeps the cookie to HTTPS alone
  const secure = opts.https ? '; Secure' : '';
  const app = Fastify({
    ...(opts.https ? { https: { key: opts.https.key, cert: opts.https.cert } } : {}),
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

  // passwords and session cookies never cross the network in clear text: plain HTTP answers only
  // this computer; other devices use the office network's HTTPS listener
  app.addHook('onRequest', async (req, reply) => {
    if (opts.https || fromThisComputer(req.socket.remoteAddress)) return;
    opts.core.context.log.warn(
      { remote: req.socket.remoteAddress, url: req.url },
      'plain HTTP from the network refused',
    );
    const r = refuse(403, { code: 'forbidden', message: PLAIN_HTTP_MESSAGE });
    return reply.code(r.status).send(r.body);
  });

  // the office's own certificate authority, for a member's phone to install once (public: a certificate holds no secret)
  app.get('/office-ca.crt', async (_req, reply) => {
    const pem = await opts.core.lan.caCertificate();
    if (!pem) return reply.code(404).type('text/plain; charset=utf-8').send('');
    return reply
      .type('application/x-x509-ca-cert')
      .header('content-disposition', 'attachment; filename="tatbiq-office-ca.crt"')
      .send(pem);
  });

  app.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    // CSRF: a cross-site page can neither set this header nor send JSON without a preflight we never grant.
    const origin = req.headers.origin;
    const sameOrigin = !origin || origin === `${scheme}://${req.headers.host}`;
    if (req.headers['x-tatbiq'] !== '1' || !sameOrigin) {
      const r = refuse(403, { code: 'forbidden', message: 'درخواست از مبدأ نامعتبر رد شد.' });
      return reply.code(r.status).send(r.body);
    }
    const result = await opts.core.dispatch(req.params.method, req.body, {
      token: readCookie(req.headers.cookie, SESSION_COOKIE),
      remote: req.ip,
      origin: {
        via: fromThisComputer(req.socket.remoteAddress) ? 'local' : 'lan',
        userAgent: req.headers['user-agent'],
      },
      // HttpOnly: the page's scripts never see the token; Strict: no other site's page sends it
      setSession: (token) =>
        void reply.header(
          'set-cookie',
          token
            ? `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure}`
            : `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`,
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
