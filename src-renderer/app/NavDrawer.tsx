// The side navigation. In RTL the drawer's "start" is the right edge, where Persian readers look first.
// Permanent from 900 px up; below, a temporary drawer the app bar's menu button opens.
import { useLocation } from 'react-router';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { allows } from '../../shared/api/access';
import { shellMessages as m } from '../messages/shell';
import { useAppInfo } from './AppInfoContext';
import { NavList, type NavItem } from './NavList';
import { AppLogo } from '../components/AppLogo';
import { toFa } from '../format/fa';
import { ADMIN, SETTINGS, WORK } from './navItems';

export const DRAWER_WIDTH = 248;

export function NavDrawer({ temporary }: { temporary?: { open: boolean; onClose: () => void } }) {
  const { pathname } = useLocation();
  const info = useAppInfo();
  const mine = (items: NavItem[]) =>
    items.filter(
      (item) =>
        allows(item.access, info.user.role) &&
        !(item.chairOnlyAmongMembers && info.user.role === 'member' && !info.user.isChair),
    );
  const close = temporary?.onClose;
  return (
    <Drawer
      variant={temporary ? 'temporary' : 'permanent'}
      open={temporary ? temporary.open : undefined}
      onClose={close}
      data-testid="nav-drawer"
      sx={{
        width: temporary ? undefined : DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#fbfcfd' },
      }}
    >
      {temporary ? (
        <Toolbar sx={{ gap: 1.5, color: 'primary.main' }}>
          <AppLogo size={32} />
        </Toolbar>
      ) : (
        <Toolbar />
      )}
      <Box component="nav" sx={{ flexGrow: 1, overflowY: 'auto' }}>
        <NavList title={m.navSectionWork} items={mine(WORK)} path={pathname} onNavigate={close} />
        <NavList title={m.navSectionSettings} items={mine(SETTINGS)} path={pathname} onNavigate={close} />
        <NavList title={m.navSectionAdmin} items={mine(ADMIN)} path={pathname} onNavigate={close} />
      </Box>
      <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
        <Typography variant="caption" color="text.secondary" component="p">
          {info.mode === 'desktop' ? m.modeDesktop : m.modeBrowser} · {m.version(toFa(info.version))}
        </Typography>
      </Box>
    </Drawer>
  );
}
