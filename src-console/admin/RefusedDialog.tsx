// What the server could not store for one office and set aside, with the reason the office also
// shows on its sync screen.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { instantFa } from '../../src-renderer/format/fa';
import type { OfficeHealth, Refused } from '../types';
import { useLoad } from '../monitor/useLoad';
import { a } from './messages';

export function RefusedDialog({ office, onClose }: { office: OfficeHealth | null; onClose: () => void }) {
  const { data, error, loading } = useLoad<{ changes: Refused }>(
    office ? `/console/api/admin/offices/${encodeURIComponent(office.code)}/refused` : null,
  );
  return (
    <Dialog open={office !== null} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{office ? a.refused.title(office.name) : ''}</DialogTitle>
      <DialogContent>
        {loading && <LinearProgress />}
        {error && <Alert severity="error">{error}</Alert>}
        {data && data.changes.length === 0 && <Typography color="text.secondary">{a.refused.none}</Typography>}
        {data && data.changes.length > 0 && (
          <ReportTable
            rows={data.changes}
            rowKey={(c) => c.changeId}
            columns={[
              { label: a.refused.at, value: (c) => instantFa(c.at) },
              { label: a.refused.record, value: (c) => <span dir="ltr">{`${c.entity}/${c.recordId}`}</span> },
              { label: a.refused.reason, value: (c) => c.reason },
            ]}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{a.close}</Button>
      </DialogActions>
    </Dialog>
  );
}
