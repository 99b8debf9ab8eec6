// The lifecycle's background work: the lapse check and the council-silence check, at start and
// every five minutes while the core is open. Runs never overlap; stop() waits for the one in
// progress to finish its batch, so closing the core never cuts a transaction short.
import type { CoreContext } from '../context';
import { runCouncilSilenceCheck, runLapseCheck } from './lapse';
import { startPeriodic, type PeriodicJob } from '../periodic';

export const LIFECYCLE_INTERVAL_MS = 5 * 60_000;

export type LifecycleJobs = PeriodicJob<void>;

/** `before` runs ahead of the checks (the core's entry passes what lives in other folders). */
export function startLifecycleJobs(
  core: CoreContext,
  intervalMs = LIFECYCLE_INTERVAL_MS,
  before: (core: CoreContext) => Promise<unknown> = async () => undefined,
): LifecycleJobs {
  return startPeriodic(core.log, 'lifecycle check', intervalMs, undefined, async (shouldStop) => {
    await runLapseCheck(core, { shouldStop });
    await before(core);
    await runCouncilSilenceCheck(core, { shouldStop });
  });
}
