// Sign-in, users and the audit log's integrity check (issue 3, items 3 and 9).
import { z } from 'zod';
import { method } from '../method';
import {
  currentUser,
  loginInput,
  passwordChangeInput,
  passwordResetInput,
  user,
  userCreateInput,
  userListInput,
  userUpdateInput,
} from '../../schemas/user';
import { auditVerifyResult, historyInput, historyEvent } from '../../schemas/audit';

const empty = z.object({}).strict();
const done = z.object({ ok: z.literal(true) });

export const authMethods = {
  'auth.login': method(loginInput, currentUser, 'public'),
  'auth.logout': method(empty, done, 'public'),
  'auth.changePassword': method(passwordChangeInput, done, 'signedIn'),
  // every role sees the office's people: assignment, sessions and letters name them
  'users.list': method(userListInput, z.array(user), 'signedIn'),
  'users.create': method(userCreateInput, user, ['admin']),
  'users.update': method(userUpdateInput, user, ['admin']),
  'users.resetPassword': method(passwordResetInput, done, ['admin']),
  'audit.verify': method(empty, auditVerifyResult, ['admin']),
  'audit.history': method(historyInput, z.array(historyEvent), 'signedIn'),
} as const;
