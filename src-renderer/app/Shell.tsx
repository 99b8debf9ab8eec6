// The frame around every screen: the top bar with the app and office names and the signed-in
// user, the drawer, the page.
import { Outlet } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { AppLogo } from '../components/AppLogo';
import { NavDrawer } from './NavDrawer';
import { useAppInfo } from './AppInfoContext';
import { UserMenu } from './UserMenu';

export function Shell() {
  const { office } = useAppInfo();
  return (
    <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }} elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <AppLogo size={36} inverted />
          <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.3)', my: 1.5 }} />
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>
            <Typography data-testid="office-name" sx={{ fontWeight: 600, lineHeight: 1.3 }} noWrap>
              {office.name}
            </Typography>
            <Typography variant="caption" sx={{ opacity: 0.85 }} noWrap component="p">
              {office.ministry} — {office.organisation}
            </Typography>
          </Box>
          <UserMenu />
        </Toolbar>
      </AppBar>
      <NavDrawer />
      <Box
        component="main"
        sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      >
        <Toolbar />
        <Box sx={{ p: 3, flexGrow: 1, display: 'flex', flexDirection: 'column', minHeight: 0, overflowY: 'auto' }}>
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
