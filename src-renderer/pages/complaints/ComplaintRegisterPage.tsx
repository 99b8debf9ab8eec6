// Registering a resolution the office learned of through a complaint (the council never sent it):
// the register's form, prefilled from the complaint; once saved, the complaint is linked to it.
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Resolution } from '../../../shared/schemas/resolution';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useAppInfo } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { LoadError } from '../../components/LoadError';
import { complaintsMessages as m } from '../../messages/complaints';
import { ResolutionForm } from '../resolution-form/ResolutionForm';
import { emptyValues } from '../resolution-form/formModel';

export function ComplaintRegisterPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { today } = useAppInfo();
  const councils = useCall('councils.list', { includeInactive: false });
  const complaint = useCall('complaints.get', { id });
  const c = complaint.data;
  const defaults = useMemo(
    () =>
      c && {
        ...emptyValues(today),
        councilId: c.councilId,
        councilResolutionNumber: c.resolutionNumber,
        approvalDate: c.resolutionDate ?? '',
        title: c.resolutionText.split('\n')[0].slice(0, 300),
        text: c.resolutionText,
      },
    [c, today],
  );
  const back = () => navigate(`/complaints/${encodeURIComponent(id)}`);
  const onSaved = async (saved: Resolution) => {
    await call('complaints.link', { id, resolutionId: saved.id });
    notify(m.registeredAndLinked);
    navigate(`/resolutions/${encodeURIComponent(saved.id)}`);
  };

  const error = councils.error ?? complaint.error;
  return (
    <div data-testid="complaint-register-page">
      <PageHeader title={m.registerTitle} subtitle={m.registerSubtitle} />
      {error ? (
        <LoadError error={error} onRetry={complaint.reload} testId="page-error" sx={{}} />
      ) : !defaults || !councils.data ? (
        <PageSkeleton />
      ) : (
        <ResolutionForm councils={councils.data} defaults={defaults} onSaved={(r) => void onSaved(r)} onCancel={back} />
      )}
    </div>
  );
}
