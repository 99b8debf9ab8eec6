// The admin's switch for the office network, and its port; what the listener is doing now.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { LanStatus } from '../../../shared/schemas/lan';
import { toAsciiDigits } from '../../../shared/text/persian';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useNotify } from '../../app/Notifier';
import { toFa } from '../../format/fa';
import { networkMessages as m } from '../../messages/network';

export function LanSwitch({ status, onChanged }: { status: LanStatus; onChanged: () => void }) {
  const [enabled, setEnabled] = useState(status.enabled);
  const [port, setPort] = useState(toFa(String(status.port)));
  const action = useAction();
  const notify = useNotify();
  const save = async () => {
    const done = await action.run('busy', () =>
      call('lan.configure', { enabled, port: Number(toAsciiDigits(port.trim()) || NaN) }),
    );
    if (done) {
      notify(m.saved);
      onChanged();
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" data-testid="lan-switch">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {m.serveTitle}
        </Typography>
        <Chip
          size="small"
          color={status.running ? 'success' : 'default'}
          label={status.running ? m.running : m.stopped}
          data-testid="lan-state"
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2, lineHeight: 1.9 }}>
        {m.serveIntro}
      </Typography>
      {!status.supported && <Alert severity="info">{m.unsupported}</Alert>}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <FormControlLabel
          control={<Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />}
          label={m.enabled}
          disabled={!status.supported}
          data-testid="lan-enabled"
          sx={{ minHeight: 44 }}
        />
        <TextField
          label={m.port}
          value={port}
          onChange={(e) => setPort(e.target.value)}
          size="small"
          disabled={!status.supported}
          slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'lan-port', dir: 'ltr' } }}
          sx={{ width: 120 }}
        />
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={!status.supported || action.busy !== null}
          data-testid="lan-save"
          sx={{ minHeight: 40 }}
        >
          {m.apply}
        </Button>
      </Box>
      {(action.error ?? status.problem) && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="lan-problem">
          {action.error ?? status.problem}
        </Alert>
      )}
    </Paper>
  );
}
