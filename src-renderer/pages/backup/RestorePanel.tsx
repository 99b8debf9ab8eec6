// «بازگردانی از پشتیبان»: check a backup folder, show what it holds, and restore it only after
// the admin confirms what the check showed (the manifest id goes with the confirmation).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { BackupCheck } from '../../../shared/schemas/backup';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCan } from '../../app/AppInfoContext';
import { backupMessages as m } from '../../messages/backup';
import { CheckResult } from './CheckResult';
import { FolderField } from './FolderField';

export function RestorePanel(props: {
  folder: string;
  onFolder: (f: string) => void;
  check: BackupCheck | null;
  onCheck: (c: BackupCheck | null) => void;
}) {
  const can = useCan();
  const [busy, setBusy] = useState<'check' | 'restore' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { check, onCheck } = props;

  const runCheck = async () => {
    setBusy('check');
    setError(null);
    onCheck(null);
    try {
      onCheck(await call('backup.check', { folder: props.folder.trim() }));
    } catch (err) {
      setError(errorText(err));
    }
    setBusy(null);
  };
  const restore = async () => {
    if (!check) return;
    setConfirming(false);
    setBusy('restore');
    try {
      const r = await call('backup.restore', { folder: check.folder, confirmId: check.manifest.id });
      setDone(r.keptFolder);
    } catch (err) {
      setError(errorText(err));
    }
    setBusy(null);
  };

  return (
    <Paper variant="outlined" sx={{ p: 2.5, mt: 2.5 }} component="section" data-testid="backup-restore">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {m.restoreTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2, lineHeight: 1.9 }}>
        {m.restoreIntro}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <FolderField label={m.backupFolder} value={props.folder} onChange={props.onFolder} testId="restore-folder" />
        <Button
          variant="outlined"
          onClick={() => void runCheck()}
          disabled={busy !== null || !props.folder.trim()}
          data-testid="restore-check"
          sx={{ height: 40 }}
          startIcon={busy === 'check' ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {busy === 'check' ? m.checking : m.checkRun}
        </Button>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="restore-error">
          {error}
        </Alert>
      )}
      {check && <CheckResult check={check} />}
      {check?.restorable &&
        !done &&
        (can('backup.restore') ? (
          <Button
            variant="contained"
            color="warning"
            sx={{ mt: 2 }}
            onClick={() => setConfirming(true)}
            disabled={busy !== null}
            data-testid="restore-run"
            startIcon={busy === 'restore' ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {busy === 'restore' ? m.restoring : m.restore}
          </Button>
        ) : (
          <Alert severity="info" sx={{ mt: 2 }}>
            {m.adminOnly}
          </Alert>
        ))}
      {done && (
        <Alert
          severity="success"
          sx={{ mt: 2 }}
          data-testid="restore-done"
          action={
            <Button color="inherit" onClick={() => window.location.reload()}>
              {m.signInAgain}
            </Button>
          }
        >
          {m.restored}
          <bdi dir="ltr">{done}</bdi>
        </Alert>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{m.confirmTitle}</DialogTitle>
        <DialogContent>
          <Typography sx={{ lineHeight: 2 }}>{m.confirmBody}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{m.cancel}</Button>
          <Button color="warning" variant="contained" onClick={() => void restore()} data-testid="restore-confirm">
            {m.confirm}
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
