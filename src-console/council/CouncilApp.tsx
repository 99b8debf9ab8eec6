// The council portal (issue 14): the council secretary signs in (the console's sign-in form on the
// portal's own route), sees the council's submissions and where each stands, sends a new one, and
// prints its receipt; and reads the letters the secretariat sent it, answering an objection in time. The server keeps every call to the account's own council.
import { useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { api } from '../api';
import { SessionGate } from '../SessionGate';
import { cm } from './messages';
import type { CouncilMe, Submission } from './types';
import { SubmissionList } from './SubmissionList';
import { SubmitForm } from './SubmitForm';
import { Receipt } from './Receipt';
import { LetterList } from './LetterList';
import { LetterPage } from './LetterPage';

type View =
  | { kind: 'letters' }
  | { kind: 'letter'; id: string }
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'receipt'; submission: Submission };

export function CouncilApp() {
  return (
    <SessionGate<CouncilMe>
      path="/council/api/session"
      signedOutNotice={cm.signedOut}
      title={cm.title}
      subtitle={cm.subtitle}
    >
      {(me, signedOut) => <CouncilPortal me={me} onSignedOut={signedOut} />}
    </SessionGate>
  );
}

function CouncilPortal({ me, onSignedOut }: { me: CouncilMe; onSignedOut: () => void }) {
  const [view, setView] = useState<View>({ kind: 'list' });
  const onLetters = view.kind === 'letters' || view.kind === 'letter';
  const signOut = () => void api('DELETE', '/council/api/session').finally(onSignedOut);
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
      <Tabs
        value={onLetters ? 'letters' : 'list'}
        onChange={(_, v: 'letters' | 'list') => setView({ kind: v })}
        className="no-print"
        sx={{ bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab value="letters" label={cm.lettersTab} />
        <Tab value="list" label={cm.submissionsTab} />
      </Tabs>
      <Box sx={{ p: { xs: 1.5, md: 3 }, maxWidth: 1100, mx: 'auto' }}>
        {view.kind === 'letters' && <LetterList onOpen={(id) => setView({ kind: 'letter', id })} />}
        {view.kind === 'letter' && <LetterPage id={view.id} onBack={() => setView({ kind: 'letters' })} />}
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
