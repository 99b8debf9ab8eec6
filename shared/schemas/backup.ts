// Backups (issue 16, item 12): what a backup's manifest says, and what the «پشتیبان‌گیری» page
// sends and receives.
import { z } from 'zod';
import { idSchema, safeString } from './fields';

export const BACKUP_KINDS = ['daily', 'manual', 'before-update', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const backupFile = z.object({
  /** relative to the backup's folder, with forward slashes */
  path: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** manifest.json in every backup folder; written last, so a folder without one is incomplete. */
export const backupManifest = z.object({
  format: z.literal(1),
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  office: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  /** rows per table the office cares about (resolutions, letters…) */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** the audit chain at the moment of the backup */
  audit: z.object({ head: z.string(), count: z.number().int().nonnegative() }),
  files: z.array(backupFile),
});
export type BackupManifest = z.infer<typeof backupManifest>;

export const backupSummary = z.object({
  folder: z.string(),
  id: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  appVersion: z.string(),
  bytes: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupSummary = z.infer<typeof backupSummary>;

export const backupList = z.object({
  /** the automatic backups' folder, inside the office's data folder */
  folder: z.string(),
  backups: z.array(backupSummary),
  /** when the next automatic backup is due (null: not scheduled) */
  nextAutomaticAt: z.string().nullable(),
});
export type BackupList = z.infer<typeof backupList>;

const folderPath = safeString('مسیر پوشه نامعتبر است.')
  .trim()
  .min(1, 'مسیر پوشه را وارد کنید.')
  .max(1000, 'مسیر پوشه بیش از اندازه بلند است.');

export const backupNowInput = z.object({
  /** where to write the backup (a folder, e.g. on a USB disk); absent: the automatic backups' folder */
  folder: folderPath.optional(),
});

export const backupFolderInput = z.object({ folder: folderPath });

export const backupCheck = z.object({
  folder: z.string(),
  manifest: backupManifest,
  /** the backup's files match the sha256 in its manifest */
  filesOk: z.boolean(),
  /** PRAGMA integrity_check said "ok" */
  integrityOk: z.boolean(),
  /** the audit chain verifies and ends at the manifest's head */
  auditOk: z.boolean(),
  auditChecked: z.number().int(),
  /** the backup's counts as read from its database */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** the current database's counts, to compare before confirming */
  currentCounts: z.record(z.string(), z.number().int().nonnegative()),
  /** every check passed and the backup can be restored */
  restorable: z.boolean(),
  /** why not, in Persian (empty when restorable) */
  problems: z.array(z.string()),
});
export type BackupCheck = z.infer<typeof backupCheck>;

export const backupRestoreInput = z.object({
  folder: folderPath,
  /** the manifest id the user saw and confirmed: a backup changed since the check is refused */
  confirmId: idSchema,
});

export const backupRestoreResult = z.object({
  restoredId: z.string(),
  /** the backup of the replaced database, kept beside the automatic ones */
  keptFolder: z.string(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupRestoreResult = z.infer<typeof backupRestoreResult>;
