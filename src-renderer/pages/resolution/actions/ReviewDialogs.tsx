// Assigning an expert (or another one) and sending a resolution to the panel without an opinion.
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { sendToPanelInput } from '../../../../shared/schemas/review';
import type { User } from '../../../../shared/schemas/user';
import { searchKey } from '../../../../shared/text/persian';
import { call } from '../../../api/client';
import { useCall } from '../../../api/useCall';
import { toFa } from '../../../format/fa';
import { Cell, FormDialog, TextCell, useDialogForm } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';

const assignForm = z.object({
  expertId: z.string({ error: 'کارشناس را انتخاب کنید.' }).min(1, 'کارشناس را انتخاب کنید.'),
});

export function AssignDialog({ reassign, onClose }: { reassign: boolean; onClose: () => void }) {
  const { r, records, changed } = useLifecycle();
  const experts = useCall('users.list', { role: 'expert' });
  const options = (experts.data ?? []).filter((u) => u.id !== r.assignedExpertId);
  const { form, frame } = useDialogForm({
    schema: assignForm,
    defaults: { expertId: '' },
    fields: ['expertId'],
    run: (v) => call('review.assign', { resolutionId: r.id, expertId: v.expertId, rev: r.rev }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={reassign ? m.reassign : m.assignTitle}
      testId="assign-dialog"
      submitTestId="assign-submit"
      submitLabel={reassign ? m.reassign : m.assign}
      onClose={onClose}
      {...frame}
      intro={records ? m.assignHelp(toFa(records.expertOpinionDays)) : undefined}
    >
      <Cell wide>
        <Controller
          control={form.control}
          name="expertId"
          render={({ field, fieldState }) => (
            <Autocomplete
              options={options}
              loading={experts.loading}
              value={options.find((u) => u.id === field.value) ?? null}
              onChange={(_, u: User | null) => field.onChange(u?.id ?? '')}
              onBlur={field.onBlur}
              getOptionLabel={(u) => (u.title ? `${u.fullName} — ${u.title}` : u.fullName)}
              getOptionKey={(u) => u.id}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              filterOptions={(list, s) =>
                list.filter((u) => searchKey(`${u.fullName} ${u.title}`).includes(searchKey(s.inputValue)))
              }
              noOptionsText={m.noExperts}
              autoHighlight
              data-testid="field-expertId"
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={m.expert}
                  placeholder={m.expertPlaceholder}
                  required
                  autoFocus
                  inputRef={field.ref}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message}
                />
              )}
            />
          )}
        />
      </Cell>
    </FormDialog>
  );
}

const sendForm = sendToPanelInput.pick({ reason: true });

export function SendToPanelDialog({ onClose }: { onClose: () => void }) {
  const { r, changed } = useLifecycle();
  const { form, frame } = useDialogForm({
    schema: sendForm,
    defaults: { reason: '' },
    fields: ['reason'],
    run: (v) => call('review.sendToPanel', { resolutionId: r.id, reason: v.reason, rev: r.rev }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={m.sendToPanelTitle}
      testId="send-to-panel-dialog"
      submitTestId="send-to-panel-submit"
      submitLabel={m.sendToPanel}
      onClose={onClose}
      {...frame}
      intro={m.sendToPanelBody}
    >
      <TextCell form={form} name="reason" label={m.sendToPanelReason} wide autoFocus />
    </FormDialog>
  );
}
