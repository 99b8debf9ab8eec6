// The sync screen's view of sync (issue 5): enrollment, the last runs, what waits to be pushed,
// and every change the ministry server refused, with its reason.
import { z } from 'zod';
import { idSchema, safeString } from './fields';
import { serverUrlProblem } from '../sync/serverUrl';

export const syncEnrollInput = z.object({
  serverUrl: safeString('نشانی سرور وزارت را وارد کنید.')
    .trim()
    .min(1, 'نشانی سرور وزارت را وارد کنید.')
    .max(300, 'نشانی سرور بیش از حد طولانی است.')
    .superRefine((s, ctx) => {
      const problem = serverUrlProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  code: safeString('کد ثبت را وارد کنید.')
    .trim()
    .min(4, 'کد ثبت را کامل وارد کنید.')
    .max(64, 'کد ثبت بیش از حد طولانی است.'),
});
export type SyncEnrollInput = z.input<typeof syncEnrollInput>;

export const syncRetryInput = z.object({ entity: safeString().min(1).max(64), recordId: idSchema });

export const SYNC_PHASES = ['idle', 'push', 'pull'] as const;

const syncItem = z.object({
  entity: z.string(),
  /** the entity's Persian name */
  label: z.string(),
  recordId: z.string(),
  /** the record as a person knows it (a resolution's register number and title…) */
  description: z.string(),
  reason: z.string(),
  code: z.string().nullable(),
  at: z.string().nullable(),
});
export type SyncItem = z.infer<typeof syncItem>;

export const syncStatus = z.object({
  enrolled: z.boolean(),
  serverUrl: z.string().nullable(),
  serverOffice: z.object({ code: z.string(), name: z.string(), province: z.string(), county: z.string() }).nullable(),
  enrolledAt: z.string().nullable(),
  running: z.boolean(),
  phase: z.enum(SYNC_PHASES),
  /** records pushed or pulled so far in this run; total is known for pushing only */
  progress: z.object({ done: z.number().int(), total: z.number().int().nullable() }).nullable(),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  lastPushed: z.number().int(),
  lastPulled: z.number().int(),
  nextRunAt: z.string().nullable(),
  intervalMinutes: z.number(),
  /** records waiting to be pushed, by kind */
  waiting: z.array(z.object({ entity: z.string(), label: z.string(), count: z.number().int() })),
  waitingTotal: z.number().int(),
  /** waiting because the server asked to send them later (a parent or a file still on its way) */
  held: z.array(syncItem),
  /** refused by the server (or locally, a missing file): shown until the record changes or is retried */
  rejected: z.array(syncItem),
  /** received from the server but not applied here (a council name taken…): tried again at every sync */
  setAside: z.array(syncItem),
});
export type SyncStatus = z.infer<typeof syncStatus>;
