// Taking a backup: an online copy of the database, the blobs, and a manifest written last.
// Layout of one backup folder:
//   tatbiq-<office code>-<yyyymmdd-hhmmss>-<kind>/manifest.json, tatbiq.sqlite, blobs/<ab>/<sha256>
import fs from 'node:fs';
import path from 'node:path';
import {
  backupManifest,
  type BackupKind,
  type BackupManifest,
  type BackupSummary,
} from '../../../shared/schemas/backup';
import type { CoreContext } from '../context';
import { newId } from '../ids';
import { auditChainHead } from '../audit/anchor';
import { SCHEMA_VERSION } from '../storage/migrations';
import { writeFileDurably } from '../storage/blobs';
import { copyBlob, fileSha256, fsyncFile, listBlobs } from './files';
import { onlineBackup, openReadOnly, type ReadOnlyDb } from '../storage/sqlite';

export const MANIFEST = 'manifest.json';
export const BACKUP_DB = 'tatbiq.sqlite';

/** The tables whose rows a backup counts, for the manifest and the restore's confirmation. */
export const COUNTED_TABLES = [
  'resolution',
  'council',
  'expert_opinion',
  'panel_session',
  'ruling',
  'letter',
  'attachment',
  'app_user',
] as const;

export const dataDirOf = (core: CoreContext) => path.dirname(core.db.file);
export const backupsDirOf = (core: CoreContext) => path.join(dataDirOf(core), 'backups');

export async function countRows(db: Pick<ReadOnlyDb, 'query'>): Promise<Record<string, number>> {
  // a backup of an older schema may lack a later table
  const present: { name: string }[] = await db.query("SELECT name FROM sqlite_master WHERE type = 'table'");
  const names = new Set(present.map((r) => r.name));
  const tables = COUNTED_TABLES.filter((t) => names.has(t));
  if (tables.length === 0) return {};
  const sql = tables.map((t) => `SELECT '${t}' AS name, COUNT(*) AS n FROM ${t}`).join(' UNION ALL ');
  const rows: { name: string; n: number }[] = await db.query(sql);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

// Backups taken one after another (before a restore, then a restore's own check) serialize here.
const running = new WeakMap<object, Promise<unknown>>();

/** Takes a backup into a new folder inside `parent` (default: the office's backups folder). */
export async function takeBackup(
  core: CoreContext,
  kind: BackupKind,
  parent = backupsDirOf(core),
): Promise<BackupSummary> {
  const before = running.get(core.db) ?? Promise.resolve();
  const job = before.catch(() => undefined).then(() => snapshot(core, kind, parent));
  running.set(core.db, job);
  return job;
}

async function snapshot(core: CoreContext, kind: BackupKind, parent: string): Promise<BackupSummary> {
  const at = core.clock();
  const office: { id: string; code: string; name: string }[] = await core.db.read.query(
    'SELECT id, code, name FROM office LIMIT 1',
  );
  const code = (office[0]?.code ?? 'office').replace(/[^0-9A-Za-z_-]/g, '_');
  await fs.promises.mkdir(parent, { recursive: true });
  let name = `tatbiq-${code}-${stamp(at)}-${kind}`;
  for (let i = 2; fs.existsSync(path.join(parent, name)); i++) name = `tatbiq-${code}-${stamp(at)}-${kind}-${i}`;
  const folder = path.join(parent, name);
  // built under a .partial name and renamed when complete: a folder with the real name is whole
  const work = `${folder}.partial`;
  await fs.promises.rm(work, { recursive: true, force: true });
  await fs.promises.mkdir(work, { recursive: true });
  try {
    const dbCopy = path.join(work, BACKUP_DB);
    await onlineBackup(core.db.file, dbCopy);
    await fsyncFile(dbCopy);
    // counts and the audit head come from the copy, so they describe exactly what was saved
    const copy = await openReadOnly(dbCopy);
    let counts: Record<string, number>;
    let audit: { head: string; count: number };
    try {
      counts = await countRows(copy);
      audit = await auditChainHead(copy);
    } finally {
      await copy.close();
    }
    const files = [{ path: BACKUP_DB, size: fs.statSync(dbCopy).size, sha256: await fileSha256(dbCopy) }];
    const blobDir = path.join(dataDirOf(core), 'blobs');
    const link = path.resolve(parent).startsWith(path.resolve(dataDirOf(core)) + path.sep);
    for (const rel of await listBlobs(blobDir)) {
      const from = path.join(blobDir, rel.slice('blobs/'.length));
      const to = path.join(work, rel);
      await copyBlob(from, to, link);
      const sha256 = await fileSha256(to);
      if (sha256 !== path.basename(rel)) {
        // a damaged blob is not carried into a backup under a name it no longer matches
        core.log.error({ blob: rel }, 'blob does not match its hash; left out of the backup');
        await fs.promises.rm(to);
        continue;
      }
      files.push({ path: rel, size: fs.statSync(to).size, sha256 });
    }
    const manifest: BackupManifest = backupManifest.parse({
      format: 1,
      id: newId(),
      kind,
      createdAt: at.toISOString(),
      appVersion: core.version,
      schemaVersion: SCHEMA_VERSION,
      office: office[0] ?? null,
      counts,
      audit,
      files,
    });
    await writeFileDurably(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2));
    await fs.promises.rename(work, folder);
    core.log.info({ folder, kind, files: files.length }, 'backup taken');
    return summaryOf(folder, manifest);
  } catch (e) {
    await fs.promises.rm(work, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
}

export function summaryOf(folder: string, m: BackupManifest): BackupSummary {
  return {
    folder,
    id: m.id,
    kind: m.kind,
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    bytes: m.files.reduce((n, f) => n + f.size, 0),
    counts: m.counts,
  };
}

/** A folder's manifest, or null when it is not a (complete) backup. */
export async function readManifest(folder: string): Promise<BackupManifest | null> {
  try {
    const raw = await fs.promises.readFile(path.join(folder, MANIFEST), 'utf8');
    const parsed = backupManifest.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The backups in the office's backups folder, newest first. */
export async function listBackups(core: CoreContext): Promise<BackupSummary[]> {
  const dir = backupsDirOf(core);
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return [];
  }
  const out: BackupSummary[] = [];
  for (const name of names) {
    if (name.endsWith('.partial')) continue;
    const m = await readManifest(path.join(dir, name));
    if (m) out.push(summaryOf(path.join(dir, name), m));
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
