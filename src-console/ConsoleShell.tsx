// The signed-in console: a bar with the account and its scope, tabs for monitoring, what is
// overdue now and (admins) administration, and the period every view reads.
import { useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { api } from './api';
import type { Me, View } from './types';
import { t } from './messages';
import { UnitDashboard } from './monitor/UnitDashboard';
import { OverduePanel } from './monitor/OverduePanel';
import { OfficeRegister } from './monitor/OfficeRegister';
import { AdminPanel } from './admin/AdminPanel';
import { currentJalaliYear } from './monitor/PeriodControls';

type Tab = 'monitor' | 'overdue' | 'admin';

export function ConsoleShell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const a = me.account;
  const [tab, setTab] = useState<Tab>('monitor');
  // ?year=1404 opens another year (a link an official can share)
  const [view, setView] = useState<View>(() => ({
    year: Number(new URLSearchParams(window.location.search).get('year')) || currentJalaliYear(),
    staleDays: 7,
  }));
  const [office, setOffice] = useState<string | null>(null);
  const where =
    a.scope === 'ministry' ? t.scope.ministry : `${t.scope[a.scope]} ${a.countyName ?? a.provinceName ?? ''}`;

  const signOut = async () => {
    await api('DELETE', '/console/api/session').catch(() => undefined);
    onSignedOut();
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.50' }}>
      <AppBar position="static" elevation={1}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" sx={{ fontWeight: 700, flexGrow: 1 }}>
            {t.appTitle}
          </Typography>
          <Typography data-testid="account">
            {a.fullName} — {t.role[a.role]}، {where}
          </Typography>
          <Button color="inherit" onClick={signOut}>
            {t.signOut}
          </Button>
        </Toolbar>
      </AppBar>
      <Tabs value={tab} onChange={(_e, v: Tab) => setTab(v)} sx={{ px: 2, bgcolor: 'background.paper' }}>
        <Tab value="monitor" label={t.tabs.monitor} />
        <Tab value="overdue" label={t.tabs.overdue} />
        {a.role === 'admin' && <Tab value="admin" label={t.tabs.admin} />}
      </Tabs>
      <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }}>
        {tab === 'monitor' && !office && <UnitDashboard view={view} onView={setView} onOffice={setOffice} />}
        {tab === 'monitor' && office && <OfficeRegister officeId={office} view={view} onBack={() => setOffice(null)} />}
        {tab === 'overdue' && <OverduePanel view={view} />}
        {tab === 'admin' && <AdminPanel me={me} />}
      </Box>
    </Box>
  );
}
