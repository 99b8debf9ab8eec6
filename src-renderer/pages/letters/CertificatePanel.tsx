// The office's signing certificate (PKCS#12): imported once by the admin, its password checked
// then and asked again at every signing — it is never stored.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import type { CertificateInfo } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { readFileAsBase64 } from '../../api/files';
import { useNotify } from '../../app/Notifier';
import { instantFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';
import { ConfirmDialog } from '../sessions/ConfirmDialog';
import { FileButton } from '../../components/FileButton';

export function CertificatePanel({
  certificate,
  onChanged,
}: {
  certificate: CertificateInfo | null;
  onChanged: () => void;
}) {
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);

  const importIt = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await call('letters.importCertificate', { p12Base64: await readFileAsBase64(file), password });
      notify(m.certificateImported);
      setFile(null);
      setPassword('');
      onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="certificate-panel">
      {certificate ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: '120px 1fr', rowGap: 0.75, columnGap: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {m.certSubject}
          </Typography>
          <Typography variant="body2">{certificate.subject}</Typography>
          <Typography variant="body2" color="text.secondary">
            {m.certIssuer}
          </Typography>
          <Typography variant="body2">{certificate.issuer}</Typography>
          <Typography variant="body2" color="text.secondary">
            {m.certValid}
          </Typography>
          <Typography variant="body2">{`${instantFa(certificate.validFrom)} — ${instantFa(certificate.validTo)}`}</Typography>
          <Typography variant="body2" color="text.secondary">
            {m.certFingerprint}
          </Typography>
          <Typography
            variant="body2"
            sx={{ fontFamily: 'monospace', direction: 'ltr', textAlign: 'left', wordBreak: 'break-all', fontSize: 12 }}
          >
            {certificate.fingerprint}
          </Typography>
        </Box>
      ) : (
        <Alert severity="info">{m.certificateNone}</Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <FileButton
          size="small"
          startIcon={<UploadFileOutlined />}
          accept=".p12,.pfx,application/x-pkcs12"
          testId="certificate-file"
          onPick={setFile}
        >
          {file ? file.name : m.certificateFile}
        </FileButton>
        <TextField
          type="password"
          size="small"
          label={m.certificatePassword}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="off"
        />
        <Button
          variant="contained"
          size="small"
          startIcon={<KeyOutlined />}
          disabled={!file || busy}
          onClick={importIt}
        >
          {m.certificateImport}
        </Button>
        {certificate && (
          <Button color="error" size="small" onClick={() => setConfirm(true)}>
            {m.certificateRemove}
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {confirm && (
        <ConfirmDialog
          title={m.certificateRemove}
          confirmLabel={m.certificateRemove}
          cancelLabel={common.cancel}
          color="error"
          busy={busy}
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            setBusy(true);
            try {
              await call('letters.removeCertificate', {});
              notify(m.certificateRemoved);
              onChanged();
            } catch (e) {
              notify(errorText(e), 'error');
            } finally {
              setBusy(false);
              setConfirm(false);
            }
          }}
        >
          {m.certificateRemoveConfirm}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
