// The boundary both transports share: validate input with the contract's schema, run the
// handler, check the output, and turn every failure into a typed error with a Persian message.
import {
  contract,
  isMethod,
  type Method,
  type ParsedInput,
  type Output,
  type Result,
} from '../../../shared/api/contract';
import { AppError, validationError, type ApiErrorBody } from '../../../shared/api/errors';
import type { Actor, CallContext, SessionOrigin } from '../context';
import { allows, BACKGROUND_METHODS } from '../../../shared/api/access';
import { roleLabel } from '../../../shared/lifecycle/roles';
import type { Logger } from '../logger';
import { apiMessages } from './messages';
import { coreMessages } from '../messages';

export type HandlerMap<K extends Method> = {
  [M in K]: (input: ParsedInput<M>, call: CallContext) => Promise<Output<M>>;
};
export type Handlers = HandlerMap<Method>;
/** The handlers of one capability's methods (shared/api/methods/<capability>.ts). */
export type HandlersOf<T> = HandlerMap<Extract<keyof T, Method>>;

/**
 * Who is calling. A transport passes the session token it holds (and a way to replace it, for
 * sign-in and sign-out); code inside the process (tests, jobs) passes a trusted actor.
 */
export type Caller =
  | { actor: Actor }
  | { token: string | null; setSession?: (token: string | null) => void; remote?: string; origin?: SessionOrigin };

/**
 * Resolves a token to the signed-in user, or null when it is unknown or idle too long; touch false
 * leaves the session's idle clock as it is.
 */
export type SessionResolver = (token: string, touch?: boolean) => Promise<Actor | null>;

export type Dispatch = (method: string, input: unknown, caller: Caller) => Promise<Result<unknown>>;

/** The actor of a public call made before anyone signed in. */
export const ANONYMOUS: Actor = { id: 'anonymous', name: coreMessages.anonymousActor, role: 'viewer' };

const SIGN_IN_AGAIN: ApiErrorBody = {
  code: 'unauthenticated',
  message: apiMessages.signInAgain,
};

const INTERNAL: ApiErrorBody = {
  code: 'internal',
  message: apiMessages.internal,
};

export function createDispatcher(handlers: Handlers, log: Logger, sessions: SessionResolver): Dispatch {
  return async (method, input, caller) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: apiMessages.unknownMethod } };
    }
    const spec = contract[method];
    let call: CallContext;
    if ('actor' in caller) call = { actor: caller.actor };
    else {
      // a window's polling must not keep an unattended session alive past its idle timeout
      const actor = caller.token ? await sessions(caller.token, !BACKGROUND_METHODS.has(method)) : null;
      if (!actor && spec.access !== 'public') {
        if (caller.token) caller.setSession?.(null);
        return { ok: false, error: SIGN_IN_AGAIN };
      }
      call = {
        actor: actor ?? ANONYMOUS,
        token: caller.token ?? null,
        setSession: caller.setSession,
        remote: caller.remote,
        origin: caller.origin,
      };
    }
    if (spec.access !== 'public' && !allows(spec.access, call.actor.role)) {
      log.info({ method, role: call.actor.role }, 'call refused: role');
      return {
        ok: false,
        error: {
          code: 'forbidden',
          message: apiMessages.forbidden(roleLabel(call.actor.role, call.actor.isChair)),
        },
      };
    }
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
