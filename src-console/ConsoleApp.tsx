// The console: who is signed in decides what shows (sign-in, or the shell with its scope).
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { api, setCsrf, whenSignedOut } from './api';
import type { Me } from './types';
import { SignInPage } from './SignInPage';
import { ConsoleShell } from './ConsoleShell';

export function ConsoleApp() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    whenSignedOut(() => {
      setNotice('نشست شما پایان یافت؛ دوباره وارد شوید.');
      setMe(null);
    });
    api<Me>('GET', '/console/api/session').then(
      (m) => {
        setCsrf(m.csrf);
        setMe(m);
      },
      () => setMe(null),
    );
  }, []);

  if (me === undefined)
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <CircularProgress />
      </Box>
    );
  if (!me)
    return (
      <SignInPage
        notice={notice}
        onSignedIn={(m) => {
          setCsrf(m.csrf);
          setNotice(null);
          setMe(m);
        }}
      />
    );
  return <ConsoleShell me={me} onSignedOut={() => setMe(null)} />;
}
