// The app of a signed-in user. When the session ends (idle timeout, an admin's change, sign-out
// in another window) the sign-in card covers the app without unmounting it: the route and any
// half-filled form are still there when the same user signs back in. Another user gets a fresh app.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import type { CurrentUser } from '../../shared/schemas/user';
import { call } from '../api/client';
import { onSessionEnded, sessionEnded, sessionResumed } from '../api/session';
import { AppInfoContext, SessionContext, type ReadyInfo } from './AppInfoContext';
import { Notifier, useNotify } from './Notifier';
import { AppRoutes } from './AppRoutes';
import { UnreadProvider } from './UnreadContext';
import { SessionEndedDialog } from '../pages/login/LoginPage';
import { loginMessages } from '../messages/login';

/** Coming back to the window asks the core at most this often whether the session still stands. */
const FOCUS_CHECK_MS = 15_000;

const sameRights = (a: CurrentUser, b: CurrentUser) => a.id === b.id && a.role === b.role && a.isChair === b.isChair;

function SessionGate({ info, onInfo }: { info: ReadyInfo; onInfo: (info: AppInfo) => void }) {
  const notify = useNotify();
  const [ended, setEnded] = useState(false);
  const infoRef = useRef(info);
  infoRef.current = info;

  useEffect(() => onSessionEnded(() => setEnded(true)), []);

  useEffect(() => {
    let last = Date.now();
    const check = () => {
      if (Date.now() - last < FOCUS_CHECK_MS) return;
      last = Date.now();
      call('app.info', {}).then(
        (fresh) => {
          if (!fresh.user) sessionEnded();
          // another window of this browser signed in as someone else: this one follows
          else if (!sameRights(fresh.user, infoRef.current.user)) onInfo(fresh);
        },
        () => undefined,
      );
    };
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [onInfo]);

  const signOut = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } catch {
      // the window forgets the user either way; the core ends an unused session when it idles out
    }
    window.location.hash = '#/';
    onInfo({ ...infoRef.current, user: null });
  }, [onInfo]);

  const resume = async (user: CurrentUser) => {
    const fresh = await call('app.info', {}).catch(() => null);
    const next: AppInfo = fresh?.user ? fresh : { ...info, user };
    setEnded(false);
    onInfo(next);
    if (next.user && sameRights(next.user, info.user)) {
      sessionResumed();
      notify(loginMessages.resumed, 'info');
    }
  };

  const actions = useMemo(() => ({ signOut }), [signOut]);
  const { user } = info;
  return (
    <SessionContext.Provider value={actions}>
      <UnreadProvider key={`${user.id}:${user.role}:${user.isChair}`}>
        <AppRoutes />
      </UnreadProvider>
      {ended && <SessionEndedDialog office={info.office} user={user} onSignedIn={(u) => void resume(u)} />}
    </SessionContext.Provider>
  );
}

export function SignedInApp({ info, onInfo }: { info: ReadyInfo; onInfo: (info: AppInfo) => void }) {
  return (
    <AppInfoContext.Provider value={info}>
      <Notifier>
        <SessionGate info={info} onInfo={onInfo} />
      </Notifier>
    </AppInfoContext.Provider>
  );
}
