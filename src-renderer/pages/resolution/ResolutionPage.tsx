// One resolution: header (title, status, council), actions, letters, details, full text, attachments.
import { useNavigate, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import { useCall } from '../../api/useCall';
import { isNotFound } from '../../api/errorText';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { resolutionMessages as m } from '../../messages/resolution';
import { AttachmentList } from './AttachmentList';
import { ResolutionDetails } from './ResolutionDetails';
import { Timeline } from './Timeline';
import { LifecycleProvider } from './actions/LifecycleContext';
import { ActionsPanel } from './actions/ActionsPanel';
import { DeadlineBanner } from './actions/DeadlineBanner';
import { ReviewRecords } from './actions/ReviewRecords';
import { lifecycleMessages } from '../../messages/lifecycle';
import { lettersMessages } from '../../messages/letters';
import { ResolutionLetters } from './ResolutionLetters';
import { ResolutionHeader } from './ResolutionHeader';
import { LoadError } from '../../components/LoadError';
import { registrationMessages } from '../../messages/registration';
import Alert from '@mui/material/Alert';

function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid={testId}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

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
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Card title={lifecycleMessages.actions} testId="actions-card">
              <ActionsPanel />
            </Card>
            <Card title={lettersMessages.related} testId="resolution-letters">
              <ResolutionLetters r={r} />
            </Card>
            <Card title={m.details}>
              <ResolutionDetails r={r} />
            </Card>
            <Card title={m.attachments} testId="resolution-attachments">
              <AttachmentList attachments={r.attachments} />
            </Card>
          </Box>
        </Box>
      </Box>
    </LifecycleProvider>
  );
}
