// The client half of protocol v1 over HTTP(S). Every answer is parsed with the shared schemas; a
// failure is classified once here, so the engine knows whether to retry (network, timeout, a
// half-read answer, 5xx) or to stop and tell the user (401, a refusal with the server's reason).
import {
  anchorResponse,
  type AnchorRequest,
  type AnchorResponse,
  enrollResponse,
  pullResponse,
  pushResponse,
  serverError,
  VERSION_HEADER,
  type EnrollRequest,
  type EnrollResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../../shared/sync/protocol';
import { serverUrlProblem } from '../../../shared/sync/serverUrl';
import type { z } from 'zod';

import { SYNC_MESSAGES } from './messages';

export type SyncErrorKind = 'network' | 'timeout' | 'server' | 'auth' | 'refused' | 'protocol';

export { SYNC_MESSAGES };

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server';
  }
}

export interface Transport {
  enroll(req: EnrollRequest): Promise<EnrollResponse>;
  push(req: PushRequest): Promise<PushResponse>;
  pull(since: string, limit: number): Promise<PullResponse>;
  putBlob(sha256: string, data: Buffer): Promise<void>;
  /** a file the server lets this office read (its own uploads, its councils' submitted minutes) */
  getBlob?(sha256: string): Promise<Buffer>;
  getAnchor(): Promise<AnchorResponse>;
  postAnchor(req: AnchorRequest): Promise<AnchorResponse>;
}

export interface TransportOptions {
  baseUrl: string;
  token?: string | null;
  timeoutMs: number;
  /** this app's version, sent with every request (the console's sync health shows it) */
  version?: string;
}

async function request<S extends z.ZodType>(
  opts: TransportOptions,
  path: string,
  init: { method: string; body?: string | Uint8Array; type?: string; auth: boolean },
  schema: S | null,
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.type) headers['content-type'] = init.type;
  if (init.auth && opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.version) headers[VERSION_HEADER] = opts.version;
  let status: number;
  let text: string;
  try {
    // the server may sit under a path (https://host/tatbiq/), so the base is joined, not resolved
    const res = await fetch(`${opts.baseUrl.replace(/\/+$/, '')}${path}`, {
      method: init.method,
      headers,
      body: init.body as BodyInit | undefined,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new SyncError('timeout', SYNC_MESSAGES.timeout);
    throw new SyncError('network', SYNC_MESSAGES.network);
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // a cut answer looks like this too: the request may or may not have been applied, so retry
    throw new SyncError('network', SYNC_MESSAGES.network, status);
  }
  if (status >= 200 && status < 300) {
    if (!schema) return undefined as z.output<S>;
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new SyncError('protocol', SYNC_MESSAGES.protocol, status);
    return parsed.data;
  }
  const err = serverError.safeParse(body);
  const message = err.success ? err.data.error.message : undefined;
  if (status === 401) throw new SyncError('auth', message ?? SYNC_MESSAGES.auth, status);
  if (status === 429 || status >= 500) throw new SyncError('server', message ?? SYNC_MESSAGES.server, status);
  throw new SyncError('refused', message ?? SYNC_MESSAGES.protocol, status);
}

export function httpTransport(opts: TransportOptions): Transport {
  // the token never goes in the clear: a stored address from an older version is refused here too
  const problem = serverUrlProblem(opts.baseUrl);
  if (problem) throw new SyncError('refused', problem);
  const json = (v: unknown) => JSON.stringify(v);
  return {
    enroll: (req) =>
      request(
        opts,
        '/v1/enroll',
        { method: 'POST', body: json(req), type: 'application/json', auth: false },
        enrollResponse,
      ),
    push: (req) =>
      request(
        opts,
        '/v1/sync/push',
        { method: 'POST', body: json(req), type: 'application/json', auth: true },
        pushResponse,
      ),
    pull: (since, limit) =>
      request(
        opts,
        `/v1/sync/pull?${new URLSearchParams({ since, limit: String(limit) })}`,
        { method: 'GET', auth: true },
        pullResponse,
      ),
    getAnchor: () => request(opts, '/v1/sync/anchor', { method: 'GET', auth: true }, anchorResponse),
    postAnchor: (req) =>
      request(
        opts,
        '/v1/sync/anchor',
        { method: 'POST', body: json(req), type: 'application/json', auth: true },
        anchorResponse,
      ),
    getBlob: async (sha256) => {
      let res: Response;
      try {
        res = await fetch(`${opts.baseUrl.replace(/\/+$/, '')}/v1/blobs/${sha256}`, {
          headers: {
            authorization: `Bearer ${opts.token ?? ''}`,
            ...(opts.version ? { [VERSION_HEADER]: opts.version } : {}),
          },
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
        if (res.ok) return Buffer.from(await res.arrayBuffer());
      } catch {
        throw new SyncError('network', SYNC_MESSAGES.network);
      }
      if (res.status === 401) throw new SyncError('auth', SYNC_MESSAGES.auth, res.status);
      if (res.status === 429 || res.status >= 500) throw new SyncError('server', SYNC_MESSAGES.server, res.status);
      throw new SyncError('refused', SYNC_MESSAGES.protocol, res.status);
    },
    putBlob: async (sha256, data) => {
      await request(
        opts,
        `/v1/blobs/${sha256}`,
        {
          method: 'PUT',
          body: new Uint8Array(data.buffer, data.byteOffset, data.length),
          type: 'application/octet-stream',
          auth: true,
        },
        null,
      );
    },
  };
}
