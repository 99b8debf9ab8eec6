// The council portal (issue 14): the council secretary signs in (the console's sign-in form on the
// portal's own route), sees the council's submissions and where each stands, sends a new one, and
// prints its receipt. The server keeps every call to the account's own council.
import { useEffect, useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { api, setCsrf, whenSignedOut } from '../api';
import { SignInPage } from '../SignInPage';
import type { Me } from '../types';
import { cm } from './messages';
import type { CouncilMe, Submission } from './types';
import { SubmissionList } from './SubmissionList';
import { SubmitForm } from './SubmitForm';
import { Receipt } from './Receipt';

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'receipt'; submission: Submission };

export function CouncilApp() {
  const [me, setMe] = useState<CouncilMe | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });

  useEffect(() => {
    whenSignedOut(() => {
      setNotice(cm.signedOut);
      setMe(null);
    });
    api<CouncilMe>('GET', '/council/api/session').then(
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
        path="/council/api/session"
        title={cm.title}
        subtitle={cm.subtitle}
        onSignedIn={(m: Me) => {
          setCsrf(m.csrf);
          setNotice(null);
          setMe(m as unknown as CouncilMe);
        }}
      />
    );
  const signOut = () =>
    void api('DELETE', '/council/api/session').finally(() => {
      setMe(null);
      setView({ kind: 'list' });
    });
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.50' }}>
      <AppBar position="static" elevation={0} className="no-print">
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" sx={{ fontWeight: 700, flexGrow: 1 }} data-testid="portal-council">
            {cm.title} — {me.account.councilName}
          </Typography>
          <Typography variant="body2">{me.account.fullName}</Typography>
          <Button color="inherit" onClick={signOut}>
            {cm.signOut}
          </Button>
        </Toolbar>
      </AppBar>
      <Box sx={{ p: { xs: 1.5, md: 3 }, maxWidth: 1100, mx: 'auto' }}>
        {view.kind === 'list' && (
          <SubmissionList
            onNew={() => setView({ kind: 'new' })}
            onReceipt={(s) => setView({ kind: 'receipt', submission: s })}
          />
        )}
        {view.kind === 'new' && (
          <SubmitForm
            onCancel={() => setView({ kind: 'list' })}
            onSent={(s) => setView({ kind: 'receipt', submission: s })}
          />
        )}
        {view.kind === 'receipt' && (
          <Receipt submission={view.submission} me={me} onBack={() => setView({ kind: 'list' })} />
        )}
      </Box>
    </Box>
  );
}
