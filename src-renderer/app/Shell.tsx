// The frame around every screen: the top bar with the app and office names and the signed-in
// user, the side menu, the page. From the desktop width (900 px) the menu stays beside the page;
// below it (tablets, phones) a button in the bar opens it over the page, which gets the whole width.
import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { AppLogo } from '../components/AppLogo';
import { useWideScreen } from '../components/useScreen';
import { shellMessages as m } from '../messages/shell';
import { NavDrawer } from './NavDrawer';
import { useAppInfo } from './AppInfoContext';
import { UserMenu } from './UserMenu';

export function Shell() {
  const { office } = useAppInfo();
  const wide = useWideScreen();
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // a link on the page (not only in the menu) moves on too: the drawer must not stay over it
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
      {/* the permanent menu sits under the bar; the temporary one covers it, with its own logo */}
      <AppBar position="fixed" sx={wide ? { zIndex: (t) => t.zIndex.drawer + 1 } : undefined} elevation={0}>
        <Toolbar sx={wide ? { gap: 2 } : { gap: 1, px: 1 }}>
          {!wide && (
            <IconButton
              color="inherit"
              aria-label={m.openMenu}
              aria-expanded={menuOpen}
              data-testid="nav-menu-button"
              onClick={() => setMenuOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <AppLogo size={wide ? 36 : 30} withName={wide} inverted />
          {wide && <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.3)', my: 1.5 }} />}
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>
            <Typography data-testid="office-name" sx={{ fontWeight: 600, lineHeight: 1.3 }} noWrap>
              {office.name}
            </Typography>
            {wide && (
              <Typography variant="caption" sx={{ opacity: 0.85 }} noWrap component="p">
                {office.ministry} — {office.organisation}
              </Typography>
            )}
          </Box>
          <UserMenu />
        </Toolbar>
      </AppBar>
      <NavDrawer temporary={wide ? undefined : { open: menuOpen, onClose: () => setMenuOpen(false) }} />
      <Box
        component="main"
        sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      >
        <Toolbar />
        <Box
          data-testid="page-scroller"
          sx={{
            p: { xs: 1.5, sm: 3 },
            flexGrow: 1,
            display: 'flex',
            flexDirection: 'column',
            minHeight: 0,
            overflowY: 'auto',
          }}
        >
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
