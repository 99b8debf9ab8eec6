// One contract method: its input schema, its output schema and who may call it.
import type { z } from 'zod';
import type { Access } from './access';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access) {
  return { input, output, access } satisfies MethodSpec<I, O>;
}

/** Roles that do the secretariat's daily work. */
export const SECRETARIAT = ['secretary'] as const;
/** Reference data (councils) is kept by the secretariat and the admin. */
export const REFERENCE_KEEPERS = ['secretary', 'admin'] as const;
