// One resolution: header (title, status, council), full text, review records and timeline; the
// side column (ResolutionSide.tsx): actions, letters, details, attachments and citizens' complaints.
import { useNavigate, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import { useCall } from '../../api/useCall';
import { isNotFound } from '../../api/errorText';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { resolutionMessages as m } from '../../messages/resolution';
import { Timeline } from './Timeline';
import { LifecycleProvider } from './actions/LifecycleContext';
import { DeadlineBanner } from './actions/DeadlineBanner';
import { ReviewRecords } from './actions/ReviewRecords';
import { ResolutionHeader } from './ResolutionHeader';
import { Card, ResolutionSide } from './ResolutionSide';
import { LoadError } from '../../components/LoadError';
import { registrationMessages } from '../../messages/registration';
import Alert from '@mui/material/Alert';

export function ResolutionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: r, error, loading, reload } = useCall('resolutions.get', { id });

  if (error && isNotFound(error)) {
    return (
      <EmptyState
        testId="resolution-not-found"
        icon={<FindInPageOutlined />}
        title={m.notFoundTitle}
        body={m.notFoundBody}
        action={
          <Button variant="contained" onClick={() => navigate('/register')}>
            {m.backToRegister}
          </Button>
        }
      />
    );
  }
  if (error) return <LoadError error={error} onRetry={reload} testId="page-error" sx={{}} />;
  // after an action the page keeps showing the resolution while it reloads
  if (!r || (loading && r.id !== id)) return <PageSkeleton testId="resolution-loading" />;

  return (
    <LifecycleProvider r={r} onChanged={reload}>
      <Box data-testid="resolution-page" data-resolution-id={r.id}>
        <ResolutionHeader r={r} />
        {r.registeredLate && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="registered-late">
            {registrationMessages.lateRegistered}
          </Alert>
        )}
        <DeadlineBanner />
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Card title={m.text} testId="resolution-text-card">
              <Typography
                data-testid="resolution-text"
                sx={{ whiteSpace: 'pre-wrap', lineHeight: 2, textAlign: 'justify' }}
              >
                {r.text}
              </Typography>
            </Card>
            <ReviewRecords />
            <Timeline resolutionId={r.id} rev={r.rev} />
          </Box>
          <ResolutionSide r={r} />
        </Box>
      </Box>
    </LifecycleProvider>
  );
}
