// ثبت مصوبه جدید and ویرایش مصوبه: load what the form needs, then hand over to ResolutionForm.
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import Button from '@mui/material/Button';
import EditOffOutlined from '@mui/icons-material/EditOffOutlined';
import FindInPageOutlined from '@mui/icons-material/FindInPageOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import type { Resolution } from '../../../shared/schemas/resolution';
import { useCall } from '../../api/useCall';
import { isNotFound } from '../../api/errorText';
import { useAppInfo } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { EmptyState } from '../../components/EmptyState';
import { useBack } from '../../components/useBack';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { StatusChip } from '../../components/StatusChip';
import { resolutionFormMessages as m } from '../../messages/resolutionForm';
import { resolutionMessages as rm } from '../../messages/resolution';
import { common } from '../../messages/common';
import { ResolutionForm } from './ResolutionForm';
import { emptyValues, valuesOf } from './formModel';
import { LoadError } from '../../components/LoadError';

export function NewResolutionPage() {
  const navigate = useNavigate();
  const notify = useNotify();
  const back = useBack('/register');
  const { today } = useAppInfo();
  const councils = useCall('councils.list', { includeInactive: false });
  const defaults = useMemo(() => emptyValues(today), [today]);

  const onSaved = (saved: Resolution) => {
    notify(m.savedNew);
    navigate(`/resolutions/${encodeURIComponent(saved.id)}`);
  };

  return (
    <div data-testid="new-resolution-page">
      <PageHeader title={m.newTitle} subtitle={m.newSubtitle} />
      {councils.loading && !councils.data ? (
        <PageSkeleton />
      ) : councils.error ? (
        <LoadError error={councils.error} onRetry={councils.reload} testId="page-error" sx={{}} />
      ) : councils.data && councils.data.length === 0 ? (
        <EmptyState
          testId="no-councils"
          icon={<GroupsOutlined />}
          title={m.noCouncilsYet}
          action={
            <Button variant="contained" onClick={() => navigate('/councils')}>
              {m.goToCouncils}
            </Button>
          }
        />
      ) : (
        <ResolutionForm councils={councils.data ?? []} defaults={defaults} onSaved={onSaved} onCancel={back} />
      )}
    </div>
  );
}

export function EditResolutionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const resolution = useCall('resolutions.get', { id });
  const councils = useCall('councils.list', { includeInactive: true });
  const r = resolution.data;
  const defaults = useMemo(() => (r ? valuesOf(r) : null), [r]);
  const page = `/resolutions/${encodeURIComponent(id)}`;

  if (resolution.error && isNotFound(resolution.error)) {
    return (
      <EmptyState
        testId="resolution-not-found"
        icon={<FindInPageOutlined />}
        title={rm.notFoundTitle}
        body={rm.notFoundBody}
        action={
          <Button variant="contained" onClick={() => navigate('/register')}>
            {rm.backToRegister}
          </Button>
        }
      />
    );
  }
  const error = resolution.error ?? councils.error;
  if (error)
    return (
      <LoadError error={error} onRetry={() => (resolution.reload(), councils.reload())} testId="page-error" sx={{}} />
    );
  if (!r || !defaults || !councils.data) return <PageSkeleton />;

  return (
    <div data-testid="edit-resolution-page">
      <PageHeader
        title={m.editTitle}
        subtitle={`${r.title} — ${r.councilDisplayName}`}
        actions={<StatusChip status={r.status} size="medium" />}
      />
      {r.status !== 'received' ? (
        <EmptyState
          testId="resolution-not-editable"
          icon={<EditOffOutlined />}
          title={m.notEditableTitle}
          body={m.notEditableBody}
          action={
            <Button variant="contained" onClick={() => navigate(page)}>
              {common.back}
            </Button>
          }
        />
      ) : (
        <ResolutionForm
          key={`${r.id}:${r.rev}`}
          councils={councils.data}
          defaults={defaults}
          existing={{ id: r.id, rev: r.rev }}
          onSaved={() => {
            notify(m.savedEdit);
            navigate(page, { replace: true });
          }}
          onCancel={() => navigate(page)}
        />
      )}
    </div>
  );
}
