// The menu's entries for the panel's own exchanges: contacts and messages (issue 15 items 5, 6).
// Messages carry the unread count as a badge on the icon.
import Badge from '@mui/material/Badge';
import ContactPhoneOutlined from '@mui/icons-material/ContactPhoneOutlined';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import { contract } from '../../shared/api/contract';
import { toFa } from '../format/fa';
import { conversationsMessages as cm } from '../messages/conversations';
import { membersMessages as mm } from '../messages/members';
import type { NavItem } from './NavList';
import { useUnread } from './UnreadContext';

/** The messages icon with the unread count (Persian digits); nothing when all is read. */
export function MessagesBadgeIcon({ testId = 'nav-messages-unread' }: { testId?: string }) {
  const { unread } = useUnread();
  // no Badge at all when all is read: MUI keeps an invisible badge's last content in the page
  if (!unread) return <ForumOutlined />;
  return (
    <Badge color="error" badgeContent={<span data-testid={testId}>{toFa(unread > 99 ? '99+' : unread)}</span>}>
      <ForumOutlined />
    </Badge>
  );
}

export const PANEL_NAV: NavItem[] = [
  {
    to: '/contacts',
    label: mm.navContacts,
    icon: <ContactPhoneOutlined />,
    testId: 'nav-contacts',
    access: contract['contacts.list'].access,
    isActive: (p) => p === '/contacts',
  },
  {
    to: '/messages',
    label: cm.nav,
    icon: <MessagesBadgeIcon />,
    testId: 'nav-messages',
    access: contract['conversations.list'].access,
    isActive: (p) => p.startsWith('/messages'),
  },
];
