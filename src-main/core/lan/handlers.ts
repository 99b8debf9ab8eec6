// The office network's contract methods (issue 15 item 1).
import type { lanMethods } from '../../../shared/api/methods/lan';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import type { Sessions } from '../users/sessions';
import { endConnected, listConnected } from '../users/connected';
import type { Lan } from './service';

export function lanHandlers(core: CoreContext & { sessions: Sessions; lan: Lan }): HandlersOf<typeof lanMethods> {
  return {
    'lan.status': () => core.lan.status(),
    'lan.configure': (input, call) => core.lan.configure(call, input),
    'lan.sessions': (_input, call) => listConnected(core, core.sessions, call),
    'lan.endSession': (input, call) => endConnected(core, core.sessions, call, input.id),
  };
}
