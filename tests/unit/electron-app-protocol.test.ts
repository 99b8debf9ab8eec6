// The desktop shell's app:// handler and URL checks (pure Node; no Electron runtime needed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRendererHandler,
  externalWebUrl,
  isAppUrl,
  isFrameDocument,
  isLocalRequest,
  resolveRendererFile,
} from '../../src-main/electron/app-protocol';

const CSP = "default-src 'self'";
let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'tatbiq-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>تطبیق</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'font name.woff2'), 'w');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside');
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'outside');
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createRendererHandler({ root, csp: CSP })(new Request(url, { method }));

describe('app:// URLs', () => {
  it('accepts only app://tatbiq', () => {
    expect(isAppUrl('app://tatbiq/index.html')).toBe(true);
    expect(isAppUrl('app://tatbiq')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://tatbiq@evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@tatbiq/')).toBe(false);
    expect(isAppUrl('https://tatbiq/')).toBe(false);
    expect(isAppUrl('file:///tatbiq/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('opens only http(s) links outside, without credentials', () => {
    expect(externalWebUrl('https://www.moi.ir/page?q=1')).toBe('https://www.moi.ir/page?q=1');
    expect(externalWebUrl('http://example.com')).toBe('http://example.com/');
    expect(externalWebUrl('file:///etc/passwd')).toBeNull();
    expect(externalWebUrl('javascript:alert(1)')).toBeNull();
    expect(externalWebUrl('smb://server/share')).toBeNull();
    expect(externalWebUrl('https://user:pw@example.com/')).toBeNull();
  });

  it('lets the page request only its own files and in-memory URLs', () => {
    expect(isLocalRequest('app://tatbiq/assets/app.js')).toBe(true);
    expect(isLocalRequest('blob:app://tatbiq/0b0c')).toBe(true);
    expect(isLocalRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isLocalRequest('https://example.com/')).toBe(false);
    expect(isLocalRequest('http://127.0.0.1:5180/api/app.info')).toBe(false);
    expect(isLocalRequest('file:///etc/passwd')).toBe(false);
    expect(isLocalRequest('wss://example.com/')).toBe(false);
    expect(isLocalRequest('app://evil/x.js')).toBe(false);
  });

  it('lets frames show app pages, blobs of the app and empty documents', () => {
    expect(isFrameDocument('blob:app://tatbiq/0b0c')).toBe(true);
    expect(isFrameDocument('about:blank')).toBe(true);
    expect(isFrameDocument('about:srcdoc')).toBe(true);
    expect(isFrameDocument('blob:https://example.com/0b0c')).toBe(false);
    expect(isFrameDocument('https://example.com/')).toBe(false);
  });
});

describe('the app:// file handler', () => {
  it('maps URLs inside the renderer folder and nothing else', () => {
    expect(resolveRendererFile(root, 'app://tatbiq/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://tatbiq/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveRendererFile(root, 'app://tatbiq/..%2fsecret.txt')).toBeNull();
    expect(resolveRendererFile(root, 'app://tatbiq/assets/..%2F..%2Fsecret.txt')).toBeNull();
    expect(resolveRendererFile(root, 'app://tatbiq/..%2frenderer-evil/x.js')).toBeNull();
    expect(resolveRendererFile(root, 'app://tatbiq/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveRendererFile(root, 'app://tatbiq/index.html%00.js')).toBeNull();
    expect(resolveRendererFile(root, 'app://tatbiq/%E0%A4%A')).toBeNull();
    expect(resolveRendererFile(root, 'app://evil/index.html')).toBeNull();
  });

  it('serves the page and its assets with the CSP and the right types', async () => {
    const page = await get('app://tatbiq/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('تطبیق');

    const js = await get('app://tatbiq/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const font = await get('app://tatbiq/assets/font%20name.woff2');
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    const root_ = await get('app://tatbiq/');
    expect(await root_.text()).toContain('تطبیق');
  });

  it('answers 404 for traversal, other hosts, folders and missing files, and 405 for writes', async () => {
    for (const url of [
      'app://tatbiq/..%2fsecret.txt',
      'app://tatbiq/assets/..%2F..%2Fsecret.txt',
      'app://tatbiq/..%5csecret.txt',
      'app://evil/index.html',
      'app://tatbiq/assets',
      'app://tatbiq/missing.js',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('outside');
    }
    expect((await get('app://tatbiq/index.html', 'POST')).status).toBe(405);
    const head = await get('app://tatbiq/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
