import { z } from 'zod';
import { COUNCIL_KIND_CODES } from '../domain/councils';
import { fileName, idSchema, optionalLine, requiredLine, safeString } from './fields';

const kind = z.enum(COUNCIL_KIND_CODES, { error: 'نوع شورا را انتخاب کنید.' });

export const councilInput = z.object({
  /** the place's name without the kind: «کرمان», not «شورای اسلامی شهر کرمان» */
  name: requiredLine('نام شورا', 120),
  kind,
  county: requiredLine('شهرستان', 80),
  province: requiredLine('استان', 80),
  nationalCode: optionalLine('کد ملی شورا', 32),
});
export type CouncilInput = z.input<typeof councilInput>;

export const councilUpdateInput = councilInput.extend({
  id: idSchema,
  rev: z.number().int().positive(),
  active: z.boolean(),
});

export const council = z.object({
  id: z.string(),
  officeId: z.string(),
  name: z.string(),
  displayName: z.string(),
  kind,
  county: z.string(),
  province: z.string(),
  nationalCode: z.string(),
  active: z.boolean(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Council = z.infer<typeof council>;

export const councilListInput = z.object({
  includeInactive: z.boolean().optional().default(false),
});

export const councilImportInput = z.object({
  fileName: fileName(),
  /** CSV (UTF-8) or XLSX, base64 */
  dataBase64: safeString().min(1, 'پرونده خالی است.').max(14_000_000, 'پرونده بیش از حد بزرگ است.'),
});

export const importRowError = z.object({ row: z.number().int(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;

export const councilImportResult = z.object({
  imported: z.number().int(),
  /** when not empty, nothing was imported */
  errors: z.array(importRowError),
});
export type CouncilImportResult = z.infer<typeof councilImportResult>;
