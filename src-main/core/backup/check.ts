// Checking a backup before anything is replaced: its files against the manifest's sha256, the
// database's integrity and foreign keys, the audit chain (whole, and ending at the manifest's
// head), and its record counts beside the current ones for the user to confirm.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { BackupCheck } from '../../../shared/schemas/backup';
import type { CoreContext } from '../context';
import { verifyAuditChain } from '../audit/log';
import { auditChainHead } from '../audit/anchor';
import { SCHEMA_VERSION } from '../storage/migrations';
import { fileSha256, safeRelative } from './files';
import { BACKUP_DB, countRows, readManifest } from './snapshot';
import { openReadOnly } from '../storage/sqlite';
import { backupMessages as m } from './messages';

/** An absolute folder that exists; a clear Persian error otherwise. */
export function existingFolder(folder: string): string {
  if (!path.isAbsolute(folder)) throw new AppError('validation', m.relativePath, { folder: m.relativePath });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new AppError('validation', m.folderMissing, { folder: m.folderMissing });
  }
  if (!stat.isDirectory()) throw new AppError('validation', m.notAFolder, { folder: m.notAFolder });
  return path.resolve(folder);
}

export async function checkBackup(core: CoreContext, input: string): Promise<BackupCheck> {
  const folder = existingFolder(input);
  const manifest = await readManifest(folder);
  if (!manifest) throw new AppError('validation', m.notABackup, { folder: m.notABackup });
  const problems: string[] = [];

  let filesOk = true;
  for (const f of manifest.files) {
    if (!safeRelative(f.path)) {
      filesOk = false;
      problems.push(m.badPath);
      break;
    }
    const file = path.join(folder, f.path);
    if (!fs.existsSync(file)) {
      filesOk = false;
      problems.push(m.fileMissing(f.path));
    } else if ((await fileSha256(file)) !== f.sha256) {
      filesOk = false;
      problems.push(m.fileChanged(f.path));
    }
  }
  if (!manifest.files.some((f) => f.path === BACKUP_DB)) {
    filesOk = false;
    problems.push(m.fileMissing(BACKUP_DB));
  }
  if (manifest.schemaVersion > SCHEMA_VERSION) problems.push(m.newerSchema);
  const current: { id: string }[] = await core.db.read.query('SELECT id FROM office LIMIT 1');
  if (current[0] && manifest.office && manifest.office.id !== current[0].id)
    problems.push(m.otherOffice(manifest.office.name));

  let integrityOk = false;
  let auditOk = false;
  let auditChecked = 0;
  let counts: Record<string, number> = {};
  const dbFile = path.join(folder, BACKUP_DB);
  if (fs.existsSync(dbFile)) {
    const db = await openReadOnly(dbFile).catch(() => null);
    if (db) {
      try {
        const integrity: { integrity_check: string }[] = await db.query('PRAGMA integrity_check');
        integrityOk = integrity.length === 1 && integrity[0].integrity_check === 'ok';
        if (!integrityOk) problems.push(m.integrity);
        if (integrityOk) {
          const fk: unknown[] = await db.query('PRAGMA foreign_key_check');
          if (fk.length > 0) {
            integrityOk = false;
            problems.push(m.foreignKeys);
          }
          const chain = await verifyAuditChain(db);
          auditChecked = chain.checked;
          const head = await auditChainHead(db);
          auditOk = chain.ok && head.head === manifest.audit.head && head.count === manifest.audit.count;
          if (!chain.ok) problems.push(m.auditBroken(chain.broken?.seq ?? 0));
          else if (!auditOk) problems.push(m.auditHead);
          counts = await countRows(db);
          if (Object.entries(manifest.counts).some(([t, n]) => counts[t] !== n)) problems.push(m.countsDiffer);
        }
      } catch (err) {
        core.log.warn({ err, folder }, 'backup database unreadable');
        if (!problems.includes(m.integrity)) problems.push(m.integrity);
        integrityOk = false;
      } finally {
        await db.close();
      }
    } else {
      problems.push(m.integrity);
    }
  }
  const currentCounts = await countRows(core.db.read);
  return {
    folder,
    manifest,
    filesOk,
    integrityOk,
    auditOk,
    auditChecked,
    counts,
    currentCounts,
    restorable: problems.length === 0,
    problems,
  };
}
