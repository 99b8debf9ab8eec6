// The signed-in user in the app bar: name and role, with «تغییر گذرواژه» and «خروج از سامانه».
import { useState } from 'react';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Logout from '@mui/icons-material/Logout';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { roleLabel } from '../../shared/lifecycle/roles';
import { shellMessages as m } from '../messages/shell';
import { useCurrentUser, useSession } from './AppInfoContext';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** The first letter of the first and last words: «زهرا دبیری» → «ز د». */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '؟';
  const first = words[0][0];
  return words.length > 1 ? `${first}\u200c${words[words.length - 1][0]}` : first;
}

export function UserMenu() {
  const user = useCurrentUser();
  const { signOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changing, setChanging] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const role = roleLabel(user.role, user.isChair);

  return (
    <>
      <ButtonBase
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={m.userMenu}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        data-testid="user-menu"
        sx={{
          borderRadius: 2,
          px: 1,
          py: 0.5,
          gap: 1.25,
          minHeight: { xs: 44, md: 0 },
          '&:hover': { bgcolor: 'rgba(255,255,255,0.1)' },
        }}
      >
        <Avatar sx={{ width: 34, height: 34, fontSize: 14, bgcolor: 'rgba(255,255,255,0.2)' }}>
          {initials(user.fullName)}
        </Avatar>
        {/* a phone's bar keeps room for the office's name: the avatar stands for the user there */}
        <Box sx={{ textAlign: 'start', minWidth: 0, display: { xs: 'none', sm: 'block' } }}>
          <Typography data-testid="user-name" sx={{ fontWeight: 600, fontSize: 14, lineHeight: 1.4 }} noWrap>
            {user.fullName}
          </Typography>
          <Typography data-testid="user-role" sx={{ fontSize: 12, opacity: 0.85, lineHeight: 1.3 }} noWrap>
            {role}
          </Typography>
        </Box>
        <ExpandMore fontSize="small" />
      </ButtonBase>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        transformOrigin={{ vertical: 'top', horizontal: 'left' }}
        slotProps={{ paper: { sx: { minWidth: 240, mt: 0.5 } } }}
      >
        <Box sx={{ px: 2, py: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>{user.fullName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {user.title || role}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" dir="ltr" sx={{ textAlign: 'right' }}>
            {user.username}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          data-testid="menu-change-password"
          onClick={() => {
            setAnchor(null);
            setChanging(true);
          }}
        >
          <ListItemIcon>
            <KeyOutlined fontSize="small" />
          </ListItemIcon>
          {m.changePassword}
        </MenuItem>
        <MenuItem
          data-testid="menu-sign-out"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            void signOut();
          }}
        >
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          {leaving ? m.signingOut : m.signOut}
        </MenuItem>
      </Menu>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </>
  );
}
