// Official letters (DESIGN.md §5, DOMAIN.md "Letters"): drafts made from a template, the outgoing
// register that numbers them, the office's letterhead and numbering, its signing certificate,
// and verifying a letter on paper or as a PDF against the register.
import { z } from 'zod';
import { LETTER_KIND_CODES, LETTER_STATUS_CODES } from '../letters/kinds';
import { numberingPatternProblem } from '../letters/numbering';
import { folderPath } from '../reports/exportJob';
import { toPersianDigits } from '../text/persian';
import { idSchema, isoDate, optionalLine, rawText, requiredLine, safeString, sha256Schema } from './fields';

export const letterKindSchema = z.enum(LETTER_KIND_CODES, { error: 'نوع نامه را انتخاب کنید.' });
export const letterStatusSchema = z.enum(LETTER_STATUS_CODES);

export const MAX_COPIES = 12;
export const BODY_MAX = 60_000;

const copiesSchema = z
  .array(optionalLine('گیرندهٔ رونوشت', 300))
  .transform((xs) => xs.filter((x) => x.length > 0))
  .pipe(z.array(z.string()).max(MAX_COPIES, `حداکثر ${toPersianDigits(MAX_COPIES)} گیرندهٔ رونوشت مجاز است.`));

const bodySchema = rawText(BODY_MAX, 'متن نامه بیش از حد طولانی است.', 'متن نامه را وارد کنید.');

/** The parts of a letter the secretary edits (the body is HTML; the core sanitizes it). */
const letterTexts = <B extends z.ZodType>(body: B) => ({
  recipient: optionalLine('گیرنده', 300),
  subject: optionalLine('موضوع', 300),
  salutation: optionalLine('عبارت آغازین', 100),
  body,
  closing: optionalLine('عبارت پایانی', 200),
  attachments: optionalLine('پیوست', 200),
  copies: copiesSchema.optional().default([]),
});

// a draft may be incomplete; issuing checks that recipient, subject and body are there
export const letterContentFields = letterTexts(bodySchema);

export const letterDraftInput = z.object({
  kind: letterKindSchema,
  resolutionId: idSchema.optional(),
  sessionId: idSchema.optional(),
  councilId: idSchema.optional(),
});
export type LetterDraftInput = z.input<typeof letterDraftInput>;

export const letterUpdateInput = z.object({
  id: idSchema,
  rev: z.number().int().positive(),
  ...letterContentFields,
});
export type LetterUpdateInput = z.input<typeof letterUpdateInput>;

export const letterIssueInput = z.object({
  id: idSchema,
  rev: z.number().int().positive().optional(),
  /** sign with the office's certificate (default: when it has one) */
  sign: z.boolean().optional(),
  /** the certificate's password, asked at signing and never stored */
  certificatePassword: safeString().max(200).optional(),
});
export type LetterIssueInput = z.input<typeof letterIssueInput>;

export const letterVoidInput = z.object({ id: idSchema, reason: requiredLine('دلیل ابطال', 500) });

export const letterById = z.object({ id: idSchema });

export const letter = z.object({
  id: z.string(),
  kind: letterKindSchema,
  status: letterStatusSchema,
  /** as stored (ASCII digits); null for a draft */
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  serial: z.number().int().nullable(),
  date: z.string().nullable(),
  resolutionId: z.string().nullable(),
  sessionId: z.string().nullable(),
  councilId: z.string().nullable(),
  councilName: z.string().nullable(),
  recipient: z.string(),
  subject: z.string(),
  salutation: z.string(),
  body: z.string(),
  closing: z.string(),
  attachments: z.string(),
  copies: z.array(z.string()),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  contentHash: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  pdfPages: z.number().int().nullable(),
  signed: z.boolean(),
  certificateSubject: z.string().nullable(),
  printCount: z.number().int(),
  voidReason: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidedByName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  issuedByName: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  rev: z.number().int(),
});
export type Letter = z.infer<typeof letter>;

export const issueResult = z.object({
  letter,
  /** the lifecycle step the letter completes (objection letter sent, notice sent) */
  lifecycle: z.enum(['recorded', 'failed', 'none']),
  lifecycleMessage: z.string().nullable(),
});
export type IssueResult = z.infer<typeof issueResult>;

export const LETTER_SORT_FIELDS = ['number', 'date', 'createdAt', 'subject'] as const;
export type LetterSortField = (typeof LETTER_SORT_FIELDS)[number];

