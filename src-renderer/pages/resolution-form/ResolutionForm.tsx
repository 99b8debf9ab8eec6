// The resolution form, for a new resolution and for editing one still in «وصول‌شده».
// Validated with the same schema as the core; the core's per-field errors land on the fields.
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import type { Council } from '../../../shared/schemas/council';
import type { Resolution } from '../../../shared/schemas/resolution';
import { ApiError, call } from '../../api/client';
import { LateConfirmDialog } from './LateConfirmDialog';
import { enterMovesOn, focusFirstInvalid, useSubmitShortcut } from '../../components/formKeys';
import { applyServerErrors } from '../../components/serverErrors';
import { resolutionFormMessages as m } from '../../messages/resolutionForm';
import { common } from '../../messages/common';
import { AttachmentsField } from './AttachmentsField';
import { FIELD_NAMES, formResolver, type ResolutionFormOutput, type ResolutionFormValues } from './formModel';
import { FormSection } from './FormSection';
import { FinancialFields } from './FinancialFields';
import { ContentFields, CouncilFields, ReceiptFields } from './RegistrationFields';

export interface ResolutionFormProps {
  councils: readonly Council[];
  defaults: ResolutionFormValues;
  /** set when editing */
  existing?: { id: string; rev: number };
  onSaved: (saved: Resolution) => void;
  onCancel: () => void;
}

const col = (span: number) => ({ gridColumn: { xs: 'span 12', md: `span ${span}` } });

export function ResolutionForm({ councils, defaults, existing, onSaved, onCancel }: ResolutionFormProps) {
  const form = useForm<ResolutionFormValues, unknown, ResolutionFormOutput>({
    resolver: formResolver,
    defaultValues: defaults,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const { control, formState } = form;
  const [topError, setTopError] = useState<string | null>(null);
  const topRef = useRef<HTMLDivElement>(null);

  // تاریخ تصویب follows تاریخ جلسه until the user sets it
  const approvalTouched = useRef(Boolean(existing));
  const sessionDate = form.watch('councilSessionDate');
  useEffect(() => {
    if (approvalTouched.current || !/^\d{4}-\d{2}-\d{2}$/.test(sessionDate ?? '')) return;
    form.setValue('approvalDate', sessionDate, { shouldValidate: formState.isSubmitted });
  }, [sessionDate, form, formState.isSubmitted]);

  // the core's warning that the window has already passed, waiting for the secretary's answer
  const [late, setLate] = useState<{ message: string } | null>(null);
  const save = (values: ResolutionFormOutput, confirmLate: boolean) =>
    existing
      ? call('resolutions.update', { ...values, id: existing.id, rev: existing.rev, confirmLate })
      : call('resolutions.register', { ...values, confirmLate });

  const submit = form.handleSubmit(
    async (values) => {
      setTopError(null);
      try {
        onSaved(await save(values, late !== null));
        setLate(null);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'needs_confirmation' && !late) {
          setLate({ message: err.message });
          return;
        }
        setLate(null);
        setTopError(applyServerErrors(err, form.setError, FIELD_NAMES));
        topRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        focusFirstInvalid(formRef.current);
      }
    },
    () => {
      setTopError(m.invalidForm);
      focusFirstInvalid(formRef.current);
    },
  );
  const submitNow = () => void submit();
  useSubmitShortcut(submitNow, !formState.isSubmitting);

  const councilOptions = councils.filter((c) => c.active || c.id === defaults.councilId);

  return (
    <form ref={formRef} noValidate onSubmit={submit} onKeyDown={enterMovesOn(submitNow)} data-testid="resolution-form">
      <div ref={topRef} />
      {topError && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
          {topError}
        </Alert>
      )}
      <CouncilFields form={form} councilOptions={councilOptions} approvalTouched={approvalTouched} />
      <ReceiptFields form={form} />

      <ContentFields form={form} />

      <FinancialFields form={form} />

      <FormSection title={m.sectionAttachments}>
        <Box sx={col(12)}>
          <Controller
            control={control}
            name="attachments"
            render={({ field, fieldState }) => (
              <AttachmentsField value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
        </Box>
      </FormSection>

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mt: 1, pb: 2 }}>
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={formState.isSubmitting}
          data-testid="resolution-submit"
          startIcon={formState.isSubmitting ? <CircularProgress size={18} color="inherit" /> : <SaveOutlined />}
        >
          {formState.isSubmitting ? m.submitting : existing ? m.submitEdit : m.submitNew}
        </Button>
        <Button size="large" color="inherit" onClick={onCancel} data-testid="resolution-cancel">
          {common.cancel}
        </Button>
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
          {m.shortcutHint}
        </Typography>
      </Box>
      {late && (
        <LateConfirmDialog
          message={late.message}
          busy={formState.isSubmitting}
          onConfirm={submitNow}
          onClose={() => setLate(null)}
        />
      )}
    </form>
  );
}
