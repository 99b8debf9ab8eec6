// What a member needs on the first connection: the address (and its QR code for the phone's
// camera), the office's certificate to install, and the fingerprints to match before trusting it.
import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import QRCode from 'qrcode';
import type { LanStatus } from '../../../shared/schemas/lan';
import { networkMessages as m } from '../../messages/network';

function AddressQr({ url }: { url: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <Box sx={{ textAlign: 'center' }} data-testid="lan-address">
      {src && (
        <Box component="img" src={src} alt={m.qr(url)} sx={{ width: 168, height: 168, display: 'block', mx: 'auto' }} />
      )}
      <Typography dir="ltr" sx={{ fontFamily: 'monospace', fontSize: 16, mt: 1 }} data-testid="lan-url">
        {url}
      </Typography>
    </Box>
  );
}

function Fingerprint({ label, value, testId }: { label: string; value: string | null; testId: string }) {
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {label}
      </Typography>
      <Typography
        dir="ltr"
        data-testid={testId}
        sx={{
          fontFamily: 'monospace',
          fontSize: 13,
          wordBreak: 'break-all',
          bgcolor: 'grey.100',
          p: 1,
          borderRadius: 1,
        }}
      >
        {value ?? '—'}
      </Typography>
    </Box>
  );
}

export function LanAddresses({ status }: { status: LanStatus }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" data-testid="lan-addresses">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {m.addressesTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
        {status.addresses.length ? m.addressesIntro : m.noAddress}
      </Typography>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', justifyContent: 'center' }}>
        {status.addresses.map((url) => (
          <AddressQr key={url} url={url} />
        ))}
      </Box>
      <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 700, mt: 3 }}>
        {m.firstTitle}
      </Typography>
      <Box component="ol" sx={{ m: 0, pr: 3, pl: 0, '& li': { lineHeight: 2, fontSize: 14 } }}>
        {m.firstSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </Box>
      <Fingerprint label={m.caFingerprint} value={status.caFingerprint} testId="lan-ca-fingerprint" />
      <Fingerprint label={m.certFingerprint} value={status.certFingerprint} testId="lan-cert-fingerprint" />
      <Button
        href="/office-ca.crt"
        download="tatbiq-office-ca.crt"
        startIcon={<DownloadOutlined />}
        sx={{ mt: 2, minHeight: 44 }}
        data-testid="lan-download-ca"
      >
        {m.downloadCa}
      </Button>
    </Paper>
  );
}
