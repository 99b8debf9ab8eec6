// The sign-in screen: a centered card with the app's mark and the office's name. The same card,
// over the work in progress, asks the user to sign in again when the session ends.
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Dialog from '@mui/material/Dialog';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import type { Office } from '../../../shared/schemas/office';
import type { CurrentUser } from '../../../shared/schemas/user';
import { AppLogo } from '../../components/AppLogo';
import { common } from '../../messages/common';
import { loginMessages as m } from '../../messages/login';
import { LoginForm } from './LoginForm';

function LoginCard({ office, notice, children }: { office: Office; notice?: ReactNode; children: ReactNode }) {
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 3,
        background: 'linear-gradient(160deg, #eef3f8 0%, #f7f9fb 55%, #e9f1ee 100%)',
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 440 }}>
        <Box
          sx={{
            px: 4,
            pt: 4,
            pb: 3,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            textAlign: 'center',
            gap: 1.5,
          }}
        >
          <AppLogo size={52} />
          <Typography variant="body2" color="text.secondary">
            {common.appTagline}
          </Typography>
          <Typography data-testid="login-office-name" sx={{ fontWeight: 700, lineHeight: 1.8 }}>
            {office.name}
          </Typography>
        </Box>
        <Divider />
        <CardContent sx={{ p: 4 }}>
          <Typography variant="h6" component="h1" sx={{ mb: 0.5 }}>
            {m.title}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {m.intro}
          </Typography>
          {notice}
          {children}
        </CardContent>
      </Card>
    </Box>
  );
}

export function LoginPage({ office, onSignedIn }: { office: Office; onSignedIn: (user: CurrentUser) => void }) {
  return (
    <Box data-testid="login-page">
      <LoginCard office={office}>
        <LoginForm onSignedIn={onSignedIn} />
      </LoginCard>
    </Box>
  );
}

/**
 * Shown when a call finds the session ended. The app stays mounted underneath, so the route and
 * any half-filled form are there again once the same user signs back in; being a modal itself, it
 * also takes the focus from any dialog the user had open.
 */
export function SessionEndedDialog({
  office,
  user,
  onSignedIn,
}: {
  office: Office;
  user: CurrentUser;
  onSignedIn: (user: CurrentUser) => void;
}) {
  return (
    <Dialog open fullScreen data-testid="session-ended" sx={{ zIndex: (t) => t.zIndex.modal + 10 }}>
      <LoginCard
        office={office}
        notice={
          <Alert severity="warning" sx={{ mb: 2.5 }} data-testid="session-ended-notice">
            <AlertTitle>{m.sessionEndedTitle}</AlertTitle>
            {m.sessionEndedBody} {m.workKept} {m.workLostIfOther}
          </Alert>
        }
      >
        <LoginForm initialUsername={user.username} onSignedIn={onSignedIn} />
      </LoginCard>
    </Dialog>
  );
}
