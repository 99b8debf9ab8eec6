// Backups (issue 16, item 12): the admin and the secretariat back up and restore.
import { z } from 'zod';
import { method } from '../method';
import {
  backupCheck,
  backupFolderInput,
  backupList,
  backupNowInput,
  backupRestoreInput,
  backupRestoreResult,
  backupSummary,
} from '../../schemas/backup';

const empty = z.object({}).strict();
const KEEPERS = ['admin', 'secretary'] as const;

export const backupMethods = {
  'backup.list': method(empty, backupList, KEEPERS),
  'backup.now': method(backupNowInput, backupSummary, KEEPERS),
  /** reads a backup and checks it without changing anything */
  'backup.check': method(backupFolderInput, backupCheck, KEEPERS),
  /** replaces the office's data: the admin only */
  'backup.restore': method(backupRestoreInput, backupRestoreResult, ['admin']),
} as const;
