// What the ministry publishes and offices pull (DESIGN.md §7): national reference data, a
// province's councils, and records for one office. The admin CLI validates with these before it
// publishes; the office validates again before it applies, so a bad page changes nothing.
import { z } from 'zod';
import { deadlinePolicySchema } from '../deadlines/policy';
import { COUNCIL_KIND_CODES } from '../domain/councils';
import { isIsoDate } from '../dates/jalali';
import { LETTER_KIND_CODES } from '../letters/kinds';

const line = (label: string, max = 300) =>
  z
    .string({ error: `${label} باید متن باشد.` })
    .min(1, `${label} خالی است.`)
    .max(max, `${label} بیش از حد طولانی است.`);
const id = z
  .string({ error: 'شناسه باید متن باشد.' })
  .regex(/^[0-9A-Za-z_.:-]{1,64}$/, 'شناسه فقط حروف لاتین، رقم و . _ - : است و حداکثر ۶۴ نویسه.');

export const legalReferenceRecord = z.strictObject({
  id,
  law: line('نام قانون'),
  article: z.string().max(40).default(''),
  note: z.string().max(200).default(''),
  subject: z.string().max(1000).default(''),
  sortNo: z.number().int().min(0).default(0),
  active: z.boolean().default(true),
});
export type LegalReferenceRecord = z.infer<typeof legalReferenceRecord>;

export const letterTemplateRecord = z.strictObject({
  /** the letter kind it is for; one template per kind */
  id: z.enum(LETTER_KIND_CODES, { error: 'نوع نامه نامعتبر است.' }),
  recipient: line('گیرنده', 1000),
  subject: line('موضوع', 1000),
  salutation: z.string().max(200),
  /** HTML with {{group.name}} fields (shared/letters/fields.ts) */
  body: line('متن الگو', 100_000),
  closing: z.string().max(2000),
  attachments: z.string().max(500),
  copies: z.array(z.string().max(1000)).max(20),
});
export type LetterTemplateRecord = z.infer<typeof letterTemplateRecord>;

export const referenceCouncilRecord = z.strictObject({
  id,
  name: line('نام شورا', 120),
  kind: z.enum(COUNCIL_KIND_CODES, { error: 'نوع شورا نامعتبر است.' }),
  county: line('شهرستان', 80),
  province: line('استان', 80),
  nationalCode: z.string().max(32).default(''),
  active: z.boolean().default(true),
});
export type ReferenceCouncilRecord = z.infer<typeof referenceCouncilRecord>;

/** A holiday table: merged into the deadline policy the ministry publishes (policy.holidays). */
export const holidayTable = z.array(z.string().refine(isIsoDate, 'تاریخ تعطیل باید به شکل YYYY-MM-DD باشد.')).max(2000);

/** The one deadline policy in force carries this id. */
export const POLICY_ID = 'current';

export const REFERENCE_ENTITIES = {
  deadline_policy: { schema: deadlinePolicySchema },
  legal_reference: { schema: legalReferenceRecord },
  letter_template: { schema: letterTemplateRecord },
  council: { schema: referenceCouncilRecord },
} as const;

export type ReferenceEntity = keyof typeof REFERENCE_ENTITIES;
export const REFERENCE_ENTITY_NAMES = Object.keys(REFERENCE_ENTITIES) as ReferenceEntity[];

export function isReferenceEntity(name: string): name is ReferenceEntity {
  return Object.prototype.hasOwnProperty.call(REFERENCE_ENTITIES, name);
}
