// Citizens' complaints as the office's screens see them (issue 14 item 8): the list («شکایات»),
// one complaint with its link and answer, and the inputs of linking and answering.
import { z } from 'zod';
import { idSchema, requiredText } from './fields';

export const COMPLAINT_STATUSES = ['new', 'linked', 'answered'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const complaintListInput = z.object({ status: z.enum(['all', ...COMPLAINT_STATUSES]).default('all') }).strict();

export const complaintSummary = z.object({
  id: z.string(),
  trackingCode: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  councilName: z.string(),
  resolutionNumber: z.string(),
  resolutionDate: z.string().nullable(),
  grounds: z.string(),
  submittedAt: z.string(),
  receivedAt: z.string(),
  resolution: z.object({ id: z.string(), incomingNumber: z.string(), title: z.string() }).nullable(),
  answeredAt: z.string().nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummary>;

export const complaint = complaintSummary.extend({
  councilId: z.string().nullable(),
  resolutionText: z.string(),
  complainantName: z.string(),
  contact: z.string(),
  contactKind: z.enum(['phone', 'email']),
  file: z
    .object({ sha256: z.string(), name: z.string(), mimeType: z.string(), size: z.number(), held: z.boolean() })
    .nullable(),
  answer: z
    .object({
      text: z.string(),
      letter: z.object({ id: z.string(), number: z.string().nullable(), subject: z.string() }).nullable(),
      answeredByName: z.string(),
      answeredAt: z.string(),
    })
    .nullable(),
});
export type Complaint = z.infer<typeof complaint>;

export const complaintById = z.object({ id: idSchema }).strict();
export const complaintsOfResolution = z.object({ resolutionId: idSchema }).strict();

export const complaintLinkInput = z
  .object({
    id: idSchema,
    /** null unlinks */
    resolutionId: idSchema.nullable(),
  })
  .strict();

export const complaintAnswerInput = z
  .object({
    id: idSchema,
    answer: requiredText('متن پاسخ', 4000),
    /** an issued letter sent with the answer (its text is shown to the complainant) */
    letterId: idSchema.nullable().default(null),
  })
  .strict();
export type ComplaintAnswerInput = z.input<typeof complaintAnswerInput>;
