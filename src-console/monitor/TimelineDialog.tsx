// One resolution: where it stands, what happened to it in order, and its letters.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { dateFa } from '../../src-renderer/format/fa';
import type { Timeline } from '../types';
import { t } from '../messages';
import { useLoad } from './useLoad';

export function TimelineDialog({
  officeId,
  resolutionId,
  onClose,
}: {
  officeId: string;
  resolutionId: string;
  onClose: () => void;
}) {
  const path = `/console/api/offices/${encodeURIComponent(officeId)}/resolutions/${encodeURIComponent(resolutionId)}`;
  const { data, error, loading } = useLoad<Timeline>(path);
  const r = data?.resolution;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{r ? r.title : t.timeline}</DialogTitle>
      <DialogContent data-testid="timeline">
        {loading && <LinearProgress />}
        {error && <Alert severity="error">{error}</Alert>}
        {r && (
          <>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {`شمارهٔ وارده ${r.incomingNumber} — وضعیت: ${r.statusLabel}`}
              {r.dueDate ? ` — ${r.dueLabel}: ${dateFa(r.dueDate)}` : ''}
            </Typography>
            <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
              {t.timeline}
            </Typography>
            <List dense>
              {data.events.map((e, i) => (
                <ListItem key={i} data-testid="timeline-event">
                  <ListItemText primary={`${dateFa(e.date)} — ${e.label}`} secondary={e.detail || undefined} />
                </ListItem>
              ))}
            </List>
            {data.letters.length > 0 && (
              <>
                <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                  {t.letters}
                </Typography>
                <List dense>
                  {data.letters.map((l) => (
                    <ListItem key={l.id}>
                      <ListItemText
                        primary={`${l.number} — ${dateFa(l.date)} — ${l.subject}`}
                        secondary={l.body.join(' ')}
                      />
                    </ListItem>
                  ))}
                </List>
              </>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>بستن</Button>
      </DialogActions>
    </Dialog>
  );
}
