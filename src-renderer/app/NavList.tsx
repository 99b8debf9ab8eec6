// One section of the side navigation: its title and its items, the current page's item filled.
import { Link } from 'react-router';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import type { Access } from '../../shared/api/access';

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

export function NavList({
  title,
  items,
  path,
  onNavigate,
}: {
  title: string;
  items: NavItem[];
  path: string;
  /** after a pick (the temporary drawer of a narrow window closes) */
  onNavigate?: () => void;
}) {
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
            onClick={onNavigate}
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
