// One resolution: header (title, status, council), full text, review records and timeline; the
// side column (ResolutionSide.tsx): actions, letters, details, attachments and citizens' complaints.
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import AccountBalanceOutlined from '@mui/icons-material/AccountBalanceOutlined';
import { useCall } from '../../api/useCall';
import { isNotFound } from '../../api/errorText';
import { EmptyState } from '../../components/EmptyState';
import { useBack } from '../../components/useBack';
import { PageSkeleton } from '../../components/PageSkeleton';
import { StatusChip } from '../../components/StatusChip';
import { dateLongFa } from '../../format/fa';
import { resolutionMessages as m } from '../../messages/resolution';
import { registerMessages } from '../../messages/register';
import { Timeline } from './Timeline';
import { LifecycleProvider } from './actions/LifecycleContext';
import { DeadlineBanner } from './actions/DeadlineBanner';
import { ReviewRecords } from './actions/ReviewRecords';
import { ResolutionHeaderButtons } from './ResolutionHeaderButtons';
import { Card, ResolutionSide } from './ResolutionSide';
import { LoadError } from '../../components/LoadError';
import { registrationMessages } from '../../messages/registration';
import Alert from '@mui/material/Alert';

export function ResolutionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const back = useBack('/register');
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
        <Breadcrumbs sx={{ mb: 1.5 }}>
          <Link
            component="button"
            underline="hover"
            color="inherit"
            onClick={back}
            variant="body2"
            data-testid="breadcrumb-register"
          >
            {registerMessages.title}
          </Link>
          <Typography variant="body2" color="text.primary" noWrap sx={{ maxWidth: 420 }}>
            {r.title}
          </Typography>
        </Breadcrumbs>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
              <Typography variant="h5" component="h1" data-testid="resolution-title">
                {r.title}
              </Typography>
              <StatusChip status={r.status} size="medium" />
            </Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1, color: 'text.secondary' }}>
              <AccountBalanceOutlined fontSize="small" />
              <Typography data-testid="resolution-council">{r.councilDisplayName}</Typography>
              <Typography variant="body2">
                · {m.receiptDate} {dateLongFa(r.receiptDate)}
              </Typography>
            </Box>
            {r.supersedesId && (
              <Link
                component={RouterLink}
                to={`/resolutions/${encodeURIComponent(r.supersedesId)}`}
                variant="body2"
                sx={{ mt: 1, display: 'inline-block' }}
              >
                {m.supersedes} — {m.viewSupersedes}
              </Link>
            )}
          </Box>
          <ResolutionHeaderButtons r={r} />
        </Box>
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
