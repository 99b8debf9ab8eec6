// Automatic backups: one a day (checked at start, after a short delay, and then every hour, so an
// office that opens the app at 8:00 and one left running overnight are both covered), then the
// rotation. A failed backup is logged and retried at the next check; it never stops the app.
import fs from 'node:fs';
import type { CoreContext } from '../context';
import { todayInTehran } from '../../../shared/dates/jalali';
import { listBackups, takeBackup } from './snapshot';
import { backupsToPrune, DEFAULT_ROTATION, type RotationPolicy } from './rotation';

export interface BackupSchedule {
  /** first check after start (default one minute: the app opens first) */
  startDelayMs: number;
  /** how often to look whether today's backup exists (default an hour) */
  intervalMs: number;
  rotation: RotationPolicy;
}

export const DEFAULT_SCHEDULE: BackupSchedule = {
  startDelayMs: 60_000,
  intervalMs: 3_600_000,
  rotation: DEFAULT_ROTATION,
};

export interface BackupJobs {
  /** takes today's backup if there is none yet, then rotates; resolves when done */
  runNow(): Promise<void>;
  nextAt(): string | null;
  stop(): Promise<void>;
}

/** Deletes the backups the rotation no longer keeps; returns their folders. */
export async function rotateBackups(core: CoreContext, policy = DEFAULT_ROTATION): Promise<string[]> {
  const prune = backupsToPrune(await listBackups(core), policy);
  for (const b of prune) await fs.promises.rm(b.folder, { recursive: true, force: true });
  if (prune.length) core.log.info({ removed: prune.map((b) => b.folder) }, 'old backups removed');
  return prune.map((b) => b.folder);
}

/** Today's automatic backup, unless one exists or no office is set up yet. */
export async function dailyBackupIfDue(core: CoreContext, policy = DEFAULT_ROTATION): Promise<boolean> {
  const office: unknown[] = await core.db.read.query('SELECT id FROM office LIMIT 1');
  if (office.length === 0) return false;
  const today = todayInTehran(core.clock());
  const done = (await listBackups(core)).some(
    (b) => b.kind === 'daily' && todayInTehran(new Date(b.createdAt)) === today,
  );
  if (!done) await takeBackup(core, 'daily');
  await rotateBackups(core, policy);
  return !done;
}

export function startBackupJobs(core: CoreContext, opts: Partial<BackupSchedule> = {}): BackupJobs {
  const o = { ...DEFAULT_SCHEDULE, ...opts };
  let stopped = false;
  let running: Promise<void> | null = null;
  let next = Date.now() + o.startDelayMs;

  const runNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= (async () => {
      try {
        await dailyBackupIfDue(core, o.rotation);
      } catch (err) {
        core.log.error({ err }, 'automatic backup failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };

  let interval: NodeJS.Timeout | null = null;
  const first = setTimeout(() => {
    void runNow();
    next = Date.now() + o.intervalMs;
    interval = setInterval(() => {
      next = Date.now() + o.intervalMs;
      void runNow();
    }, o.intervalMs);
    interval.unref?.();
  }, o.startDelayMs);
  first.unref?.();

  return {
    runNow,
    nextAt: () => (stopped ? null : new Date(next).toISOString()),
    async stop() {
      stopped = true;
      clearTimeout(first);
      if (interval) clearInterval(interval);
      await running;
    },
  };
}