export const letterListInput = z.object({
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(500).default(50),
  sort: z
    .object({ field: z.enum(LETTER_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
    .default({ field: 'number', dir: 'desc' }),
  filter: z
    .object({
      status: z.array(letterStatusSchema).max(LETTER_STATUS_CODES.length).optional(),
      kind: letterKindSchema.optional(),
      from: isoDate('از تاریخ').optional(),
      to: isoDate('تا تاریخ').optional(),
      resolutionId: idSchema.optional(),
      sessionId: idSchema.optional(),
      /** number, subject, recipient or council; any spelling or digit set */
      q: rawText(200, 'عبارت جست‌وجو بیش از حد طولانی است.').optional(),
    })
    .default({}),
});
export type LetterListInput = z.input<typeof letterListInput>;

export const letterRow = z.object({
  id: z.string(),
  kind: letterKindSchema,
  status: letterStatusSchema,
  number: z.string().nullable(),
  date: z.string().nullable(),
  subject: z.string(),
  recipient: z.string(),
  councilName: z.string().nullable(),
  resolutionId: z.string().nullable(),
  signed: z.boolean(),
  printCount: z.number().int(),
  voidReason: z.string().nullable(),
  createdAt: z.string(),
  rev: z.number().int(),
});
export type LetterRow = z.infer<typeof letterRow>;
export const letterPage = z.object({ rows: z.array(letterRow), total: z.number().int() });
export type LetterPage = z.infer<typeof letterPage>;

export const letterHtml = z.object({ html: z.string() });
export const letterFile = z.object({ fileName: z.string(), dataBase64: z.string(), pages: z.number().int() });
export type LetterFile = z.infer<typeof letterFile>;
/** an issued letter as an editable Word file, written into a folder (issue 12, exports) */
export const letterDocxInput = z.object({ id: idSchema, folder: folderPath }).strict();
export const letterDocxResult = z.object({ fileName: z.string(), path: z.string() });
export type LetterDocxResult = z.infer<typeof letterDocxResult>;

export const MAX_PRINT_BATCH = 500;
export const letterPrintInput = z.object({
  ids: z.array(idSchema).min(1, 'نامه‌ای برای چاپ انتخاب نشده است.').max(MAX_PRINT_BATCH),
  /** desktop: print to the default printer without the print dialog (a batch after the first) */
  silent: z.boolean().optional().default(false),
});
export const letterPrintResult = z.object({
  /** 'direct': the desktop app printed it; 'pdf': print the returned PDF in the browser */
  mode: z.enum(['direct', 'pdf']),
  /** prints counted: 'direct' those the printer took; 'pdf' none yet (see `ticket`) */
  printed: z.number().int(),
  /** how many were (or, for 'pdf', are to be) reprints, marked as copies (المثنی) */
  copies: z.number().int(),
  file: letterFile.nullable(),
  /** 'pdf': confirm it (letters.confirmPrint) once the browser has the PDF to print */
  ticket: z.string().nullable(),
});
export type LetterPrintResult = z.infer<typeof letterPrintResult>;
export const letterConfirmPrintInput = z.object({ ticket: safeString('برگهٔ چاپ نامعتبر است.').min(1).max(100) });
export const letterPrintedResult = z.object({ printed: z.number().int(), copies: z.number().int() });
export type LetterPrintedResult = z.infer<typeof letterPrintedResult>;

// ---- templates ----

export const letterTemplateFields = letterTexts(
  rawText(BODY_MAX, 'متن قالب بیش از حد طولانی است.', 'متن قالب را وارد کنید.').pipe(
    z.string().min(1, 'متن قالب را وارد کنید.'),
  ),
);

export const letterTemplate = z.object({
  kind: letterKindSchema,
  recipient: z.string(),
  subject: z.string(),
  salutation: z.string(),
  body: z.string(),
  closing: z.string(),
  attachments: z.string(),
  copies: z.array(z.string()),
  /** edited by the office (false: the template shipped with the app) */
  custom: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type LetterTemplate = z.infer<typeof letterTemplate>;

export const templateUpdateInput = z.object({ kind: letterKindSchema, ...letterTemplateFields });
export type TemplateUpdateInput = z.input<typeof templateUpdateInput>;
export const templateKindInput = z.object({ kind: letterKindSchema });

// ---- letterhead, numbering, certificate ----

export const MAX_ORG_LINES = 5;

export const letterheadSchema = z.object({
  /** under «جمهوری اسلامی ایران»: ministry, governorate, office */
  organisationLines: z
    .array(optionalLine('سطر عنوان سازمان', 120))
    .transform((xs) => xs.filter((x) => x.length > 0))
    .pipe(
      z
        .array(z.string())
        .min(1, 'دست‌کم یک سطر عنوان سازمان لازم است.')
        .max(MAX_ORG_LINES, `حداکثر ${toPersianDigits(MAX_ORG_LINES)} سطر عنوان مجاز است.`),
    ),
  signatoryName: requiredLine('نام امضاکننده', 120),
  signatoryTitle: requiredLine('سمت امضاکننده', 160),
  /** an uploaded emblem image; null: the emblem bundled with the app */
  emblemSha256: sha256Schema.nullable(),
  /** the scanned signature printed above the name; null: signed by hand */
  signatureSha256: sha256Schema.nullable(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

export const numberingSchema = z
  .object({
    pattern: requiredLine('الگوی شماره', 40),
    prefix: optionalLine('پیشوند شماره', 12),
    pad: z.number().int().min(0).max(8).default(0),
  })
  .superRefine((v, ctx) => {
    const problem = numberingPatternProblem(v.pattern, v.prefix);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });

export const certificateInfo = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  fingerprint: z.string(),
  importedAt: z.string(),
});
export type CertificateInfo = z.infer<typeof certificateInfo>;

export const letterSettings = z.object({
  // before the panel has a chair the letterhead in force names no signatory yet: shown, not refused
  letterhead: letterheadSchema.extend({ signatoryName: z.string() }),
  numbering: z.object({ pattern: z.string(), prefix: z.string(), pad: z.number().int() }),
  certificate: certificateInfo.nullable(),
  /** what the next issued letter will be numbered today */
  nextNumber: z.string(),
});
export type LetterSettings = z.infer<typeof letterSettings>;

export const letterSettingsInput = z.object({ letterhead: letterheadSchema, numbering: numberingSchema });
export type LetterSettingsInput = z.input<typeof letterSettingsInput>;

export const IMAGE_MAX_BYTES = 1024 * 1024;
export const imageUploadInput = z.object({
  dataBase64: safeString()
    .min(1, 'پرونده خالی است.')
    .max(Math.ceil((IMAGE_MAX_BYTES * 4) / 3) + 8, 'حجم تصویر حداکثر ۱ مگابایت است.'),
});
export const imageUploadResult = z.object({ sha256: z.string(), mimeType: z.string() });

export const certificateImportInput = z.object({
  p12Base64: safeString().min(1, 'پروندهٔ گواهی را انتخاب کنید.').max(200_000, 'پروندهٔ گواهی بیش از حد بزرگ است.'),
  password: safeString().max(200),
});

/** A template and letterhead as the admin is editing them, for the live preview. */
export const templatePreviewInput = z.object({
  kind: letterKindSchema,
  template: z.object(letterTemplateFields),
  letterhead: letterheadSchema.optional(),
});

// ---- verification ----

export const verifyInput = z
  .object({
    pdfBase64: safeString().max(14_000_000, 'حجم پرونده بیش از حد مجاز است.').optional(),
    qrText: safeString().max(1_000).optional(),
  })
  .refine((v) => (v.pdfBase64 ? 1 : 0) + (v.qrText?.trim() ? 1 : 0) === 1, {
    message: 'پروندهٔ PDF نامه یا متن رمزینهٔ آن را وارد کنید.',
    path: ['qrText'],
  });
export type VerifyInput = z.input<typeof verifyInput>;

export const verifyResult = z.object({
  /** match: an issued letter of this office, unchanged; mismatch: differs as listed; unknown: not ours */
  verdict: z.enum(['match', 'mismatch', 'unknown']),
  /** what was checked, in Persian, each with its outcome */
  checks: z.array(z.object({ label: z.string(), ok: z.boolean(), detail: z.string() })),
  letter: z
    .object({
      id: z.string(),
      number: z.string(),
      date: z.string(),
      subject: z.string(),
      recipient: z.string(),
      status: letterStatusSchema,
      voidReason: z.string().nullable(),
      signed: z.boolean(),
    })
    .nullable(),
  /** the file is a reprint (المثنی) of the letter: its copy number */
  copyNo: z.number().int().nullable(),
  message: z.string(),
});
export type VerifyResult = z.infer<typeof verifyResult>;
