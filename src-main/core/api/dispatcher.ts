// The boundary both transports share: validate input with the contract's schema, run the
// handler, check the output, and turn every failure into a typed error with a Persian message.
import { type z } from 'zod';
import {
  contract,
  isMethod,
  type Method,
  type ParsedInput,
  type Output,
  type Result,
} from '../../../shared/api/contract';
import { AppError, type ApiErrorBody } from '../../../shared/api/errors';
import type { CallContext } from '../context';
import type { Logger } from '../logger';

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, call: CallContext) => Promise<Output<M>>;
};

export type Dispatch = (method: string, input: unknown, call: CallContext) => Promise<Result<unknown>>;

export function validationError(err: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.join('.') || '_';
    if (!fields[key]) fields[key] = issue.message;
  }
  const first = Object.values(fields)[0];
  return new AppError('validation', first ?? 'ورودی نامعتبر است.', fields);
}

const INTERNAL: ApiErrorBody = {
  code: 'internal',
  message: 'خطای پیش‌بینی‌نشده‌ای رخ داد و هیچ تغییری ذخیره نشد. دوباره تلاش کنید.',
};

export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (method, input, call) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: 'درخواست ناشناخته است.' } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const e = validationError(parsed.error);
      log.info({ method, fields: e.fields }, 'input rejected');
      return { ok: false, error: e.toBody() };
    }
    const started = performance.now();
    try {
      const handler = handlers[method] as (i: unknown, c: CallContext) => Promise<unknown>;
      const out = await handler(parsed.data, call);
      const checked = spec.output.safeParse(out);
      if (!checked.success) {
        log.error({ method, issues: checked.error.issues.slice(0, 5) }, 'handler returned output outside the contract');
        return { ok: false, error: INTERNAL };
      }
      const ms = performance.now() - started;
      if (ms > 40) log.warn({ method, ms: Math.round(ms) }, 'slow call');
      return { ok: true, data: checked.data };
    } catch (e) {
      if (e instanceof AppError) {
        log.info({ method, code: e.code }, 'call refused');
        return { ok: false, error: e.toBody() };
      }
      log.error({ method, err: e }, 'call failed');
      return { ok: false, error: INTERNAL };
    }
  };
}
