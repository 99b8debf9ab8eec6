// «نسخهٔ Word» of an issued letter: the core writes an editable .docx into a chosen folder (the
// issued PDF stays the record). Beside the PDF download on the letter's page.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import type { LetterDocxResult } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { letterDocxMessages as m } from '../../messages/letters';
import { FolderField } from '../backup/FolderField';

export function LetterDocxButton({ letterId }: { letterId: string }) {
  const [open, setOpen] = useState(false);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<LetterDocxResult | null>(null);

  const start = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      setDone(await call('letters.exportDocx', { id: letterId, folder: folder.trim() }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    if (busy) return;
    setOpen(false);
    setError(null);
    setDone(null);
  };

  return (
    <>
      <Button startIcon={<ArticleOutlined />} onClick={() => setOpen(true)} data-testid="letter-docx">
        {m.button}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" data-testid="letter-docx-dialog">
        <DialogTitle>{m.title}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {m.intro}
          </Typography>
          <Box sx={{ display: 'flex', mb: 2 }}>
            <FolderField label={m.folder} value={folder} onChange={setFolder} testId="letter-docx-folder" />
          </Box>
          {error && (
            <Alert severity="error" data-testid="letter-docx-error">
              {error}
            </Alert>
          )}
          {done && (
            <Alert severity="success" data-testid="letter-docx-done">
              {m.done} <bdi>{done.fileName}</bdi>
              <br />
              {m.inFolder} <bdi dir="ltr">{folder.trim()}</bdi>
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{m.close}</Button>
          <Button
            variant="contained"
            onClick={() => void start()}
            disabled={busy || !folder.trim()}
            data-testid="letter-docx-start"
          >
            {m.start}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
