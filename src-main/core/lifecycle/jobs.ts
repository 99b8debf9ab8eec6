// The lifecycle's background work: the lapse check and the council-silence check, at start and
// every five minutes while the core is open. Runs never overlap; stop() waits for the one in
// progress to finish its batch, so closing the core never cuts a transaction short.
import type { CoreContext } from '../context';
import { runCouncilSilenceCheck, runLapseCheck } from './lapse';

export const LIFECYCLE_INTERVAL_MS = 5 * 60_000;

export interface LifecycleJobs {
  /** runs the checks now (or joins the run in progress) */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startLifecycleJobs(core: CoreContext, intervalMs = LIFECYCLE_INTERVAL_MS): LifecycleJobs {
  let stopped = false;
  let running: Promise<void> | null = null;
  const shouldStop = () => stopped;

  const runNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= (async () => {
      try {
        await runLapseCheck(core, { shouldStop });
        await runCouncilSilenceCheck(core, { shouldStop });
      } catch (err) {
        // a failed run is retried at the next tick; it must not take the app down
        core.log.error({ err }, 'lifecycle check failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref?.();
  void runNow();

  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
