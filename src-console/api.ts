// The console's calls to its server (same origin): JSON in and out, the session cookie sent by the
// browser, the CSRF token bound to the session sent with every state-changing call.
let csrf = '';
let onSignedOut: () => void = () => undefined;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const setCsrf = (token: string) => void (csrf = token);
export const whenSignedOut = (f: () => void) => void (onSignedOut = f);

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-tatbiq-csrf'] = csrf;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    const e = new ApiError(res.status, data?.error?.code ?? 'error', data?.error?.message ?? 'خطا در ارتباط با سرور.');
    if (res.status === 401 && !path.endsWith('/api/session')) onSignedOut();
    throw e;
  }
  return data as T;
}

/** `?a=1&b=2` of the defined values. */
export function qs(q: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}
