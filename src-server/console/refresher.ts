// The server's rollups (rollup.ts) kept up to date off the request path: a periodic job that
// computes every kept row again once it is `refreshAfterMs` old or counts to an earlier day, one at
// a time, in a worker thread (offThread.ts) so the offices' pushes and pulls served by the same
// process keep their pace; a row nobody asked for in `keepMs` is dropped instead. A failure is
// logged and retried at the next look. Each computation's time and the event loop's longest delay
// meanwhile are logged ('rollup refreshed').
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { startPeriodic } from '../../shared/jobs/periodic';
import { todayInTehran } from '../../shared/dates/jalali';
import type { ServerDb } from '../db/database';
import { RollupThread } from './offThread';
import { DEFAULT_ROLLUP, keepRollup, kindOf, readKept, type RollupOptions, type Rollups } from './rollup';
import { computeKind } from './rollupKinds';

export interface RunningRollups extends Rollups {
  /** looks at the kept rows now (or joins the look in progress): what it computed again */
  refreshNow(): Promise<string[]>;
  stop(): Promise<void>;
}

export interface RollupSettings extends Partial<RollupOptions> {
  /** compute in a worker thread (the server); false: on the main thread */
  offThread?: boolean;
}

export function startRollups(
  db: ServerDb,
  dbUrl: string,
  log: Logger,
  clock: () => Date,
  settings: RollupSettings = {},
): RunningRollups {
  const opts: RollupOptions = { ...DEFAULT_ROLLUP, ...settings };
  const thread = settings.offThread === false ? null : new RollupThread(dbUrl, log);
  let stopping = false;
  const compute = (kind: string, spec: unknown, asOf: string) =>
    stopping
      ? Promise.reject(new Error('the server is stopping'))
      : thread
        ? thread.compute(kind, spec, asOf)
        : computeKind(db, kind, spec, asOf);
  const asked = new Map<string, number>();
  // a row kept before this process started counts as asked for now
  const startedAt = clock().getTime();

  async function refreshOne(key: string, spec: unknown, asOf: string): Promise<boolean> {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const at = clock().toISOString();
    try {
      const { value, ms } = await compute(kindOf(key), spec, asOf);
      if (ms < opts.minComputeMs) {
        // cheap now (the data shrank, or it always was): computed on request from now on
        await db.tx((tx) => tx.query('DELETE FROM console_rollup WHERE key = $1', [key]));
        return false;
      }
      await keepRollup(db, key, asOf, at, ms, { spec, value });
      loop.disable();
      log.info({ key, ms, eventLoopMaxMs: Math.round(loop.max / 1e6) }, 'rollup refreshed');
      return true;
    } catch (err) {
      // stopping ends the thread and what it was computing: not a failure
      if (!stopping) log.error({ err, key }, 'rollup refresh failed');
      return false;
    } finally {
      loop.disable();
    }
  }

  const job = startPeriodic(log, 'rollup refresh', opts.refreshEveryMs, [] as string[], async (shouldStop) => {
    const rows = await db.read.query<{ key: string; as_of: string; computed_at: string; data: string }>(
      'SELECT key, as_of, computed_at, data FROM console_rollup ORDER BY computed_at',
    );
    const done: string[] = [];
    for (const row of rows) {
      if (shouldStop() || stopping) break;
      const now = clock();
      const today = todayInTehran(now);
      const kept = readKept(row.data);
      if (!kept || now.getTime() - (asked.get(row.key) ?? startedAt) > opts.keepMs) {
        await db.tx((tx) =>
          tx.query('DELETE FROM console_rollup WHERE key = $1 AND computed_at = $2', [row.key, row.computed_at]),
        );
        asked.delete(row.key);
        continue;
      }
      if (row.as_of === today && now.getTime() - Date.parse(row.computed_at) < opts.refreshAfterMs) continue;
      // another server process (behind the same load balancer) may have computed it meanwhile
      const [still] = await db.read.query<{ computed_at: string }>(
        'SELECT computed_at FROM console_rollup WHERE key = $1',
        [row.key],
      );
      if (!still || still.computed_at !== row.computed_at) continue;
      if (await refreshOne(row.key, kept.spec, today)) done.push(row.key);
    }
    return done;
  });

  let lastWake = Date.now();
  return {
    opts,
    offThread: thread ? compute : undefined,
    asked,
    inFlight: new Map(),
    // a late row was served (the day changed, or a look failed): look now, at most once a tick
    wake() {
      if (Date.now() - lastWake < opts.refreshEveryMs) return;
      lastWake = Date.now();
      void job.runNow();
    },
    refreshNow: () => job.runNow(),
    // a refresh in progress is cut short (the thread ends), not waited for: shutdown stays quick
    async stop() {
      stopping = true;
      await thread?.close();
      await job.stop();
    },
  };
}
