// The ministry server's HTTP surface: protocol v1 (DESIGN.md §7). Every input is parsed with the
// shared schemas before anything is read or written; every refusal is a 4xx with a reason.
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { z } from 'zod';
import {
  MAX_BLOB_BYTES,
  MAX_BODY_BYTES,
  MAX_PUSH_CHANGES,
  PROTOCOL_VERSION,
  enrollRequest,
  letterVerifyQuery,
  anchorRequest,
  pullQuery,
  pushRequest,
  sha256Pattern,
  type Scope,
  VERSION_HEADER,
  appVersionOf,
} from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import { checkEnrollThrottle, enroll, recordEnrollFailure } from '../sync/enroll';
import { PushQueue } from '../sync/pushQueue';
import { pullChanges } from '../sync/pull';
import { getBlob, putBlob } from '../sync/blobs';
import { verifyLetter } from '../sync/letters';
import { postAnchor, readAnchor } from '../sync/anchor';
import { authenticate, bearerHash } from './auth';
import { HttpError, MESSAGES } from './errors';
import { registerConsole } from '../console/register';
import type { Rollups } from '../console/rollup';

export interface AppOptions {
  db: ServerDb;
  log: Logger;
  version: string;
  clock?: () => Date;
  /** PEM files: the server speaks HTTPS itself instead of behind a TLS proxy */
  https?: { key: Buffer; cert: Buffer };
  /** the console's rollups, kept up to date by the server (console/refresher.ts) */
  rollups?: Rollups;
  /** reverse proxies whose X-Forwarded-For gives the request's address (config.ts) */
  trustProxy?: string[];
}

function invalid(error: z.ZodError): HttpError {
  const i = error.issues[0];
  const where = i.path.map(String).join('.');
  return new HttpError(400, 'invalid', `${MESSAGES.invalid}: ${where ? `${where}: ` : ''}${i.message}`);
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw invalid(r.error);
}

function sha(param: string): string {
  if (!sha256Pattern.test(param))
    throw new HttpError(400, 'invalid', `${MESSAGES.invalid}: نشانی پرونده SHA-256 نیست.`);
  return param;
}

const send = (reply: FastifyReply, e: HttpError) => reply.code(e.status).send(e.body());

export function createServerApp(opts: AppOptions): FastifyInstance {
  const { db } = opts;
  const now = () => (opts.clock ?? (() => new Date()))().toISOString();
  const app = Fastify({
    loggerInstance: opts.log,
    bodyLimit: MAX_BODY_BYTES,
    // SIGTERM: stop taking requests, answer the ones in flight, then close
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestTimeout: 120_000,
    // one line per request, when it is answered (the hook below), instead of Fastify's two
    logController: new LogController({ disableRequestLogging: true }),
    ...(opts.https ? { https: opts.https } : {}),
    trustProxy: opts.trustProxy ?? false,
  }) as unknown as FastifyInstance;

  // JSON and file bytes only: anything else is a 415, not a string for the schemas to puzzle over
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_BLOB_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof HttpError) return send(reply, err);
    const status = err.statusCode ?? 500;
    let e: HttpError;
    if (status === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      e = new HttpError(413, 'too_large', MESSAGES.tooLarge);
    else if (status === 415) e = new HttpError(415, 'unsupported_type', MESSAGES.unsupportedType);
    else if (
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      err instanceof SyntaxError ||
      err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    )
      e = new HttpError(400, 'malformed_json', MESSAGES.malformedJson);
    else if (status < 500) e = new HttpError(status, 'invalid', MESSAGES.invalid);
    else {
      req.log.error({ err }, 'request failed');
      e = new HttpError(500, 'internal', MESSAGES.internal);
    }
    if (e.status < 500)
      req.log.info({ status: e.status, code: e.code, cause: err.code ?? err.message }, 'request refused');
    return send(reply, e);
  });
  app.addHook('onResponse', (req, reply, done) => {
    req.log.info(
      { method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
    done();
  });
  app.setNotFoundHandler((_req, reply) => send(reply, new HttpError(404, 'not_found', MESSAGES.notFound)));

  app.get('/v1/health', async (_req, reply) => {
    const ok = await db.ping();
    return reply
      .code(ok ? 200 : 503)
      .send({ ok, protocol: PROTOCOL_VERSION, version: opts.version, database: db.dialect });
  });

  app.post('/v1/enroll', async (req) => {
    const at = now();
    await checkEnrollThrottle(db, req.ip, at);
    const body = parse(enrollRequest, req.body);
    const answer = await enroll(db, body, at).catch(async (e: unknown) => {
      if (e instanceof HttpError && e.status === 401) await recordEnrollFailure(db, req.ip, at);
      throw e;
    });
    req.log.info({ office: answer.office.code }, 'office enrolled');
    return answer;
  });

  // The sync routes check the token in their own first round trip (push: in its transaction; pull:
  // in its query). A request both unauthorized and malformed is still refused for its token first.
  async function syncInput<S extends z.ZodType>(req: FastifyRequest, scope: Scope, schema: S, value: unknown) {
    const token = bearerHash(req);
    const r = schema.safeParse(value);
    if (r.success) return { token, input: r.data as z.output<S> };
    await authenticate(db, req, scope);
    throw invalid(r.error);
  }

  // Half the connections for pushes, so pulls and the rest still find one during a burst. A group
  // holds at most one full push's changes: larger groups were no faster under 500 offices at once
  // and held ~150 MB more memory (their statements' text is built whole).
  const pushes = new PushQueue(db, {
    concurrency: Math.max(1, Math.floor(db.writers / 2)),
    maxChanges: MAX_PUSH_CHANGES,
  });
  app.post('/v1/sync/push', async (req) => {
    const { token, input } = await syncInput(req, 'sync:push', pushRequest, req.body);
    return pushes.push(token, input, now(), req.log);
  });

  app.get('/v1/sync/pull', async (req, reply) => {
    const { token, input } = await syncInput(req, 'sync:pull', pullQuery, req.query);
    const page = await pullChanges(
      db,
      token,
      input.since,
      input.limit,
      now(),
      appVersionOf(req.headers[VERSION_HEADER]),
    );
    return reply.type('application/json; charset=utf-8').send(page);
  });

  app.put<{ Params: { sha256: string } }>('/v1/blobs/:sha256', async (req, reply) => {
    const office = await authenticate(db, req, 'blobs:write');
    const hash = sha(req.params.sha256);
    if (!Buffer.isBuffer(req.body)) throw new HttpError(415, 'unsupported_type', MESSAGES.unsupportedType);
    const r = await putBlob(db, office, hash, req.body, now());
    return reply.code(r.stored ? 201 : 200).send(r);
  });

  app.get<{ Params: { sha256: string } }>('/v1/blobs/:sha256', async (req, reply) => {
    const office = await authenticate(db, req, 'blobs:read');
    const data = await getBlob(db, office, sha(req.params.sha256));
    return reply.type('application/octet-stream').send(data);
  });

  app.get('/v1/sync/anchor', async (req) => readAnchor(db, await authenticate(db, req, 'sync:push')));

  app.post('/v1/sync/anchor', async (req) => {
    const office = await authenticate(db, req, 'sync:push');
    const answer = await postAnchor(db, office, parse(anchorRequest, req.body), now());
    if (answer.flagged) req.log.warn({ office: office.code, flagged: answer.flagged }, 'audit anchor refused');
    return answer;
  });

  app.get('/v1/letters/verify', async (req) => verifyLetter(db, parse(letterVerifyQuery, req.query)));

  registerConsole(app, { db, now, secure: Boolean(opts.https), rollups: opts.rollups });

  return app;
}
