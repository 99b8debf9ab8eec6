// Expert review (issue 3): assigning a resolution to an advisory expert, the expert's reasoned
// opinion with citations, and the catalog of legal references it cites.
import { z } from 'zod';
import { OBJECTION_GROUND_CODES, OPINION_CONCLUSION_CODES, groundsNeedReference } from '../domain/objectionGrounds';
import { toPersianDigits } from '../text/persian';
import { idSchema, optionalLine, rawText, requiredLine, requiredText } from './fields';

export const MAX_CLAUSES = 20;
export const MAX_REFERENCES = 20;
const CLAUSE_MAX = 4_000;
const REASONING_MAX = 20_000;

export const conclusionSchema = z.enum(OPINION_CONCLUSION_CODES, { error: 'نتیجهٔ بررسی را انتخاب کنید.' });
export const groundSchema = z.enum(OBJECTION_GROUND_CODES, { error: 'جهت اعتراض نامعتبر است.' });

const unique = <T>(xs: readonly T[]) => new Set(xs).size === xs.length;

export const groundsSchema = z
  .array(groundSchema)
  .max(OBJECTION_GROUND_CODES.length)
  .refine(unique, 'جهت اعتراض تکراری است.');
export const referenceIdsSchema = z
  .array(idSchema)
  .max(MAX_REFERENCES, `حداکثر ${toPersianDigits(MAX_REFERENCES)} مستند قانونی می‌توان ذکر کرد.`)
  .refine(unique, 'مستند قانونی تکراری است.');

/**
 * A citation written out rather than picked from the national catalog (issue 11): the law (or
 * regulation), its article, clause or note, and what it says. The record that cites it keeps the
 * words themselves, so it reads the same everywhere it goes (the letter, the ministry's copy).
 */
export const citationInput = z.object({
  law: requiredLine('نام قانون یا مقرره', 300),
  article: optionalLine('ماده، بند یا تبصره', 120),
  text: optionalLine('متن یا موضوع مستند', 2_000),
});
export type Citation = z.output<typeof citationInput>;
export const citationsSchema = z
  .array(citationInput)
  .max(MAX_REFERENCES, `حداکثر ${toPersianDigits(MAX_REFERENCES)} مستند نوشتاری می‌توان ذکر کرد.`);
export const citation = z.object({ law: z.string(), article: z.string(), text: z.string() });

/** A quoted clause of the resolution (empty lines are dropped, as a form leaves them). */
export const clausesSchema = z
  .array(optionalLine('بند مورد نظر', CLAUSE_MAX))
  .transform((xs) => xs.filter((x) => x.length > 0))
  .pipe(z.array(z.string()).max(MAX_CLAUSES, `حداکثر ${toPersianDigits(MAX_CLAUSES)} بند می‌توان ذکر کرد.`));

/** Optimistic concurrency: the rev the user saw; a stale page is refused, not overwritten. */
export const revSchema = z.number().int().positive().optional();

export const assignInput = z.object({
  resolutionId: idSchema,
  expertId: idSchema.describe('expert'),
  rev: revSchema,
});
export type AssignInput = z.input<typeof assignInput>;

export const sendToPanelInput = z.object({
  resolutionId: idSchema,
  reason: optionalLine('توضیح', 500),
  rev: revSchema,
});

/** A draft may be incomplete; the reasoning may be empty until submission. */
export const opinionDraftInput = z.object({
  resolutionId: idSchema,
  conclusion: conclusionSchema.nullable().optional().default(null),
  reasoning: rawText(REASONING_MAX, 'متن استدلال بیش از حد طولانی است.', 'متن استدلال نامعتبر است.')
    .optional()
    .default(''),
  clauses: clausesSchema.optional().default([]),
  grounds: groundsSchema.optional().default([]),
  referenceIds: referenceIdsSchema.optional().default([]),
  citations: citationsSchema.optional().default([]),
});
export type OpinionDraftInput = z.input<typeof opinionDraftInput>;

export const opinionSubmitInput = z
  .object({
    resolutionId: idSchema,
    conclusion: conclusionSchema,
    reasoning: requiredText('متن استدلال', REASONING_MAX),
    clauses: clausesSchema.optional().default([]),
    grounds: groundsSchema.optional().default([]),
    referenceIds: referenceIdsSchema.optional().default([]),
    citations: citationsSchema.optional().default([]),
  })
  .superRefine((v, ctx) => {
    if (v.conclusion === 'no_conflict') return;
    if (v.clauses.length === 0)
      ctx.addIssue({ code: 'custom', path: ['clauses'], message: 'بند یا بندهای مغایر مصوبه را ذکر کنید.' });
    if (v.grounds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['grounds'], message: 'جهت مغایرت را انتخاب کنید.' });
    else if (v.referenceIds.length + v.citations.length === 0 && groundsNeedReference(v.grounds))
      ctx.addIssue({
        code: 'custom',
        path: ['referenceIds'],
        message: 'مستند قانونی مغایرت را از فهرست انتخاب کنید یا متن آن را بنویسید.',
      });
  });
export type OpinionSubmitInput = z.input<typeof opinionSubmitInput>;

export const OPINION_STATUSES = ['draft', 'submitted'] as const;

export const opinion = z.object({
  id: z.string(),
  resolutionId: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  status: z.enum(OPINION_STATUSES),
  conclusion: conclusionSchema.nullable(),
  reasoning: z.string(),
  clauses: z.array(z.string()),
  grounds: z.array(groundSchema),
  referenceIds: z.array(z.string()),
  citations: z.array(citation),
  submittedAt: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Opinion = z.infer<typeof opinion>;

export const reviewGetInput = z.object({ resolutionId: idSchema });
export const reviewState = z.object({
  /** submitted opinions (every role), newest first, and the caller's own draft */
  opinions: z.array(opinion),
});
export type ReviewState = z.infer<typeof reviewState>;

export const REFERENCE_SOURCES = ['national', 'office'] as const;

export const legalReference = z.object({
  id: z.string(),
  /** the ministry's catalog (cited by id) or the office's own entries (copied into the record as a citation) */
  source: z.enum(REFERENCE_SOURCES),
  law: z.string(),
  article: z.string(),
  note: z.string(),
  subject: z.string(),
  /** what a citation prints: «قانون … — مادهٔ ۷۱، بند ۱۶» */
  text: z.string(),
  active: z.boolean(),
});
export type LegalReference = z.infer<typeof legalReference>;
export const referencesListInput = z.object({ includeInactive: z.boolean().optional().default(false) });

/** An entry of the office's own catalog: a citation it uses often, added or corrected by the secretariat. */
export const officeReferenceInput = citationInput.extend({
  /** absent: a new entry */
  id: idSchema.optional(),
  active: z.boolean().optional().default(true),
});
export type OfficeReferenceInput = z.input<typeof officeReferenceInput>;
