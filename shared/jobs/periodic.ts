// One background job run at start and every `intervalMs` while its owner is open (the office core's
// lifecycle checks and reminders, the ministry server's rollup refresher). Runs never overlap (a
// call during a run joins it); a failed run is logged and retried at the next tick, so it never
// takes the process down; stop() waits for the run in progress, so closing never cuts a
// transaction short. `shouldStop` lets a long run end between its batches.

/** What the job logs through: pino's logger, or anything shaped like it. */
export interface JobLogger {
  error(obj: object, msg: string): void;
}

export interface PeriodicJob<T> {
  /** runs the job now (or joins the run in progress) */
  runNow(): Promise<T>;
  stop(): Promise<void>;
}

export function startPeriodic<T>(
  log: JobLogger,
  label: string,
  intervalMs: number,
  onFailure: T,
  run: (shouldStop: () => boolean) => Promise<T>,
): PeriodicJob<T> {
  let stopped = false;
  let running: Promise<T> | null = null;
  const shouldStop = () => stopped;
  const runNow = (): Promise<T> => {
    if (stopped) return Promise.resolve(onFailure);
    running ??= run(shouldStop)
      .catch((err: unknown) => {
        log.error({ err }, `${label} failed`);
        return onFailure;
      })
      .finally(() => {
        running = null;
      });
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
