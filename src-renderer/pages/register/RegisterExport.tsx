// «خروجی اکسل» of the register: the rows the register shows now (its filters and sort, every
// page), written by the core into a file in a chosen folder. The core streams it; this dialog
// shows how far it has come and can cancel it.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import type { ResolutionListInput } from '../../../shared/schemas/resolution';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { numFa } from '../../format/fa';
import { registerExportMessages as m } from '../../messages/register';
import { useExportJob } from './useExportJob';
import { FolderExportDialog } from '../../components/FolderExportDialog';

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
      <FolderExportDialog
        testId="register-export"
        texts={m}
        open={open}
        onClose={close}
        folder={folder}
        onFolder={setFolder}
        error={error}
        doneName={job?.state === 'done' ? job.fileName : null}
        actions={
          <>
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
          </>
        }
      >
        {job?.state === 'running' && (
          <Box data-testid="register-export-progress">
            <LinearProgress variant="determinate" value={percent} sx={{ mb: 1 }} />
            <Typography variant="body2">{m.progress(numFa(job.written), numFa(job.total))}</Typography>
          </Box>
        )}
        {(job?.state === 'failed' || job?.state === 'cancelled') && (
          <Alert severity={job.state === 'failed' ? 'error' : 'info'} data-testid="register-export-error">
            {job.message}
          </Alert>
        )}
      </FolderExportDialog>
    </>
  );
}
