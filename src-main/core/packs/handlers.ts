// The packs capability's contract method, bound to its service (issue 15 item 3).
import type { packMethods } from '../../../shared/api/methods/packs';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { sessionPack } from './service';

export function packHandlers(core: CoreContext): HandlersOf<typeof packMethods> {
  return {
    'sessions.pack': (input) => sessionPack(core, input.id),
  };
}
