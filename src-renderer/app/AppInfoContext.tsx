// What app.info said (the office, today's date, the mode) and who is signed in, for every screen;
// and what that user may do, read from the same access table the core enforces.
import { createContext, useCallback, useContext } from 'react';
import { contract, type AppInfo, type Method } from '../../shared/api/contract';
import { allows } from '../../shared/api/access';
import type { Office } from '../../shared/schemas/office';
import type { CurrentUser } from '../../shared/schemas/user';

export type ReadyInfo = AppInfo & { office: Office; user: CurrentUser };

export const AppInfoContext = createContext<ReadyInfo | null>(null);

export function useAppInfo(): ReadyInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside AppInfoContext');
  return info;
}

export function useCurrentUser(): CurrentUser {
  return useAppInfo().user;
}

/** `can('resolutions.register')`: whether the signed-in user's role may call the method. */
export function useCan(): (method: Method) => boolean {
  const { role } = useCurrentUser();
  return useCallback((method: Method) => allows(contract[method].access, role), [role]);
}

export interface SessionActions {
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionActions | null>(null);

export function useSession(): SessionActions {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionContext');
  return s;
}
