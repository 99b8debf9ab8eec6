// Restoring a backup: check it again (the user confirmed what the check showed, by manifest id),
// back up the current data (the replaced database is kept, never deleted), bring the backup's
// blobs in, replace the database, then verify the result ends where the manifest says.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { BackupRestoreResult } from '../../../shared/schemas/backup';
import type { CoreContext } from '../context';
import { auditChainHead } from '../audit/anchor';
import { BACKUP_DB, countRows, takeBackup } from './snapshot';
import { checkBackup } from './check';
import { fileSha256 } from './files';
import { backupMessages as m } from './messages';

export async function restoreBackup(
  core: CoreContext,
  folder: string,
  confirmId: string,
): Promise<BackupRestoreResult> {
  const check = await checkBackup(core, folder);
  if (!check.restorable) throw new AppError('validation', `${m.notRestorable} ${check.problems.join(' ')}`);
  if (check.manifest.id !== confirmId) throw new AppError('conflict', m.changedSinceCheck);

  const kept = await takeBackup(core, 'before-restore');
  core.log.info({ from: check.folder, kept: kept.folder }, 'restoring a backup');

  // blobs first: they are content-addressed, so adding the backup's never disturbs current ones
  for (const f of check.manifest.files) {
    if (f.path === BACKUP_DB) continue;
    const data = await fs.promises.readFile(path.join(check.folder, f.path));
    if ((await core.blobs.put(data)) !== f.sha256) throw new AppError('validation', m.fileChanged(f.path));
  }
  const dbFile = path.join(check.folder, BACKUP_DB);
  const sha = check.manifest.files.find((f) => f.path === BACKUP_DB)?.sha256;
  if ((await fileSha256(dbFile)) !== sha) throw new AppError('conflict', m.changedSinceCheck);
  try {
    await core.db.replaceWith(dbFile);
  } catch (err) {
    core.log.error({ err, from: check.folder }, 'restore failed');
    throw new AppError('internal', m.restoreFailed);
  }
  // sign everyone out: the restored users and passwords are the backup's
  await core.db.write((tx) => tx.query('DELETE FROM user_session'));

  const head = await auditChainHead(core.db.read);
  const counts = await countRows(core.db.read);
  if (head.head !== check.manifest.audit.head || head.count !== check.manifest.audit.count) {
    core.log.error({ head, expected: check.manifest.audit }, 'restored audit chain does not end at the manifest head');
  }
  core.log.info({ from: check.folder, id: check.manifest.id, counts }, 'backup restored');
  return { restoredId: check.manifest.id, keptFolder: kept.folder, counts };
}
