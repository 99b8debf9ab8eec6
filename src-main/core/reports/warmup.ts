// The first report after the app starts pays for opening the reports' extra connections, computing
// the deadline tables and reading the indexes into SQLite's cache: measured on the bench office,
// a season's compliance took 212-315 ms the first time and 54-90 ms after, and the page's first
// visit 1.1 s against 0.66 s. So while the sign-in screen is up (every session starts there), the
// core reads what «گزارش‌ها» opens on (the current season's compliance) once, and the first person
// to open the page does not pay it. Nothing is kept but SQLite's own caches; a failure is logged
// and changes nothing.
import { jalaliParts, todayInTehran } from '../../../shared/dates/jalali';
import { resolvePeriod } from '../../../shared/reports/period';
import type { CoreContext } from '../context';
import { readReportsOf } from './service';

/** After the window has opened on the sign-in screen; signing in takes longer. */
export const WARMUP_DELAY_MS = 1_500;

export async function warmReports(core: CoreContext): Promise<void> {
  const today = todayInTehran(core.clock());
  const { year, month } = jalaliParts(today);
  await readReportsOf(core, resolvePeriod({ kind: 'season', year, season: Math.ceil(month / 3) }), {}, ['compliance']);
}

export function startReportWarmup(core: CoreContext, delayMs = WARMUP_DELAY_MS): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setTimeout(() => {
    const started = performance.now();
    running = warmReports(core).then(
      () => core.log.info({ ms: Math.round(performance.now() - started) }, 'reports warmed'),
      (err: unknown) => core.log.warn({ err }, 'reports warm-up failed'),
    );
  }, delayMs);
  timer.unref?.();
  return {
    async stop() {
      clearTimeout(timer);
      await running;
    },
  };
}
