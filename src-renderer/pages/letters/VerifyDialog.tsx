// Checking a letter against the register: a PDF file, or the text its QR code carries (read with
// a phone and pasted). The core says whether it matches and names each thing that differs.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import HighlightOff from '@mui/icons-material/HighlightOff';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import type { VerifyResult } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { readFileAsBase64 } from '../../api/files';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';

const SEVERITY = { match: 'success', mismatch: 'error', unknown: 'warning' } as const;
const VERDICT = { match: m.verdictMatch, mismatch: m.verdictMismatch, unknown: m.verdictUnknown } as const;

export function VerifyDialog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [qrText, setQrText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (input: { pdfBase64: string } | { qrText: string }) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('letters.verify', input));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" data-testid="verify-dialog">
      <DialogTitle>{m.verifyTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {m.verifyHint}
          </Typography>
          <Button component="label" variant="outlined" startIcon={<UploadFileOutlined />} disabled={busy}>
            {m.verifyPdf}
            <input
              hidden
              type="file"
              accept="application/pdf,.pdf"
              data-testid="verify-file"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) await run({ pdfBase64: await readFileAsBase64(file) });
              }}
            />
          </Button>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={m.verifyQr}
              value={qrText}
              onChange={(e) => setQrText(e.target.value)}
              fullWidth
              multiline
              minRows={2}
              slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'verify-qr' } }}
            />
            <Button
              variant="contained"
              disabled={busy || !qrText.trim()}
              onClick={() => run({ qrText })}
              sx={{ mt: 1 }}
            >
              {m.verifyRun}
            </Button>
          </Stack>
          {busy && <CircularProgress size={24} sx={{ alignSelf: 'center' }} />}
          {error && <Alert severity="error">{error}</Alert>}
          {result && (
            <Alert severity={SEVERITY[result.verdict]} data-testid="verify-result">
              <AlertTitle>{VERDICT[result.verdict]}</AlertTitle>
              {result.message}
              {result.checks.length > 0 && (
                <List dense disablePadding sx={{ mt: 1 }}>
                  {result.checks.map((c) => (
                    <ListItem key={c.label} disableGutters>
                      <ListItemIcon sx={{ minWidth: 32 }}>
                        {c.ok ? (
                          <CheckCircleOutlined color="success" fontSize="small" />
                        ) : (
                          <HighlightOff color="error" fontSize="small" />
                        )}
                      </ListItemIcon>
                      <ListItemText primary={c.label} secondary={c.detail} />
                    </ListItem>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {result?.letter && (
          <Button onClick={() => navigate(`/letters/${encodeURIComponent(result.letter!.id)}`)}>{m.openLetter}</Button>
        )}
        <Button color="inherit" onClick={onClose} disabled={busy}>
          {common.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
