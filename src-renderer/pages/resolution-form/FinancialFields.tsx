// The optional financial side of a resolution (issue 12): its kind, amount, budget year and line,
// and for a project the time, cost and scope the council approved. Hidden until a kind is chosen.
import { Controller, type UseFormReturn } from 'react-hook-form';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { FINANCIAL_KINDS } from '../../../shared/domain/financial';
import { rialsFa } from '../../../shared/schemas/financial';
import { toAsciiDigits } from '../../../shared/text/persian';
import { NAV_FIELD } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { financialMessages as m } from '../../messages/financial';
import { FormSection } from './FormSection';
import type { ResolutionFormOutput, ResolutionFormValues } from './formModel';

type Form = UseFormReturn<ResolutionFormValues, unknown, ResolutionFormOutput>;

const col = (span: number) => ({ gridColumn: { xs: 'span 12', md: `span ${span}` } });
const numeric = { inputMode: 'numeric' as const, dir: 'ltr' as const };

/** «۴۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال» under an amount as typed, so a missing zero shows. */
function amountHelp(typed: string | undefined): string | undefined {
  const digits = toAsciiDigits(typed ?? '').replace(/[,\u066C\u060C\s\u200C]/g, '');
  return /^\d{1,16}$/.test(digits) ? rialsFa(Number(digits)) : undefined;
}

function NumberField({
  form,
  name,
  label,
  span,
}: {
  form: Form;
  name: `financial.${string}`;
  label: string;
  span: number;
}) {
  const props = rhfText(form, name as 'financial.amountRials');
  const help = /Rials$/.test(name) ? amountHelp(form.watch(name as 'financial.amountRials')) : undefined;
  return (
    <Box sx={col(span)} {...NAV_FIELD}>
      <TextField
        label={label}
        {...props}
        helperText={props.helperText ?? help}
        slotProps={{ htmlInput: { ...props.slotProps.htmlInput, ...numeric } }}
      />
    </Box>
  );
}

export function FinancialFields({ form }: { form: Form }) {
  const kind = form.watch('financial.kind');
  return (
    <FormSection title={m.section}>
      <Box sx={col(4)} {...NAV_FIELD}>
        <Controller
          control={form.control}
          name="financial.kind"
          render={({ field, fieldState }) => (
            <TextField
              select
              label={m.kind}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              name={field.name}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message}
              slotProps={{ select: { 'data-testid': 'field-financial.kind' } as object }}
            >
              <MenuItem value="">{m.none}</MenuItem>
              {FINANCIAL_KINDS.map((k) => (
                <MenuItem key={k.code} value={k.code}>
                  {k.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Box>
      {kind && (
        <>
          <NumberField form={form} name="financial.amountRials" label={m.amount} span={4} />
          <NumberField form={form} name="financial.budgetYear" label={m.budgetYear} span={2} />
          <Box sx={col(2)} {...NAV_FIELD}>
            <TextField label={m.budgetLine} {...rhfText(form, 'financial.budgetLine')} />
          </Box>
        </>
      )}
      {kind === 'project' && (
        <>
          <NumberField form={form} name="financial.projectDurationMonths" label={m.duration} span={3} />
          <NumberField form={form} name="financial.projectCostRials" label={m.cost} span={4} />
          <Box sx={col(5)} {...NAV_FIELD}>
            <TextField label={m.scope} {...rhfText(form, 'financial.projectScope')} />
          </Box>
        </>
      )}
    </FormSection>
  );
}
