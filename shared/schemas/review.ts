// Expert review (issue 3): assigning a resolution to an advisory expert, the expert's reasoned
// opinion with citations, and the catalog of legal references it cites.
import { z } from 'zod';
import { OBJECTION_GROUND_CODES, OPINION_CONCLUSION_CODES } from '../domain/objectionGrounds';
import { toPersianDigits } from '../text/persian';
import { idSchema, optionalLine, rawText, requiredText } from './fields';

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
  })
  .superRefine((v, ctx) => {
    if (v.conclusion === 'no_conflict') return;
    if (v.clauses.length === 0)
      ctx.addIssue({ code: 'custom', path: ['clauses'], message: 'بند یا بندهای مغایر مصوبه را ذکر کنید.' });
    if (v.grounds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['grounds'], message: 'جهت مغایرت را انتخاب کنید.' });
    else if (v.referenceIds.length === 0 && v.grounds.some((g) => g !== 'conflicts_with_islamic_standards'))
      ctx.addIssue({ code: 'custom', path: ['referenceIds'], message: 'مستند قانونی مغایرت را انتخاب کنید.' });
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

export const legalReference = z.object({
  id: z.string(),
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
