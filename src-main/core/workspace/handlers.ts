// The workspace capability's contract method, bound to its service (issue 15 item 3).
import type { workspaceMethods } from '../../../shared/api/methods/workspace';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { getWorkspace } from './service';

export function workspaceHandlers(core: CoreContext): HandlersOf<typeof workspaceMethods> {
  return {
    'workspace.get': (input, call) => getWorkspace(core, call, input.limit),
  };
}
