// The desk capability's contract methods, bound to its services (issue 3).
import type { deskMethods } from '../../../shared/api/methods/desk';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { getDesk } from './service';

export function deskHandlers(core: CoreContext): HandlersOf<typeof deskMethods> {
  return {
    'desk.get': (input, call) => getDesk(core, call, input.limit),
  };
}
