// Startup: ask the core who we are (app.info); set the office up on first run; then the app.
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import type { Office } from '../../shared/schemas/office';
import { call } from '../api/client';
import { errorText } from '../api/errorText';
import { AppInfoContext, type ReadyInfo } from './AppInfoContext';
import { Notifier } from './Notifier';
import { AppRoutes } from './AppRoutes';
import { StartupError, StartupLoader } from './StartupScreens';
import { OfficeSetupPage } from '../pages/setup/OfficeSetupPage';

type State = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; info: AppInfo };

export function App() {
  const [state, setState] = useState<State>({ phase: 'loading' });

  const load = useCallback(() => {
    setState({ phase: 'loading' });
    call('app.info', {}).then(
      (info) => setState({ phase: 'ready', info }),
      (err: unknown) => setState({ phase: 'error', message: errorText(err) }),
    );
  }, []);

  useEffect(load, [load]);

  if (state.phase === 'loading') return <StartupLoader />;
  if (state.phase === 'error') return <StartupError message={state.message} onRetry={load} />;

  const { info } = state;
  if (!info.office) {
    const done = (office: Office) => setState({ phase: 'ready', info: { ...info, office } });
    return <OfficeSetupPage onDone={done} />;
  }
  const ready: ReadyInfo = { ...info, office: info.office };
  return (
    <AppInfoContext.Provider value={ready}>
      <Notifier>
        <AppRoutes />
      </Notifier>
    </AppInfoContext.Provider>
  );
}
