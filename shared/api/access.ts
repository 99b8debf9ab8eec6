// Who may call a contract method. The dispatcher checks it before the handler runs; the UI reads
// the same table to show only what the signed-in user may do.
import type { Role } from '../lifecycle/roles';

/** 'public': before sign-in (app info, sign-in, first-run setup); 'signedIn': any role. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export function allows(access: Access, role: string | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'signedIn') return true;
  return (access as readonly string[]).includes(role);
}

/**
 * Calls a window makes by itself, on a timer (the unread-messages poll): they are answered like any
 * other but do not count as the user's activity, so the idle timeout still ends an unattended session.
 */
export const BACKGROUND_METHODS: ReadonlySet<string> = new Set(['conversations.unread']);
