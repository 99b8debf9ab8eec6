// The browser-mode host over real HTTP (on 127.0.0.1 unless told), serving a stand-in renderer page.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createHost, type HostOptions } from '../../src-main/host/server';
import { tempDir, type TestCore } from './core';

export async function serveHost(
  t: TestCore,
  opts: Pick<HostOptions, 'allowedHosts'> & { host?: string } = {},
): Promise<{ app: FastifyInstance; base: string; port: number }> {
  const rendererDir = tempDir('renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>تطبیق</title>');
  const app = await createHost({ core: t.core, rendererDir, allowedHosts: opts.allowedHosts });
  const base = await app.listen({ host: opts.host ?? '127.0.0.1', port: 0 });
  return { app, base, port: Number(new URL(base).port) };
}
