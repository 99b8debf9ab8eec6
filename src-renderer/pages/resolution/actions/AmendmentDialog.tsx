// The council amended the resolution: its amended text is registered as a new version of the
// same council's resolution, with its own receipt and clock, and this version is withdrawn — in
// one call (objection.registerAmendment). The form starts from this version's subject and text.
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useNavigate } from 'react-router';
import { CATEGORIES } from '../../../../shared/domain/categories';
import { resolutionRegisterInput } from '../../../../shared/schemas/resolution';
import { call } from '../../../api/client';
import { useAppInfo } from '../../../app/AppInfoContext';
import { Cell, DateCell, FormDialog, TextCell, useDialogForm } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { resolutionFormMessages as fm } from '../../../messages/resolutionForm';
import { AttachmentsField } from '../../resolution-form/AttachmentsField';
import { useLifecycle } from './LifecycleContext';

export interface AnswerLetter {
  answerDate: string;
  answerNumber: string;
  note: string;
}

const amendmentForm = z.object({ resolution: resolutionRegisterInput });
const FIELDS = [
  'resolution.councilId',
  'resolution.councilResolutionNumber',
  'resolution.councilSessionNumber',
  'resolution.councilSessionDate',
  'resolution.approvalDate',
  'resolution.receiptDate',
  'resolution.incomingNumber',
  'resolution.title',
  'resolution.text',
  'resolution.category',
  'resolution.attachments',
];

export function AmendmentDialog({ answer, onClose }: { answer: AnswerLetter; onClose: () => void }) {
  const { r } = useLifecycle();
  const { today } = useAppInfo();
  const navigate = useNavigate();
  const { form, frame } = useDialogForm({
    schema: amendmentForm,
    defaults: {
      resolution: {
        councilId: r.councilId,
        councilResolutionNumber: '',
        councilSessionNumber: '',
        councilSessionDate: answer.answerDate,
        approvalDate: answer.answerDate,
        receiptDate: today,
        incomingNumber: '',
        title: r.title,
        text: r.text,
        category: r.category,
        attachments: [],
      },
    },
    fields: FIELDS,
    run: async (v) => {
      const next = await call('objection.registerAmendment', {
        supersedesId: r.id,
        ...answer,
        resolution: v.resolution,
        rev: r.rev,
      });
      navigate(`/resolutions/${encodeURIComponent(next.id)}`);
    },
    success: m.amendmentSaved,
    onDone: onClose,
  });
  return (
    <FormDialog
      title={m.amendmentTitle}
      testId="amendment-dialog"
      submitTestId="amendment-submit"
      onClose={onClose}
      {...frame}
      maxWidth="md"
      guarded
      intro={`${r.councilDisplayName} — ${m.amendHelp}`}
    >
      <TextCell
        form={form}
        name="resolution.councilResolutionNumber"
        label={fm.councilResolutionNumber}
        required
        autoFocus
      />
      <TextCell form={form} name="resolution.councilSessionNumber" label={fm.councilSessionNumber} required />
      <DateCell form={form} name="resolution.councilSessionDate" label={fm.councilSessionDate} />
      <DateCell form={form} name="resolution.approvalDate" label={fm.approvalDate} />
      <DateCell form={form} name="resolution.receiptDate" label={fm.receiptDate} helper={fm.receiptDateHelp} />
      <TextCell form={form} name="resolution.incomingNumber" label={fm.incomingNumber} required />
      <Cell wide>
        <Controller
          control={form.control}
          name="resolution.category"
          render={({ field, fieldState }) => (
            <TextField
              select
              label={fm.category}
              required
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message}
              slotProps={{ select: { 'data-testid': 'field-resolution.category' } as object }}
            >
              {CATEGORIES.map((c) => (
                <MenuItem key={c.code} value={c.code}>
                  {c.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Cell>
      <TextCell form={form} name="resolution.title" label={fm.title} required wide />
      <TextCell form={form} name="resolution.text" label={fm.text} required wide multiline />
      <Box sx={{ gridColumn: 'span 2' }}>
        <Controller
          control={form.control}
          name="resolution.attachments"
          render={({ field, fieldState }) => (
            <AttachmentsField
              value={(field.value ?? []) as never}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      </Box>
    </FormDialog>
  );
}
