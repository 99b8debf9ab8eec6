// The side navigation. In RTL the drawer's "start" is the right edge, where Persian readers look first.
import { useLocation } from 'react-router';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
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
import ContactPhoneOutlined from '@mui/icons-material/ContactPhoneOutlined';
import { contract } from '../../shared/api/contract';
import { allows } from '../../shared/api/access';
import { shellMessages as m } from '../messages/shell';
import { membersMessages as mm } from '../messages/members';
import { useAppInfo } from './AppInfoContext';
import { NavList, type NavItem } from './NavList';
import { AppLogo } from '../components/AppLogo';
import { toFa } from '../format/fa';

export const DRAWER_WIDTH = 248;

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
  {
    to: '/contacts',
    label: mm.navContacts,
    icon: <ContactPhoneOutlined />,
    testId: 'nav-contacts',
    access: contract['contacts.list'].access,
    isActive: (p) => p === '/contacts',
  },
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

/** `temporary`: below the desktop width the menu is a drawer over the page, opened from the app bar. */
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
