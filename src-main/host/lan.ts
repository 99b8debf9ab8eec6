// The office network's listener (issue 15 item 1): the same host as browser mode, over HTTPS with
// the certificate the core made, on every address of this computer. The core decides what to
// serve (the admin's setting); this only listens, and is shared by the desktop shell and browser mode.
import type { FastifyInstance } from 'fastify';
import type { Core } from '../core';
import type { LanTransport } from '../core/lan/service';
import { createHost } from './server';

export function lanTransport(
  core: Core,
  opts: { rendererDir: string; allowedHosts?: readonly string[]; bindAddress?: string },
): LanTransport {
  let app: FastifyInstance | null = null;
  return {
    async apply(listen) {
      if (app) {
        const old = app;
        app = null;
        await old.close();
      }
      if (!listen) return;
      const next = await createHost({
        core,
        rendererDir: opts.rendererDir,
        allowedHosts: opts.allowedHosts,
        https: { key: listen.key, cert: listen.cert },
      });
      try {
        await next.listen({ host: opts.bindAddress ?? '0.0.0.0', port: listen.port });
      } catch (e) {
        await next.close();
        throw e;
      }
      app = next;
    },
  };
}
