// A console user over real HTTP: signs in, keeps the session cookie and the CSRF token, and sends
// the token with every state-changing request, as the web app does.
import { runCli } from '../../src-server/admin/cli';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export class ConsoleClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-tatbiq-csrf'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON (an xlsx, a page) */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.call<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.call<T>('POST', path, body ?? {});
  }

  async signIn(username: string, password: string): Promise<Answer> {
    const r = await this.call<{ csrf: string }>('POST', '/console/api/session', { username, password });
    const set = r.headers.get('set-cookie');
    if (r.status === 200 && set) {
      this.cookie = set.split(';')[0];
      this.csrf = r.body.csrf;
    }
    return r as Answer;
  }
}

/** `account:add` through the command line, as the first admin is made; the password it prints. */
export async function cliAccount(
  dbUrl: string,
  username: string,
  scope: 'ministry' | 'province' | 'county',
  opts: { role?: 'admin' | 'viewer'; province?: string; county?: string } = {},
): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const args = [
    'account:add',
    username,
    '--name',
    `کاربر ${username}`,
    '--role',
    opts.role ?? 'admin',
    '--scope',
    scope,
  ];
  if (opts.province) args.push('--province', opts.province);
  if (opts.county) args.push('--county', opts.county);
  const code = await runCli(
    [...args, '--db', dbUrl],
    (l) => out.push(l),
    (l) => err.push(l),
  );
  if (code !== 0) throw new Error(err.join('\n'));
  const m = /password: (\S+)/.exec(out.join('\n'));
  if (!m) throw new Error(`no password in: ${out.join('\n')}`);
  return m[1];
}
