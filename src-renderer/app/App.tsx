// Startup: ask the core who we are (app.info); set the office up on first run; sign in; then the app.
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import { call } from '../api/client';
import { errorText } from '../api/errorText';
import { StartupError, StartupLoader } from './StartupScreens';
import { SignedInApp } from './SignedInApp';
import { OfficeSetupPage } from '../pages/setup/OfficeSetupPage';
import { LoginPage } from '../pages/login/LoginPage';

type State = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; info: AppInfo };

export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });

  /** `quiet`: keep the current screen until the answer comes (after setup, after sign-in). */
  const load = useCallback((quiet = false) => {
    if (!quiet) setState({ phase: 'loading' });
    call('app.info', {}).then(
      (info) => setState({ phase: 'ready', info }),
      (err: unknown) => setState({ phase: 'error', message: errorText(err) }),
    );
  }, []);

  useEffect(() => load(), [load]);

  const setInfo = useCallback((info: AppInfo) => setState({ phase: 'ready', info }), []);

  if (state.phase === 'loading') return <StartupLoader />;
  if (state.phase === 'error') return <StartupError message={state.message} onRetry={() => load()} />;

  const { info } = state;
  const { office, user } = info;
  // setup signs the new admin in; sign-in is followed by a fresh app.info, so "today" is today
  if (!office) return <OfficeSetupPage onDone={() => load(true)} />;
  if (!user) return <LoginPage office={office} onSignedIn={() => load(true)} />;
  return <SignedInApp info={{ ...info, office, user }} onInfo={setInfo} />;
}
