// The backup capability's contract methods, and the one set of automatic jobs per open database.
import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors';
import type { backupMethods } from '../../../shared/api/methods/backup';
import type { HandlersOf } from '../api/dispatcher';
import type { CoreContext } from '../context';
import type { Database } from '../storage/database';
import { backupsDirOf, listBackups, takeBackup } from './snapshot';
import { checkBackup, existingFolder } from './check';
import { restoreBackup } from './restore';
import type { BackupJobs } from './schedule';
import { backupMessages as m } from './messages';

const jobsOf = new WeakMap<Database, BackupJobs>();

export function registerBackupJobs(db: Database, jobs: BackupJobs): void {
  jobsOf.set(db, jobs);
}

function writableFolder(folder: string): string {
  const dir = existingFolder(folder);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('validation', m.notWritable, { folder: m.notWritable });
  }
  return dir;
}

// One backup or restore at a time per database: a restore's before-backup must not race a "now".
const busy = new WeakSet<Database>();
async function exclusive<T>(core: CoreContext, fn: () => Promise<T>): Promise<T> {
  if (busy.has(core.db)) throw new AppError('conflict', m.busy);
  busy.add(core.db);
  try {
    return await fn();
  } finally {
    busy.delete(core.db);
  }
}

export function backupHandlers(core: CoreContext): HandlersOf<typeof backupMethods> {
  return {
    'backup.list': async () => ({
      folder: backupsDirOf(core),
      backups: await listBackups(core),
      nextAutomaticAt: jobsOf.get(core.db)?.nextAt() ?? null,
    }),
    'backup.now': (input) =>
      exclusive(core, async () => {
        const parent = input.folder ? writableFolder(input.folder) : backupsDirOf(core);
        try {
          return await takeBackup(core, 'manual', parent);
        } catch (err) {
          core.log.error({ err, parent }, 'backup failed');
          throw new AppError('internal', m.failed);
        }
      }),
    'backup.check': (input) => checkBackup(core, input.folder),
    'backup.restore': (input) => exclusive(core, () => restoreBackup(core, input.folder, input.confirmId)),
  };
}
