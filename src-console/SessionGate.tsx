// Who is signed in decides what shows, for the console and the council portal alike: the session
// is read once, a spinner meanwhile, the sign-in form when there is none (with a notice when the
// server ended it), and the signed-in page otherwise.
import { useEffect, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { api, setCsrf, whenSignedOut } from './api';
import { SignInPage } from './SignInPage';

export function SessionGate<T extends { csrf: string }>({
  path,
  signedOutNotice,
  title,
  subtitle,
  children,
}: {
  /** the session route: GET reads it, POST signs in */
  path: string;
  signedOutNotice: string;
  title?: string;
  subtitle?: string;
  /** the page for `me`; `signedOut` forgets the session (after the page has ended it) */
  children: (me: T, signedOut: () => void) => ReactNode;
}) {
  const [me, setMe] = useState<T | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    whenSignedOut(() => {
      setNotice(signedOutNotice);
      setMe(null);
    });
    api<T>('GET', path).then(
      (m) => {
        setCsrf(m.csrf);
        setMe(m);
      },
      () => setMe(null),
    );
  }, [path, signedOutNotice]);

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
        path={path}
        title={title}
        subtitle={subtitle}
        onSignedIn={(m) => {
          setCsrf(m.csrf);
          setNotice(null);
          setMe(m as unknown as T);
        }}
      />
    );
  return children(me, () => setMe(null));
}
