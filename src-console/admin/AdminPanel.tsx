// Administration (admins only; the server checks the role and the scope on every call): offices and
// their sync health, accounts, publishing reference data, and the audit of what admins did.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { Me } from '../types';
import { AccountsPanel } from './AccountsPanel';
import { AuditPanel } from './AuditPanel';
import { CouncilAccountsPanel } from './CouncilAccountsPanel';
import { a } from './messages';
import { OfficesPanel } from './OfficesPanel';
import { PublishPanel } from './PublishPanel';

type Part = keyof typeof a.tabs;

export function AdminPanel({ me }: { me: Me }) {
  const [part, setPart] = useState<Part>('offices');
  return (
    <Box>
      <Tabs value={part} onChange={(_e, v: Part) => setPart(v)} sx={{ mb: 2 }}>
        {(Object.keys(a.tabs) as Part[])
          .filter((p) => p !== 'publish' || me.account.scope !== 'county')
          .map((p) => (
            <Tab key={p} value={p} label={a.tabs[p]} />
          ))}
      </Tabs>
      {part === 'offices' && <OfficesPanel me={me} />}
      {part === 'accounts' && <AccountsPanel me={me} />}
      {part === 'councils' && <CouncilAccountsPanel />}
      {part === 'publish' && <PublishPanel me={me} />}
      {part === 'audit' && <AuditPanel />}
    </Box>
  );
}
