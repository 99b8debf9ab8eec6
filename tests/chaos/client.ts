// A user of the office's browser-mode host over real HTTP: the session cookie it was given, and
// the contract's calls. A call is acknowledged only when its whole response has arrived.
export class HostDown extends Error {}

export interface ApiResult<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

export class Client {
  cookie: string | null = null;
  base = '';

  async call<T>(method: string, input: unknown): Promise<ApiResult<T>> {
    let res: Response;
    try {
      res = await fetch(`${this.base}/api/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-tatbiq': '1',
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      throw new HostDown(String(e));
    }
    let body: ApiResult<T>;
    try {
      body = (await res.json()) as ApiResult<T>;
    } catch (e) {
      // the process died while the response was on its way: not acknowledged
      throw new HostDown(String(e));
    }
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    return body;
  }

  /** A call that must succeed (or the host died): its data. */
  async must<T>(method: string, input: unknown): Promise<T> {
    const r = await this.call<T>(method, input);
    if (!r.ok) throw new Error(`${method} refused: ${r.error?.code} ${r.error?.message}`);
    return r.data as T;
  }
}
