import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from './api';
import type { Me } from './types';
import { t } from './messages';
import { useBusy } from './useBusy';

export function SignInPage({
  onSignedIn,
  notice,
  path = '/console/api/session',
  title = t.appTitle,
  subtitle = t.ministry,
}: {
  onSignedIn: (m: Me) => void;
  notice: string | null;
  /** the council portal signs in on its own route, with the same form */
  path?: string;
  title?: string;
  subtitle?: string;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useBusy();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => onSignedIn(await api<Me>('POST', path, { username, password })));
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100' }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 380, display: 'grid', gap: 2 }}>
        <Typography variant="h5" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        <Typography color="text.secondary">{subtitle}</Typography>
        {notice && <Alert severity="info">{notice}</Alert>}
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          label={t.username}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          slotProps={{ htmlInput: { dir: 'ltr' } }}
          autoFocus
        />
        <TextField
          label={t.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <Button type="submit" variant="contained" size="large" disabled={busy || !username || !password}>
          {t.signIn}
        </Button>
      </Paper>
    </Box>
  );
}
