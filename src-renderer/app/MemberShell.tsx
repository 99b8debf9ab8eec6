// The frame of the member's workspace: the same top bar as the Shell, but the side menu only from
// 900 px up, so on a phone the page has the whole width (issue 15: members on phones and tablets).
import { Outlet } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { AppLogo } from '../components/AppLogo';
import { NavDrawer } from './NavDrawer';
import { useAppInfo } from './AppInfoContext';
import { UserMenu } from './UserMenu';

export function MemberShell() {
  const { office } = useAppInfo();
  const wide = useMediaQuery('(min-width: 900px)');
  return (
    <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }} elevation={0}>
        <Toolbar sx={{ gap: 1.5, px: { xs: 1.5, sm: 2 } }}>
          <AppLogo size={32} inverted />
          <Typography data-testid="office-name" sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0 }} noWrap>
            {office.name}
          </Typography>
          <UserMenu />
        </Toolbar>
      </AppBar>
      {wide && <NavDrawer />}
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar />
        <Box sx={{ p: { xs: 1.5, sm: 3 }, flexGrow: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' }}>
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
