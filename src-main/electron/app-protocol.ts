// The app:// origin the window loads from, and the file handler behind it. Pure Node (no Electron
// import), so the path-traversal guard and the URL checks are tested in plain Vitest.
import fs from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tatbiq';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

function parse(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app itself (app://tatbiq/…), the only place the renderer may be. */
export function isAppUrl(url: string | null | undefined): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.host.toLowerCase() === APP_HOST &&
    u.username === '' &&
    u.password === ''
  );
}

/** An http(s) link the user may open in their own browser; anything else gives null. */
export function externalWebUrl(url: string | null | undefined): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.username !== '' || u.password !== '') return null;
  return u.href;
}

/** Schemes the renderer may request at all; everything else (http, https, file, ws…) is refused. */
const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'devtools:']);

export function isLocalRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  return u !== null && LOCAL_SCHEMES.has(u.protocol);
}

/** What an iframe inside the page may show besides app pages: in-memory and empty documents. */
export function isFrameDocument(url: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  const u = parse(url);
  return u !== null && u.protocol === 'blob:' && isAppUrl(u.pathname);
}

/**
 * The file under `root` that an app:// URL names, or null when the URL is not ours or would
 * leave `root` (`..`, encoded separators, NUL).
 */
export function resolveRendererFile(root: string, url: string): string | null {
  const u = parse(url);
  if (!u || !isAppUrl(url)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '' || rel === '/') rel = '/index.html';
  const base = path.resolve(root);
  const file = path.join(base, rel);
  const inside = path.relative(base, file);
  if (inside === '' || path.isAbsolute(inside) || inside.split(/[\\/]/)[0] === '..') return null;
  return file;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface RendererHandlerOptions {
  /** the built renderer (dist/renderer) */
  root: string;
  /** Content-Security-Policy sent with every response */
  csp: string;
  onRefused?: (url: string, reason: string) => void;
}

function refused(status: 404 | 405, csp: string): Response {
  return new Response(status === 404 ? 'Not Found' : 'Method Not Allowed', {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp },
  });
}

/** The handler for `protocol.handle('app', …)`: files of the built renderer, nothing else. */
export function createRendererHandler(opts: RendererHandlerOptions): (request: Request) => Promise<Response> {
  const serve = async (file: string, head: boolean): Promise<Response> => {
    const body = await fs.readFile(file);
    return new Response(head ? null : body, {
      status: 200,
      headers: {
        'content-type': mimeType(file),
        'content-security-policy': opts.csp,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
    });
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      opts.onRefused?.(request.url, 'method');
      return refused(405, opts.csp);
    }
    const file = resolveRendererFile(opts.root, request.url);
    if (!file) {
      opts.onRefused?.(request.url, 'outside the renderer folder');
      return refused(404, opts.csp);
    }
    try {
      return await serve(file, request.method === 'HEAD');
    } catch {
      // missing, a folder, or unreadable; the router is hash-based, so no page paths to fall back on
      return refused(404, opts.csp);
    }
  };
}
