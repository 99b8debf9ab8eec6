// «شکایات»: citizens' complaints pulled from the ministry server, newest first, by status; each opens
// in a dialog where the secretary links it to a resolution and answers it.
import { useState } from 'react';
import { useParams, useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../shared/schemas/complaint';
import { useCall } from '../../api/useCall';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { EmptyState } from '../../components/EmptyState';
import { LoadError } from '../../components/LoadError';
import { complaintsMessages as m } from '../../messages/complaints';
import { ComplaintCard } from './ComplaintCard';
import { ComplaintDialog } from './ComplaintDialog';

export function ComplaintsPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ComplaintStatus | 'all'>('all');
  const list = useCall('complaints.list', { status });
  return (
    <Box data-testid="complaints-page">
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <ToggleButtonGroup size="small" exclusive value={status} onChange={(_e, v) => v && setStatus(v)}>
            <ToggleButton value="all">{m.all}</ToggleButton>
            {COMPLAINT_STATUSES.map((s) => (
              <ToggleButton key={s} value={s} data-testid={`complaints-filter-${s}`}>
                {m.status[s]}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        }
      />
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} testId="page-error" sx={{}} />
      ) : !list.data ? (
        <PageSkeleton />
      ) : list.data.length === 0 ? (
        <EmptyState
          testId="complaints-empty"
          icon={<ReportProblemOutlined />}
          title={m.emptyTitle}
          body={m.emptyBody}
        />
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {list.data.map((c) => (
            <ComplaintCard key={c.id} c={c} onOpen={() => navigate(`/complaints/${encodeURIComponent(c.id)}`)} />
          ))}
        </Box>
      )}
      {id && <ComplaintDialog id={id} onClose={() => navigate('/complaints')} onChanged={list.reload} />}
    </Box>
  );
}
