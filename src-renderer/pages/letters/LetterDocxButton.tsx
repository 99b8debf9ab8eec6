// «نسخهٔ Word» of an issued letter: the core writes an editable .docx into a chosen folder (the
// issued PDF stays the record). Beside the PDF download on the letter's page.
import { useState } from 'react';
import Button from '@mui/material/Button';
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import type { LetterDocxResult } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { letterDocxMessages as m } from '../../messages/letters';
import { FolderExportDialog } from '../../components/FolderExportDialog';

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
      <FolderExportDialog
        testId="letter-docx"
        texts={m}
        open={open}
        onClose={close}
        folder={folder}
        onFolder={setFolder}
        error={error}
        doneName={done?.fileName ?? null}
        actions={
          <>
            <Button onClick={close}>{m.close}</Button>
            <Button
              variant="contained"
              onClick={() => void start()}
              disabled={busy || !folder.trim()}
              data-testid="letter-docx-start"
            >
              {m.start}
            </Button>
          </>
        }
      />
    </>
  );
}
