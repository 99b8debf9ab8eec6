// Sign-in, users and the audit log, bound to the contract (issue 3, items 3 and 9).
import type { authMethods } from '../../../shared/api/methods/auth';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { createUser, listUsers, resetPassword, updateUser } from './service';
import type { Sessions } from './sessions';
import { resolutionHistory, verifyAudit } from '../audit/queries';

export function authHandlers(core: CoreContext & { sessions: Sessions }): HandlersOf<typeof authMethods> {
  const { sessions } = core;
  return {
    'auth.login': (input, call) => sessions.login(call, input),
    'auth.logout': (_input, call) => sessions.logout(call),
    'auth.changePassword': (input, call) => sessions.changePassword(call, input),
    'users.list': (input) => listUsers(core, input),
    'users.create': (input, call) => createUser(core, call, input),
    'users.update': (input, call) => updateUser(core, call, input),
    'users.resetPassword': (input, call) => resetPassword(core, call, input.id, input.password),
    'audit.verify': () => verifyAudit(core),
    'audit.history': (input) => resolutionHistory(core, input.resolutionId),
  };
}
