// A one-time enrollment code for an office: chosen validity, then the code and its QR shown once.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { instantFa } from '../../src-renderer/format/fa';
import { toAsciiDigits } from '../../shared/text/persian';
import { api } from '../api';
import type { EnrollmentCode, OfficeHealth } from '../types';
import { useBusy } from '../useBusy';
import { a } from './messages';

export function CodeDialog({ office, onClose }: { office: OfficeHealth | null; onClose: () => void }) {
  const [days, setDays] = useState('7');
  const [issued, setIssued] = useState<EnrollmentCode | null>(null);
  const { busy, error, run, setError } = useBusy();
  const close = () => {
    setIssued(null);
    setError(null);
    onClose();
  };
  const issue = () =>
    run(async () => {
      const n = Number(toAsciiDigits(days.trim()));
      setIssued(
        await api<EnrollmentCode>('POST', `/console/api/admin/offices/${encodeURIComponent(office!.code)}/enrollment`, {
          days: Number.isFinite(n) ? n : 0,
        }),
      );
    });
  return (
    <Dialog open={office !== null} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{office ? a.enroll.title(office.name) : ''}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          {error && <Alert severity="error">{error}</Alert>}
          {!issued && (
            <TextField
              label={a.enroll.days}
              value={days}
              onChange={(e) => setDays(e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'code-days' } }}
            />
          )}
          {issued && (
            <>
              <Alert severity="warning">{a.enroll.once}</Alert>
              <Typography
                data-testid="issued-code"
                dir="ltr"
                sx={{ fontFamily: 'monospace', fontSize: 28, textAlign: 'center', letterSpacing: 2 }}
              >
                {issued.code}
              </Typography>
              <Typography color="text.secondary" sx={{ textAlign: 'center' }}>
                {a.enroll.until(instantFa(issued.expiresAt))}
              </Typography>
              {/* the server draws the QR with the qrcode library: an SVG of the code alone */}
              <Box
                sx={{ width: 180, height: 180, mx: 'auto', '& svg': { width: '100%', height: '100%' } }}
                dangerouslySetInnerHTML={{ __html: issued.qrSvg }}
                aria-label={a.enroll.qr}
                data-testid="enroll-qr"
              />
              <Typography variant="body2" color="text.secondary">
                {a.enroll.qr}
              </Typography>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{a.close}</Button>
        {!issued && (
          <Button variant="contained" onClick={issue} disabled={busy}>
            {a.enroll.issue}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
