// The typed error model that crosses every transport: a stable code for programs, a Persian
// message for people, and per-field messages for forms.
import type { z } from 'zod';

export const ERROR_CODES = [
  'validation',
  'not_found',
  'duplicate',
  'conflict',
  'invalid_state',
  /** the act is lawful but has a consequence the user must see first: resend it with `confirm` */
  'needs_confirmation',
  'too_large',
  'unsupported_type',
  'not_configured',
  'already_configured',
  'forbidden',
  'unauthenticated',
  'unknown_method',
  'newer_database',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) → Persian message. */
  fields?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toBody(): ApiErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

/** A failed zod parse as the API reports it: the first message, and one per field path. */
export function validationError(err: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.join('.') || '_';
    if (!fields[key]) fields[key] = issue.message;
  }
  const first = Object.values(fields)[0];
  return new AppError('validation', first ?? 'ورودی نامعتبر است.', fields);
}

export function isApiErrorBody(x: unknown): x is ApiErrorBody {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as ApiErrorBody).code === 'string' &&
    typeof (x as ApiErrorBody).message === 'string'
  );
}

/** HTTP status for each code, used by the browser-mode transport. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  duplicate: 409,
  conflict: 409,
  invalid_state: 409,
  needs_confirmation: 409,
  too_large: 413,
  unsupported_type: 415,
  not_configured: 409,
  already_configured: 409,
  forbidden: 403,
  unauthenticated: 401,
  unknown_method: 404,
  newer_database: 500,
  internal: 500,
};
