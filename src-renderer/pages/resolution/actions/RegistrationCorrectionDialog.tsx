// Correcting the registration fields at any stage (issue 11): the receipt date and the others,
// with a reason. When the correction would close the panel's window or reopen a lapsed one, the
// core says so first and the secretary confirms; afterwards the page says what it did to the
// deadline. The earlier values stay in the history.
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import { CATEGORIES } from '../../../../shared/domain/categories';
import { REGISTRATION_FIELDS, registrationCorrectionForm, registrationOf } from '../../../../shared/schemas/resolution';
import { ApiError, call } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { useNotify } from '../../../app/Notifier';
import { CouncilAutocomplete } from '../../../components/CouncilAutocomplete';
import { Cell, DateCell, FormDialog, SelectCell, TextCell, useDialogForm } from '../../../components/FormDialog';
import { registrationMessages as m } from '../../../messages/registration';
import { resolutionFormMessages as fm } from '../../../messages/resolutionForm';
import { useLifecycle } from './LifecycleContext';

export function RegistrationCorrectionDialog({ onClose }: { onClose: () => void }) {
  const { r, changed } = useLifecycle();
  const notify = useNotify();
  const councils = useCall('councils.list', { includeInactive: true }, 'councils');
  // the core's account of what the correction does to the window, waiting for the secretary's yes
  const [confirm, setConfirm] = useState<string | null>(null);
  const { form, frame } = useDialogForm({
    schema: registrationCorrectionForm,
    defaults: { ...registrationOf(r), reason: '' },
    fields: [...REGISTRATION_FIELDS, 'reason'],
    run: async (v: z.output<typeof registrationCorrectionForm>) => {
      try {
        return await call('resolutions.correct', { ...v, id: r.id, rev: r.rev, confirm: confirm !== null });
      } catch (e) {
        if (e instanceof ApiError && e.code === 'needs_confirmation' && confirm === null) {
          setConfirm(e.message);
          return null;
        }
        throw e;
      }
    },
    success: null,
    onDone: (_, result) => {
      if (!result) return;
      notify(result.message);
      onClose();
      changed();
    },
  });
  // a changed field may change what the correction does: ask again
  useEffect(() => {
    const sub = form.watch(() => setConfirm(null));
    return () => sub.unsubscribe();
  }, [form]);

  return (
    <FormDialog
      title={m.title}
      testId="registration-correction-dialog"
      submitTestId="registration-correction-submit"
      submitLabel={confirm ? m.confirmSubmit : m.submit}
      onClose={onClose}
      {...frame}
      maxWidth="md"
      guarded
      intro={m.intro}
      notice={
        confirm && (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="registration-correction-confirm">
            {confirm}
          </Alert>
        )
      }
    >
      <Cell wide>
        <Controller
          control={form.control}
          name="councilId"
          render={({ field, fieldState }) => (
            <CouncilAutocomplete
              councils={councils.data ?? []}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              label={fm.council}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message}
              testId="field-councilId"
              required
            />
          )}
        />
      </Cell>
      <TextCell form={form} name="councilResolutionNumber" label={fm.councilResolutionNumber} required />
      <TextCell form={form} name="councilSessionNumber" label={fm.councilSessionNumber} required />
      <DateCell form={form} name="councilSessionDate" label={fm.councilSessionDate} />
      <DateCell form={form} name="approvalDate" label={fm.approvalDate} />
      <DateCell form={form} name="receiptDate" label={fm.receiptDate} helper={m.receiptHelp} />
      <TextCell form={form} name="incomingNumber" label={fm.incomingNumber} required />
      <TextCell form={form} name="title" label={fm.title} required wide />
      <SelectCell form={form} name="category" label={fm.category} options={CATEGORIES} wide />
      <TextCell form={form} name="reason" label={m.reason} required wide multiline autoFocus />
    </FormDialog>
  );
}
