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
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import HistoryEduOutlined from '@mui/icons-material/HistoryEduOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import { contract } from '../../shared/api/contract';
import { allows, type Access } from '../../shared/api/access';
import { shellMessages as m } from '../messages/shell';
import { membersMessages as mm } from '../messages/members';
import { useAppInfo } from './AppInfoContext';
import { toFa } from '../format/fa';
import { PANEL_NAV } from './panelNav';

export const DRAWER_WIDTH = 248;

export interface NavItem {
  to: string;
  label: string;
  icon: React.ReactNode;
  testId: string;
  /** who sees the item: the access of the method its page is for, as the core enforces it */
  access: Access;
  /** the contract cannot tell the chair from other members: this item is for the chair alone */
  chairOnlyAmongMembers?: boolean;
  isActive: (path: string) => boolean;
}

const WORK: NavItem[] = [
  {
    to: '/me',
    label: mm.navWorkspace,
    icon: <AssignmentIndOutlined />,
    testId: 'nav-workspace',
    access: contract['workspace.get'].access,
    isActive: (p) => p === '/me',
  },
  {
    to: '/desk',
    label: m.navDesk,
    icon: <DashboardOutlined />,
    testId: 'nav-desk',
    access: contract['desk.get'].access,
    isActive: (p) => p === '/' || p === '/desk',
  },
  {
    to: '/register',
    label: m.navRegister,
    icon: <MenuBookOutlined />,
    testId: 'nav-register',
    access: contract['resolutions.list'].access,
    isActive: (p) => p.startsWith('/register') || (p.startsWith('/resolutions/') && p !== '/resolutions/new'),
  },
  {
    to: '/resolutions/new',
    label: m.navNewResolution,
    icon: <PostAddOutlined />,
    testId: 'nav-new-resolution',
    access: contract['resolutions.register'].access,
    isActive: (p) => p === '/resolutions/new',
  },
  {
    to: '/sessions',
    label: m.navSessions,
    icon: <EventNoteOutlined />,
    testId: 'nav-sessions',
    access: contract['sessions.list'].access,
    isActive: (p) => p.startsWith('/sessions'),
  },
  ...PANEL_NAV,
  {
    to: '/letters',
    label: m.navLetters,
    icon: <MarkEmailReadOutlined />,
    testId: 'nav-letters',
    access: contract['letters.list'].access,
    isActive: (p) => p === '/letters' || (p.startsWith('/letters/') && !p.startsWith('/letters/settings')),
  },
  {
    to: '/reports',
    label: m.navReports,
    icon: <InsightsOutlined />,
    testId: 'nav-reports',
    access: contract['reports.get'].access,
    chairOnlyAmongMembers: true,
    isActive: (p) => p.startsWith('/reports'),
  },
  {
    to: '/sync',
    label: m.navSync,
    icon: <SyncOutlined />,
    testId: 'nav-sync',
    access: contract['sync.status'].access,
    isActive: (p) => p.startsWith('/sync'),
  },
];

const SETTINGS: NavItem[] = [
  {
    to: '/councils',
    label: m.navCouncils,
    icon: <GroupsOutlined />,
    testId: 'nav-councils',
    access: contract['councils.create'].access,
    isActive: (p) => p.startsWith('/councils'),
  },
  {
    to: '/references',
    label: m.navReferences,
    icon: <GavelOutlined />,
    testId: 'nav-references',
    access: contract['references.list'].access,
    isActive: (p) => p.startsWith('/references'),
  },
];

const ADMIN: NavItem[] = [
  {
    to: '/backup',
    label: m.navBackup,
    icon: <BackupOutlined />,
    testId: 'nav-backup',
    access: contract['backup.list'].access,
    isActive: (p) => p.startsWith('/backup'),
  },
  {
    to: '/users',
    label: m.navUsers,
    icon: <ManageAccountsOutlined />,
    testId: 'nav-users',
    access: contract['users.create'].access,
    isActive: (p) => p.startsWith('/users'),
  },
  {
    to: '/letters/settings',
    label: m.navLetterSettings,
    icon: <HistoryEduOutlined />,
    testId: 'nav-letter-settings',
    access: contract['letters.updateTemplate'].access,
    isActive: (p) => p.startsWith('/letters/settings'),
  },
];

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
