// Starting a direct thread: the people the user may write to (a member: the secretariat; the
// secretariat: everyone taking part). Full screen on a phone.
import { useNavigate } from 'react-router';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import useMediaQuery from '@mui/material/useMediaQuery';
import { roleLabel } from '../../../shared/lifecycle/roles';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useCall } from '../../api/useCall';
import { LoadError } from '../../components/LoadError';
import { conversationsMessages as m } from '../../messages/conversations';

export function NewDirectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 599.95px)');
  const navigate = useNavigate();
  const people = useCall('conversations.people', open ? {} : null);
  const { busy, error, run } = useAction<string>();

  const start = async (userId: string) => {
    const t = await run(userId, () => call('conversations.open', { kind: 'direct', userId }));
    if (!t) return;
    onClose();
    navigate(`/messages/${encodeURIComponent(t.conversation.id)}`);
  };

  return (
    <Dialog open={open} onClose={onClose} fullScreen={phone} fullWidth maxWidth="xs" data-testid="new-direct-dialog">
      <DialogTitle>{m.newDirectTitle}</DialogTitle>
      <DialogContent dividers sx={{ p: 0 }}>
        {error && <Alert severity="error">{error}</Alert>}
        <LoadError error={people.error} onRetry={people.reload} />
        {people.loading && !people.data && <Skeleton variant="rectangular" height={160} />}
        <List disablePadding aria-label={m.pickPerson}>
          {people.data?.map((p) => (
            <ListItemButton
              key={p.id}
              disabled={busy !== null}
              onClick={() => void start(p.id)}
              sx={{ minHeight: 56 }}
              data-testid={`person-${p.id}`}
            >
              <ListItemText primary={p.fullName} secondary={p.title || roleLabel(p.role)} />
            </ListItemButton>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} sx={{ minHeight: 44 }}>
          {m.cancel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
