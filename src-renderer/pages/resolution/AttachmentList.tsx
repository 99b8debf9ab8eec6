// A resolution's attachments: open one (attachments.read → a blob in a new tab) or save it.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import type { Attachment } from '../../../shared/schemas/attachment';
import { call, isDesktop } from '../../api/client';
import { errorText } from '../../api/errorText';
import { blobFromBase64, downloadBlob, openBlob } from '../../api/files';
import { sizeFa } from '../../format/fa';
import { resolutionMessages as m } from '../../messages/resolution';
import { TipButton } from '../../components/TipButton';

export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fetchBlob = async (a: Attachment) => {
    const content = await call('attachments.read', { sha256: a.sha256 });
    return blobFromBase64(content.dataBase64, content.mimeType || a.mimeType);
  };

  const act = async (a: Attachment, how: 'open' | 'download') => {
    setBusy(a.id);
    setError(null);
    try {
      const blob = await fetchBlob(a);
      // the desktop shell opens no new windows: there, "open" saves the file
      if (how === 'download' || isDesktop() || !openBlob(blob)) downloadBlob(blob, a.name);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  if (attachments.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="attachments-empty">
        {m.noAttachments}
      </Typography>
    );
  }
  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <List dense disablePadding data-testid="attachment-list">
        {attachments.map((a) => (
          <ListItem
            key={a.id}
            disablePadding
            secondaryAction={
              <TipButton title={m.download} edge="end" onClick={() => void act(a, 'download')} disabled={busy !== null}>
                <FileDownloadOutlined />
              </TipButton>
            }
          >
            <ListItemButton
              onClick={() => void act(a, 'open')}
              disabled={busy !== null}
              data-testid="attachment-item"
              sx={{ borderRadius: 1.5 }}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>
                {busy === a.id ? <CircularProgress size={22} /> : <PictureAsPdf color="error" />}
              </ListItemIcon>
              <ListItemText primary={a.name} secondary={sizeFa(a.size)} slotProps={{ primary: { noWrap: true } }} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}
