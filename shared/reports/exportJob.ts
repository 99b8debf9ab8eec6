// Long exports (issue 12): the register's current view written to an Excel file in a folder, as
// a job the page watches (how far, done, failed, cancelled) and may cancel.
import { z } from 'zod';
import { idSchema, safeString } from '../schemas/fields';
import { resolutionListInput } from '../schemas/resolution';

/** a folder on the computer that runs Tatbiq, for exports written there */
export const folderPath = safeString('مسیر پوشه نامعتبر است.')
  .trim()
  .min(1, 'پوشهٔ مقصد را وارد کنید.')
  .max(1000, 'مسیر پوشه بیش از اندازه بلند است.');

/** the register's filters and sort as the page has them, and the folder to write in */
export const registerExportInput = resolutionListInput
  .pick({ sort: true, filter: true })
  .extend({ folder: folderPath })
  .strict();

export const EXPORT_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export const exportJob = z.object({
  id: z.string(),
  state: z.enum(EXPORT_STATES),
  /** rows written so far, of `total` */
  written: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  fileName: z.string(),
  /** the finished file's full path; null until it is complete under its final name */
  path: z.string().nullable(),
  /** why it failed or stopped, for the user */
  message: z.string().nullable(),
});
export type ExportJob = z.infer<typeof exportJob>;

export const exportJobInput = z.object({ id: idSchema }).strict();
