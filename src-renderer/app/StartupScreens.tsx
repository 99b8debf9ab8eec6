// What the window shows before the app is ready: a loader, or a clear error with a retry.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import Refresh from '@mui/icons-material/Refresh';
import { AppLogo } from '../components/AppLogo';
import { common } from '../messages/common';
import { startupMessages as m } from '../messages/startup';

function Centered({ children, testId }: { children: React.ReactNode; testId: string }) {
  return (
    <Box
      data-testid={testId}
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 3,
        background: 'linear-gradient(160deg, #eef3f8 0%, #f7f9fb 55%, #e9f1ee 100%)',
      }}
    >
      {children}
    </Box>
  );
}

export function StartupLoader() {
  return (
    <Centered testId="startup-loading">
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2.5, width: 260 }}>
        <AppLogo size={64} />
        <Typography variant="body2" color="text.secondary">
          {common.appTagline}
        </Typography>
        <LinearProgress sx={{ width: '100%', borderRadius: 2 }} aria-label={m.loading} />
        <Typography variant="caption" color="text.secondary">
          {m.loading}
        </Typography>
      </Box>
    </Centered>
  );
}

export function StartupError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Centered testId="startup-error">
      <Card sx={{ maxWidth: 480, width: '100%' }}>
        <CardContent
          sx={{ p: 4, display: 'flex', flexDirection: 'column', alignItems: 'center', textAlign: 'center', gap: 2 }}
        >
          <Box
            sx={{
              width: 72,
              height: 72,
              borderRadius: '50%',
              display: 'grid',
              placeItems: 'center',
              color: 'error.main',
              backgroundColor: 'rgba(211,47,47,0.08)',
            }}
          >
            <CloudOffOutlined sx={{ fontSize: 38 }} />
          </Box>
          <Typography variant="h6" component="h1">
            {m.errorTitle}
          </Typography>
          <Typography data-testid="startup-error-message">{message}</Typography>
          <Typography variant="body2" color="text.secondary">
            {m.errorHint}
          </Typography>
          <Button variant="contained" startIcon={<Refresh />} onClick={onRetry} data-testid="startup-retry" autoFocus>
            {common.retry}
          </Button>
        </CardContent>
      </Card>
    </Centered>
  );
}
