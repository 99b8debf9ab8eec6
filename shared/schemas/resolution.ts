import { z } from 'zod';
import { CATEGORY_CODES } from '../domain/categories';
import { STATUS_CODES } from '../domain/statuses';
import { DUE_KIND_CODES } from '../lifecycle/due';
import { attachment, attachmentRef } from './attachment';
import { financial, financialInput } from './financial';
import { idSchema, isoDate, rawText, requiredLine, requiredText } from './fields';

const category = z.enum(CATEGORY_CODES, { error: 'دسته‌بندی را انتخاب کنید.' });
const status = z.enum(STATUS_CODES);

export const resolutionFields = z.object({
  councilId: idSchema.describe('council'),
  /** the council's own number for the resolution, as written on its letter */
  councilResolutionNumber: requiredLine('شماره مصوبه', 40),
  councilSessionNumber: requiredLine('شماره جلسه شورا', 40),
  councilSessionDate: isoDate('تاریخ جلسه شورا'),
  approvalDate: isoDate('تاریخ تصویب'),
  /** وصول: the legal clock starts here */
  receiptDate: isoDate('تاریخ وصول'),
  /** the secretariat's incoming register number (شماره ثبت وارده) */
  incomingNumber: requiredLine('شماره ثبت وارده', 40),
  title: requiredLine('موضوع مصوبه', 300),
  text: requiredText('متن مصوبه'),
  category,
  attachments: z.array(attachmentRef).max(20, 'حداکثر ۲۰ پیوست مجاز است.').optional().default([]),
  /**
   * The user has seen that the panel's window for this receipt date has already ended (issue 11):
   * without it such a registration is refused with needs_confirmation, saying what will follow.
   */
  confirmLate: z.boolean().optional(),
  /** the financial side (issue 12); null clears it, absent leaves it as it is on an edit */
  financial: financialInput.nullable().optional(),
});

// Date order is part of the input's meaning, so it is checked with the schema, per field.
function checkDateOrder(
  v: { councilSessionDate: string; approvalDate: string; receiptDate: string },
  ctx: z.RefinementCtx,
) {
  if (v.approvalDate < v.councilSessionDate)
    ctx.addIssue({
      code: 'custom',
      path: ['approvalDate'],
      message: 'تاریخ تصویب نمی‌تواند پیش از تاریخ جلسه شورا باشد.',
    });
  if (v.receiptDate < v.approvalDate)
    ctx.addIssue({ code: 'custom', path: ['receiptDate'], message: 'تاریخ وصول نمی‌تواند پیش از تاریخ تصویب باشد.' });
}

export const resolutionRegisterInput = resolutionFields
  .extend({
    /** issue 14: registered from the council portal's submission in the inbox */
    submissionId: idSchema.optional(),
  })
  .superRefine(checkDateOrder);
export type ResolutionRegisterInput = z.input<typeof resolutionRegisterInput>;

export const resolutionUpdateInput = resolutionFields
  .extend({ id: idSchema, rev: z.number().int().positive() })
  .superRefine(checkDateOrder);
export type ResolutionUpdateInput = z.input<typeof resolutionUpdateInput>;

/**
 * The registration fields a correction may change at any stage (issue 11): what the council's
 * letter and the incoming register say. The text is not among them: a different text is a new
 * version (an amendment), not a correction.
 */
export const REGISTRATION_FIELDS = [
  'councilId',
  'councilResolutionNumber',
  'councilSessionNumber',
  'councilSessionDate',
  'approvalDate',
  'receiptDate',
  'incomingNumber',
  'title',
  'category',
] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

/** The registration fields of whatever has them (a resolution, a council portal submission). */
export function registrationOf<T extends Record<RegistrationField, unknown>>(r: T): Pick<T, RegistrationField> {
  return Object.fromEntries(REGISTRATION_FIELDS.map((k) => [k, r[k]])) as Pick<T, RegistrationField>;
}

const correctionFields = resolutionFields
  .pick({
    councilId: true,
    councilResolutionNumber: true,
    councilSessionNumber: true,
    councilSessionDate: true,
    approvalDate: true,
    receiptDate: true,
    incomingNumber: true,
    title: true,
    category: true,
  })
  .extend({ reason: requiredLine('دلیل اصلاح', 1_000) });

