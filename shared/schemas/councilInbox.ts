// The office's inbox of council portal submissions («مصوبات الکترونیکی رسیده», issue 14): what
// arrived on sync, with its legal clock (counting from the server's receipt), and the two ways out
// of it: registering it (one confirmation) or linking it to a resolution already typed by hand.
import { z } from 'zod';
import { financial } from './financial';
import { idSchema, requiredLine } from './fields';

export const inboxItem = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  receivedAt: z.string(),
  /** the server's receipt day in Tehran: the resolution's receipt date */
  receiptDate: z.string(),
  /** the panel's objection window from that receipt */
  objectionDeadline: z.string(),
  daysLeft: z.number().int(),
  councilId: z.string(),
  councilDisplayName: z.string(),
  councilResolutionNumber: z.string(),
  councilSessionNumber: z.string(),
  councilSessionDate: z.string(),
  approvalDate: z.string(),
  title: z.string(),
  text: z.string(),
  category: z.string(),
  financial: financial.nullable(),
  pdfSha256: z.string(),
  pdfName: z.string(),
  /** the signed minutes have reached this office (they come after the record, on the same sync) */
  pdfReady: z.boolean(),
  submittedBy: z.string(),
  /** the next number of the office's incoming register, proposed for it */
  suggestedIncoming: z.string(),
  /** a resolution already registered by hand with the same council, number and approval year */
  sameAs: z.object({ id: z.string(), incomingNumber: z.string(), title: z.string() }).nullable(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxRegisterInput = z.object({
  id: idSchema,
  incomingNumber: requiredLine('شماره ثبت وارده', 40),
  /** the secretary has seen that the panel's window has already ended */
  confirmLate: z.boolean().optional(),
});

export const inboxLinkInput = z.object({ id: idSchema, resolutionId: idSchema });
