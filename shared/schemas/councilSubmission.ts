// Issue 14: a resolution a council submits in its portal on the ministry server, and the record of
// it offices pull (entity `council_submission`, scope office:<id>). The fields are the register's
// own (resolution.ts), so a submission registers without retyping; the receipt instant is the
// server's, and its day in Tehran is the legal receipt date.
import { z } from 'zod';
import { resolutionFields } from './resolution';
import { financial } from './financial';
import { fileName } from './fields';

/** The signed minutes: one PDF of at most this size. */
export const SUBMISSION_PDF_MAX_BYTES = 10 * 1024 * 1024;

export const councilSubmissionInput = resolutionFields
  .pick({
    councilResolutionNumber: true,
    councilSessionNumber: true,
    councilSessionDate: true,
    approvalDate: true,
    title: true,
    text: true,
    category: true,
    financial: true,
  })
  .extend({
    /** the signed minutes, base64 */
    pdfBase64: z
      .string({ error: 'صورت‌جلسهٔ امضاشده (PDF) را پیوست کنید.' })
      .min(1, 'صورت‌جلسهٔ امضاشده (PDF) را پیوست کنید.'),
    pdfName: fileName().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.approvalDate < v.councilSessionDate)
      ctx.addIssue({
        code: 'custom',
        path: ['approvalDate'],
        message: 'تاریخ تصویب نمی‌تواند پیش از تاریخ جلسه شورا باشد.',
      });
  });
export type CouncilSubmissionInput = z.input<typeof councilSubmissionInput>;

/**
 * What an office pulls. Not strict: a later server may add fields, and this version keeps reading
 * (the protocol is add-only).
 */
export const councilSubmissionRecord = z.object({
  id: z.string().min(1).max(64),
  receiptNumber: z.string().min(1).max(40),
  /** the server's clock at receipt (ISO instant) */
  receivedAt: z.string().min(10).max(40),
  /** that instant's day in Tehran: the legal receipt date */
  receiptDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  councilId: z.string().min(1).max(64),
  councilResolutionNumber: z.string().max(80),
  councilSessionNumber: z.string().max(80),
  councilSessionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  approvalDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().max(600),
  text: z.string().max(200_000),
  category: z.string().max(40),
  financial: financial.nullable(),
  pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
  pdfSize: z.number().int().min(0),
  pdfName: z.string().max(255),
  /** the council secretary's name, as the account holds it */
  submittedBy: z.string().max(200),
});
export type CouncilSubmissionRecord = z.infer<typeof councilSubmissionRecord>;

/** Where a submission stands, as the portal shows it. */
export const SUBMISSION_STATES = ['received', 'registered'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
