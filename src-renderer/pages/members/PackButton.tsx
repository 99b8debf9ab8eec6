// Downloads a session's pack (one PDF: agenda, texts, opinions, the council's attachments). The
// core makes it once and serves it from its cache after that.
import { useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { blobFromBase64, downloadBlob } from '../../api/files';
import { useNotify } from '../../app/Notifier';
import { membersMessages as m } from '../../messages/members';

export function PackButton({ sessionId, variant = 'outlined' }: { sessionId: string; variant?: 'outlined' | 'text' }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const pack = await call('sessions.pack', { id: sessionId });
      downloadBlob(blobFromBase64(pack.dataBase64, 'application/pdf'), pack.fileName);
    } catch (e) {
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant={variant}
      startIcon={busy ? <CircularProgress size={16} /> : <PictureAsPdfOutlined />}
      disabled={busy}
      onClick={() => void download()}
      sx={{ minHeight: { xs: 44, md: 'auto' }, alignSelf: 'flex-start' }}
      data-testid={`pack-${sessionId}`}
    >
      {busy ? m.packMaking : m.pack}
    </Button>
  );
}
