// A new or reset password, shown once to the admin who made it (console and council accounts).
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { a } from './messages';

export interface Shown {
  username: string;
  password: string;
}

export function ShownPassword({ shown, onClose }: { shown: Shown | null; onClose: () => void }) {
  if (!shown) return null;
  return (
    <Alert severity="warning" onClose={onClose} sx={{ mb: 1 }}>
      <Typography sx={{ fontWeight: 700 }}>{a.accounts.password(shown.username)}</Typography>
      <Typography dir="ltr" data-testid="shown-password" sx={{ fontFamily: 'monospace', fontSize: 20 }}>
        {shown.password}
      </Typography>
      {a.accounts.passwordOnce}
    </Alert>
  );
}
