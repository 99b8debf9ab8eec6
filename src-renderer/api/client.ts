// The renderer's only way to the core: typed calls over whichever transport is present.
import { contract, type Input, type Method, type Output, type Result } from '../../shared/api/contract';
import type { ApiErrorBody, ErrorCode } from '../../shared/api/errors';
import type { TatbiqBridge } from '../../shared/api/bridge';
import { sessionEnded } from './session';

declare global {
  interface Window {
    tatbiq?: TatbiqBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.fields = body.fields;
  }
}

const NETWORK_ERROR: ApiErrorBody = {
  code: 'internal',
  message: 'ارتباط با برنامه برقرار نشد. برنامه را دوباره باز کنید.',
};

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tatbiq': '1' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = window.tatbiq ? await window.tatbiq.call(method, input) : await overHttp(method, input);
  if (!result.ok) {
    // a public method's 'unauthenticated' is its own answer (wrong password), not a lost session
    if (result.error.code === 'unauthenticated' && contract[method].access !== 'public') sessionEnded();
    throw new ApiError(result.error);
  }
  return result.data as Output<M>;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'unauthenticated';
}

export const isDesktop = (): boolean => Boolean(window.tatbiq?.desktop);
