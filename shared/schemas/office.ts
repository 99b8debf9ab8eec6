import { z } from 'zod';
import { requiredLine, optionalLine } from './fields';
import { firstAdminInput } from './user';

export const officeSetupInput = z.object({
  /** e.g. «دبیرخانه هیأت تطبیق مصوبات شوراهای شهرستان کرمان» */
  name: requiredLine('نام دبیرخانه'),
  /** the organisation line of the letterhead, e.g. «فرمانداری شهرستان کرمان» */
  organisation: requiredLine('نام سازمان'),
  ministry: optionalLine('نام وزارتخانه').transform((s) => s || 'وزارت کشور'),
  province: requiredLine('استان', 80),
  county: requiredLine('شهرستان', 80),
  /** the code the ministry gives the office; ASCII after folding digits */
  code: requiredLine('کد دبیرخانه', 32),
  /** the office's first admin, who then adds the other users */
  admin: firstAdminInput,
});
export type OfficeSetupInput = z.input<typeof officeSetupInput>;

export const office = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
  ministry: z.string(),
  province: z.string(),
  county: z.string(),
  code: z.string(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Office = z.infer<typeof office>;
