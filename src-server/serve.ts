// Running the server: open (and migrate) the database, listen, and on SIGTERM/SIGINT stop taking
// requests, let the ones in flight finish, close the database and exit. The server keeps no state
// between requests, so more processes behind a load balancer is how it scales.
import pino, { type Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import { openServerDb, type ServerDb } from './db/database';
import { createServerApp } from './http/app';
import type { ServerConfig } from './config';
import { startRollups, type RollupSettings, type RunningRollups } from './console/refresher';
import { startDeliveryTimer } from './councils/delivery';

export const SERVER_VERSION = '1.0.0';

export interface RunningServer {
  app: FastifyInstance;
  db: ServerDb;
  url: string;
  log: Logger;
  /** the console's rollups and their refresher */
  rollups: RunningRollups;
  /** drains in-flight requests, then closes the database */
  close(): Promise<void>;
}

export async function startServer(
  cfg: ServerConfig,
  opts: { log?: Logger; clock?: () => Date; signals?: boolean; rollups?: RollupSettings } = {},
): Promise<RunningServer> {
  // buffered: one write per few kilobytes of log, not one per line (flushed at shutdown)
  const log =
    opts.log ??
    pino(
      { level: cfg.logLevel, base: { service: 'tatbiq-server' } },
      pino.destination({ dest: 1, sync: false, minLength: 4096 }),
    );
  const flushTimer = setInterval(() => log.flush(), 1_000);
  flushTimer.unref();
  const db = await openServerDb({ url: cfg.db, poolSize: cfg.dbPool });
  // the console's costly figures, computed again off the request path (console/refresher.ts)
  const rollups = startRollups(db, cfg.db, log, opts.clock ?? (() => new Date()), opts.rollups);
  // letters to councils posted in their portals reach the offices' feeds (councils/delivery.ts)
  const deliveries = startDeliveryTimer(db, opts.clock ?? (() => new Date()), (err) =>
    log.warn({ err }, 'posting council letters failed; tried again'),
  );
  const app = createServerApp({
    db,
    log,
    version: SERVER_VERSION,
    clock: opts.clock,
    https: cfg.tls,
    rollups,
    trustProxy: cfg.trustProxy,
  });
  await app.listen({ host: cfg.host, port: cfg.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : cfg.port;
  const url = `${cfg.tls ? 'https' : 'http'}://${cfg.host.includes(':') ? `[${cfg.host}]` : cfg.host}:${port}`;
  log.info({ url, database: db.dialect, where: db.where }, 'server listening');

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      await rollups.stop();
      await deliveries.stop();
      await db.close();
      clearInterval(flushTimer);
      log.info('server stopped');
      log.flush();
    })();
    return closing;
  };
  if (opts.signals) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        log.info({ signal }, 'draining in-flight requests');
        close().then(
          () => process.exit(0),
          (err: unknown) => {
            log.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  }
  return { app, db, url, log, rollups, close };
}
