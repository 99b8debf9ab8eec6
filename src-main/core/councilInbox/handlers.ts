// The council portal inbox's contract methods, bound to its service (issue 14).
import type { councilInboxMethods } from '../../../shared/api/methods/councilInbox';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { linkFromInbox, listInbox, registerFromInbox } from './service';

export function councilInboxHandlers(core: CoreContext): HandlersOf<typeof councilInboxMethods> {
  return {
    'councilInbox.list': () => listInbox(core),
    'councilInbox.register': (input, call) => registerFromInbox(core, call, input),
    'councilInbox.link': (input, call) => linkFromInbox(core, call, input),
  };
}
