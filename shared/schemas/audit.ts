// The audit log as the UI sees it: a resolution's history, and the integrity check's report.
import { z } from 'zod';
import { idSchema } from './fields';

export const historyInput = z.object({ resolutionId: idSchema });

export const historyEvent = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** the JSON the event recorded, for a before/after view */
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().nullable(),
});
export type HistoryEvent = z.infer<typeof historyEvent>;

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  broken: z
    .object({ seq: z.number().int(), id: z.string(), at: z.string().nullable(), reason: z.enum(['content', 'link']) })
    .optional(),
  /** the chain is behind, or not the one, anchored outside the file (issue 16 item 13): Persian */
  truncated: z.string().optional(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;
