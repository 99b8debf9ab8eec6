// The side navigation. In RTL the drawer's "start" is the right edge, where Persian readers look first.
import { Link, useLocation } from 'react-router';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { allows } from '../../shared/api/access';
import { shellMessages as m } from '../messages/shell';
import { useAppInfo } from './AppInfoContext';
import { toFa } from '../format/fa';
import { ADMIN, SETTINGS, WORK, type NavItem } from './navItems';

export const DRAWER_WIDTH = 248;

function NavList({ title, items, path }: { title: string; items: NavItem[]; path: string }) {
  if (items.length === 0) return null;
  return (
    <List
      dense
      subheader={
        <ListSubheader disableSticky sx={{ bgcolor: 'transparent', fontWeight: 700, lineHeight: '32px', mt: 1 }}>
          {title}
        </ListSubheader>
      }
      sx={{ px: 1.5 }}
    >
      {items.map((item) => {
        const active = item.isActive(path);
        return (
          <ListItemButton
            key={item.to}
            component={Link}
            to={item.to}
            selected={active}
            aria-current={active ? 'page' : undefined}
            data-testid={item.testId}
            sx={{
              borderRadius: 2,
              mb: 0.5,
              py: 1,
              '&.Mui-selected': {
                bgcolor: 'primary.main',
                color: 'primary.contrastText',
                '& svg': { color: 'inherit' },
              },
              '&.Mui-selected:hover': { bgcolor: 'primary.dark' },
            }}
          >
            <ListItemIcon sx={{ minWidth: 40 }}>{item.icon}</ListItemIcon>
            <ListItemText primary={item.label} slotProps={{ primary: { sx: { fontWeight: 600, fontSize: 15 } } }} />
          </ListItemButton>
        );
      })}
    </List>
  );
}

export function NavDrawer() {
  const { pathname } = useLocation();
  const info = useAppInfo();
  const mine = (items: NavItem[]) =>
    items.filter(
      (item) =>
        allows(item.access, info.user.role) &&
        !(item.chairOnlyAmongMembers && info.user.role === 'member' && !info.user.isChair),
    );
  return (
    <Drawer
      variant="permanent"
      data-testid="nav-drawer"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box', bgcolor: '#fbfcfd' },
      }}
    >
      <Toolbar />
      <Box component="nav" sx={{ flexGrow: 1, overflowY: 'auto' }}>
        <NavList title={m.navSectionWork} items={mine(WORK)} path={pathname} />
        <NavList title={m.navSectionSettings} items={mine(SETTINGS)} path={pathname} />
        <NavList title={m.navSectionAdmin} items={mine(ADMIN)} path={pathname} />
      </Box>
      <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
        <Typography variant="caption" color="text.secondary" component="p">
          {info.mode === 'desktop' ? m.modeDesktop : m.modeBrowser} · {m.version(toFa(info.version))}
        </Typography>
      </Box>
    </Drawer>
  );
}
