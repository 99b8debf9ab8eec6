// The resolution's registration: which council passed it and when (the council section), and
// when and under which number it reached the office, in which category (the receipt section);
// then its title and text.
import type { MutableRefObject } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Council } from '../../../shared/schemas/council';
import { CATEGORIES } from '../../../shared/domain/categories';
import { CouncilAutocomplete } from '../../components/CouncilAutocomplete';
import { NAV_FIELD } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { resolutionFormMessages as m } from '../../messages/resolutionForm';
import { FormDateField as DateField } from './FormDateField';
import { FormSection } from './FormSection';
import type { ResolutionFormOutput, ResolutionFormValues } from './formModel';

type Form = UseFormReturn<ResolutionFormValues, unknown, ResolutionFormOutput>;

const col = (span: number) => ({ gridColumn: { xs: 'span 12', md: `span ${span}` } });

export function CouncilFields({
  form,
  councilOptions,
  approvalTouched,
}: {
  form: Form;
  councilOptions: readonly Council[];
  /** set once the user picks تاریخ تصویب, which until then follows تاریخ جلسه */
  approvalTouched: MutableRefObject<boolean>;
}) {
  const { control } = form;
  return (
    <FormSection title={m.sectionCouncil}>
      <Box sx={col(6)} {...NAV_FIELD}>
        <Controller
          control={control}
          name="councilId"
          render={({ field, fieldState }) => (
            <CouncilAutocomplete
              councils={councilOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              name={field.name}
              label={m.council}
              placeholder={m.councilPlaceholder}
              noOptionsText={m.noCouncils}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message}
              testId="field-councilId"
              required
              autoFocus
            />
          )}
        />
      </Box>
      <Box sx={col(3)} {...NAV_FIELD}>
        <TextField label={m.councilResolutionNumber} required {...rhfText(form, 'councilResolutionNumber')} />
      </Box>
      <Box sx={col(3)} {...NAV_FIELD}>
        <TextField label={m.councilSessionNumber} required {...rhfText(form, 'councilSessionNumber')} />
      </Box>
      <Box sx={col(3)} {...NAV_FIELD}>
        <DateField form={form} name="councilSessionDate" label={m.councilSessionDate} />
      </Box>
      <Box sx={col(3)} {...NAV_FIELD}>
        <DateField
          form={form}
          name="approvalDate"
          label={m.approvalDate}
          help={approvalTouched.current ? undefined : m.approvalDateHelp}
          onPicked={() => (approvalTouched.current = true)}
        />
      </Box>
    </FormSection>
  );
}

export function ReceiptFields({ form }: { form: Form }) {
  const { control } = form;
  return (
    <FormSection title={m.sectionReceipt}>
      <Box sx={col(3)} {...NAV_FIELD}>
        <DateField form={form} name="receiptDate" label={m.receiptDate} help={m.receiptDateHelp} />
      </Box>
      <Box sx={col(3)} {...NAV_FIELD}>
        <TextField label={m.incomingNumber} required {...rhfText(form, 'incomingNumber')} />
      </Box>
      <Box sx={col(6)} {...NAV_FIELD}>
        <Controller
          control={control}
          name="category"
          render={({ field, fieldState }) => (
            <TextField
              select
              label={m.category}
              required
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              name={field.name}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message}
              slotProps={{ select: { 'data-testid': 'field-category' } as object }}
            >
              {CATEGORIES.map((c) => (
                <MenuItem key={c.code} value={c.code}>
                  {c.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Box>
    </FormSection>
  );
}

export function ContentFields({ form }: { form: Form }) {
  return (
    <FormSection title={m.sectionContent}>
      <Box sx={col(12)} {...NAV_FIELD}>
        <TextField label={m.title} required {...rhfText(form, 'title')} />
      </Box>
      <Box sx={col(12)} {...NAV_FIELD}>
        <TextField label={m.text} required multiline minRows={7} maxRows={20} {...rhfText(form, 'text')} />
      </Box>
    </FormSection>
  );
}
