// Sync with the ministry server (issue 5): the admin enrolls the office, the secretariat syncs
// on demand, everyone signed in sees where sync stands.
import { method } from '../method';
import { syncEnrollInput, syncRetryInput, syncStatus } from '../../schemas/sync';
import { z } from 'zod';

const empty = z.object({}).strict();

export const syncMethods = {
  'sync.status': method(empty, syncStatus, 'signedIn'),
  'sync.enroll': method(syncEnrollInput, syncStatus, ['admin']),
  'sync.now': method(empty, syncStatus, ['secretary', 'admin']),
  'sync.retry': method(syncRetryInput, syncStatus, ['secretary', 'admin']),
} as const;
