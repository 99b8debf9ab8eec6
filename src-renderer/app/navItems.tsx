// The side navigation's entries: each shown to the roles whose method the core would accept.
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import LanOutlined from '@mui/icons-material/LanOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import HistoryEduOutlined from '@mui/icons-material/HistoryEduOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { complaintsMessages } from '../messages/complaints';
import { contract, type Method } from '../../shared/api/contract';
import { shellMessages as m } from '../messages/shell';
import { membersMessages as mm } from '../messages/members';
import { PANEL_NAV } from './panelNav';
import type { NavItem } from './NavList';

/** An entry for the page at `to`, seen by whoever may call `method`; active on `to` and below unless told. */
function item(
  to: string,
  label: string,
  icon: React.ReactNode,
  testId: string,
  method: Method,
  isActive: (path: string) => boolean = (p) => p.startsWith(to),
  extra: Partial<NavItem> = {},
): NavItem {
  return { to, label, icon, testId, access: contract[method].access, isActive, ...extra };
}

export const WORK: NavItem[] = [
  item('/me', mm.navWorkspace, <AssignmentIndOutlined />, 'nav-workspace', 'workspace.get', (p) => p === '/me'),
  item('/desk', m.navDesk, <DashboardOutlined />, 'nav-desk', 'desk.get', (p) => p === '/' || p === '/desk'),
  item(
    '/register',
    m.navRegister,
    <MenuBookOutlined />,
    'nav-register',
    'resolutions.list',
    (p) => p.startsWith('/register') || (p.startsWith('/resolutions/') && p !== '/resolutions/new'),
  ),
  item(
    '/resolutions/new',
    m.navNewResolution,
    <PostAddOutlined />,
    'nav-new-resolution',
    'resolutions.register',
    (p) => p === '/resolutions/new',
  ),
  item('/sessions', m.navSessions, <EventNoteOutlined />, 'nav-sessions', 'sessions.list'),
  ...PANEL_NAV,
  item(
    '/letters',
    m.navLetters,
    <MarkEmailReadOutlined />,
    'nav-letters',
    'letters.list',
    (p) => p === '/letters' || (p.startsWith('/letters/') && !p.startsWith('/letters/settings')),
  ),
  item('/complaints', complaintsMessages.nav, <ReportProblemOutlined />, 'nav-complaints', 'complaints.list'),
  item('/reports', m.navReports, <InsightsOutlined />, 'nav-reports', 'reports.get', undefined, {
    chairOnlyAmongMembers: true,
  }),
  item('/sync', m.navSync, <SyncOutlined />, 'nav-sync', 'sync.status'),
];

export const SETTINGS: NavItem[] = [
  item('/councils', m.navCouncils, <GroupsOutlined />, 'nav-councils', 'councils.create'),
  item('/references', m.navReferences, <GavelOutlined />, 'nav-references', 'references.list'),
];

export const ADMIN: NavItem[] = [
  item('/backup', m.navBackup, <BackupOutlined />, 'nav-backup', 'backup.list'),
  item('/users', m.navUsers, <ManageAccountsOutlined />, 'nav-users', 'users.create'),
  item('/network', m.navNetwork, <LanOutlined />, 'nav-network', 'lan.status'),
  item(
    '/letters/settings',
    m.navLetterSettings,
    <HistoryEduOutlined />,
    'nav-letter-settings',
    'letters.updateTemplate',
  ),
];
