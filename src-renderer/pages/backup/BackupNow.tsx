// «پشتیبان‌گیری اکنون»: to a chosen folder (a USB disk), or beside the automatic backups.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { backupMessages as m } from '../../messages/backup';
import { FolderField } from './FolderField';

export function BackupNow({ onTaken }: { onTaken: () => void }) {
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; path?: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const b = await call('backup.now', folder.trim() ? { folder: folder.trim() } : {});
      setResult({ ok: true, text: m.taken, path: b.folder });
      onTaken();
    } catch (err) {
      setResult({ ok: false, text: errorText(err) });
    }
    setBusy(false);
  };
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" data-testid="backup-now">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {m.nowTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2, lineHeight: 1.9 }}>
        {m.nowIntro}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <FolderField label={m.folder} value={folder} onChange={setFolder} testId="backup-folder" />
        <Button
          variant="contained"
          onClick={() => void run()}
          disabled={busy}
          data-testid="backup-run"
          startIcon={busy ? <CircularProgress size={18} color="inherit" /> : <BackupOutlined />}
          sx={{ height: 40 }}
        >
          {busy ? m.running : m.now}
        </Button>
      </Box>
      {result && (
        <Alert severity={result.ok ? 'success' : 'error'} sx={{ mt: 2 }} data-testid="backup-result">
          {result.text}
          {result.path && <bdi dir="ltr">{result.path}</bdi>}
        </Alert>
      )}
    </Paper>
  );
}
