// «خروجی اکسل» of the register: the rows the register shows now (its filters and sort, every
// page), written by the core into a file in a chosen folder. The core streams it; this dialog
// shows how far it has come and can cancel it.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import type { ResolutionListInput } from '../../../shared/schemas/resolution';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { numFa } from '../../format/fa';
import { registerExportMessages as m } from '../../messages/register';
import { FolderField } from '../backup/FolderField';
import { useExportJob } from './useExportJob';

export function RegisterExport({ view }: { view: Pick<ResolutionListInput, 'filter' | 'sort'> }) {
  const [open, setOpen] = useState(false);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const { job, watch, cancel, reset } = useExportJob();
  const running = starting || job?.state === 'running';

  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      watch(await call('reports.exportRegister', { ...view, folder: folder.trim() }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setStarting(false);
    }
  };
  const close = () => {
    if (running) return;
    setOpen(false);
    setError(null);
    reset();
  };
  const percent = job && job.total > 0 ? (100 * job.written) / job.total : 0;

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        onClick={() => setOpen(true)}
        data-testid="register-export-button"
      >
        {m.button}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" data-testid="register-export-dialog">
        <DialogTitle>{m.title}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {m.intro}
          </Typography>
          <Box sx={{ display: 'flex', mb: 2 }}>
            <FolderField label={m.folder} value={folder} onChange={setFolder} testId="register-export-folder" />
          </Box>
          {error && (
            <Alert severity="error" data-testid="register-export-error">
              {error}
            </Alert>
          )}
          {job?.state === 'running' && (
            <Box data-testid="register-export-progress">
              <LinearProgress variant="determinate" value={percent} sx={{ mb: 1 }} />
              <Typography variant="body2">{m.progress(numFa(job.written), numFa(job.total))}</Typography>
            </Box>
          )}
          {job?.state === 'done' && (
            <Alert severity="success" data-testid="register-export-done">
              {m.done} <bdi>{job.fileName}</bdi>
              <br />
              {m.inFolder} <bdi dir="ltr">{folder.trim()}</bdi>
            </Alert>
          )}
          {(job?.state === 'failed' || job?.state === 'cancelled') && (
            <Alert severity={job.state === 'failed' ? 'error' : 'info'} data-testid="register-export-error">
              {job.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          {job?.state === 'running' ? (
            <Button color="warning" onClick={() => void cancel()} data-testid="register-export-cancel">
              {m.cancel}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{m.close}</Button>
              <Button
                variant="contained"
                onClick={() => void start()}
                disabled={running || !folder.trim()}
                data-testid="register-export-start"
              >
                {m.start}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
