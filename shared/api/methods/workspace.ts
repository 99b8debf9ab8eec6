// The member's workspace (issue 15 item 3): the caller's own sessions and waiting findings.
import { method } from '../method';
import { workspace, workspaceInput } from '../../schemas/workspace';

export const workspaceMethods = {
  'workspace.get': method(workspaceInput, workspace, ['member']),
} as const;