/** What the correction form checks before it sends. */
export const registrationCorrectionForm = correctionFields.superRefine(checkDateOrder);

export const registrationCorrectionInput = correctionFields
  .extend({
    id: idSchema,
    rev: z.number().int().positive(),
    /** the user has seen what the correction does to the panel's window (needs_confirmation) */
    confirm: z.boolean().optional(),
  })
  .superRefine(checkDateOrder);
export type RegistrationCorrectionInput = z.input<typeof registrationCorrectionInput>;

/** What a correction did to the panel's objection window. */
export const CORRECTION_EFFECTS = ['none', 'deadline_moved', 'window_closed', 'window_reopened'] as const;
export type CorrectionEffect = (typeof CORRECTION_EFFECTS)[number];

export const resolution = z.object({
  id: z.string(),
  officeId: z.string(),
  councilId: z.string(),
  councilDisplayName: z.string(),
  councilResolutionNumber: z.string(),
  councilSessionNumber: z.string(),
  councilSessionDate: z.string(),
  approvalDate: z.string(),
  receiptDate: z.string(),
  incomingNumber: z.string(),
  title: z.string(),
  text: z.string(),
  category,
  status,
  supersedesId: z.string().nullable(),
  /** the panel's objection window (وصول + policy), fixed at receipt */
  objectionDeadline: z.string().nullable(),
  /** the next deadline of the current step, and what it is (shared/lifecycle/due) */
  dueDate: z.string().nullable(),
  dueKind: z.enum(DUE_KIND_CODES).nullable(),
  assignedExpertId: z.string().nullable(),
  /** registered after its objection window had ended (issue 11) */
  registeredLate: z.boolean(),
  /** issue 12: amount, budget year and line, a project's time, cost and scope; null for most */
  financial: financial.nullable(),
  attachments: z.array(attachment),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Resolution = z.infer<typeof resolution>;

export const RESOLUTION_SORT_FIELDS = [
  'receiptDate',
  'approvalDate',
  'councilName',
  'councilResolutionNumber',
  'incomingNumber',
  'category',
  'status',
] as const;
export type ResolutionSortField = (typeof RESOLUTION_SORT_FIELDS)[number];

export const resolutionListInput = z.object({
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(200).default(50),
  sort: z
    .object({ field: z.enum(RESOLUTION_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
    .default({ field: 'receiptDate', dir: 'desc' }),
  filter: z
    .object({
      councilId: idSchema.optional(),
      category: category.optional(),
      status: z.array(status).max(STATUS_CODES.length).optional(),
      receivedFrom: isoDate('از تاریخ').optional(),
      receivedTo: isoDate('تا تاریخ').optional(),
      /** full-text search, any spelling or digit set */
      q: rawText(200, 'عبارت جست‌وجو بیش از حد طولانی است.').optional(),
      /** only those registered after their objection window had ended (issue 11) */
      late: z.boolean().optional(),
    })
    .default({}),
});
export type ResolutionListInput = z.input<typeof resolutionListInput>;

export const resolutionRow = z.object({
  id: z.string(),
  councilId: z.string(),
  councilDisplayName: z.string(),
  councilResolutionNumber: z.string(),
  incomingNumber: z.string(),
  title: z.string(),
  category,
  status,
  approvalDate: z.string(),
  receiptDate: z.string(),
  dueDate: z.string().nullable(),
});
export type ResolutionRow = z.infer<typeof resolutionRow>;

export const resolutionPage = z.object({ rows: z.array(resolutionRow), total: z.number().int() });
export type ResolutionPage = z.infer<typeof resolutionPage>;

export const byId = z.object({ id: idSchema });

export const registrationCorrectionResult = z.object({
  resolution,
  effect: z.enum(CORRECTION_EFFECTS),
  /** what the correction did, in Persian, for the user */
  message: z.string(),
});
export type RegistrationCorrectionResult = z.infer<typeof registrationCorrectionResult>;
