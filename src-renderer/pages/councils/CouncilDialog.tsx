// «شورای جدید» and «ویرایش شورا»: the council's fields (councilInput / councilUpdateInput).
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { councilInput, type Council } from '../../../shared/schemas/council';
import { COUNCIL_KINDS } from '../../../shared/domain/councils';
import { call } from '../../api/client';
import { applyServerErrors } from '../../components/serverErrors';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { councilsMessages as m } from '../../messages/councils';
import { common } from '../../messages/common';

const formSchema = councilInput.extend({ active: z.boolean() });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;
const FIELDS = ['name', 'kind', 'county', 'province', 'nationalCode', 'active'] as const;

export interface CouncilDialogProps {
  /** the council to edit; null for a new one */
  council: Council | null;
  defaults: { county: string; province: string };
  onClose: () => void;
  onSaved: (council: Council, created: boolean) => void;
}

export function CouncilDialog({ council, defaults, onClose, onSaved }: CouncilDialogProps) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: council
      ? {
          name: council.name,
          kind: council.kind,
          county: council.county,
          province: council.province,
          nationalCode: council.nationalCode,
          active: council.active,
        }
      : {
          name: '',
          kind: 'village',
          county: defaults.county,
          province: defaults.province,
          nationalCode: '',
          active: true,
        },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(
    async ({ active, ...values }) => {
      setTopError(null);
      try {
        const saved = council
          ? await call('councils.update', { ...values, active, id: council.id, rev: council.rev })
          : await call('councils.create', values);
        onSaved(saved, !council);
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, FIELDS));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <Dialog open onClose={isSubmitting ? undefined : onClose} fullWidth maxWidth="sm" data-testid="council-dialog">
      <form ref={formRef} noValidate onSubmit={submit} onKeyDown={enterMovesOn(() => void submit())}>
        <DialogTitle>{council ? m.editCouncil : m.newCouncil}</DialogTitle>
        <DialogContent>
          {topError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
              {topError}
            </Alert>
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2, pt: 1 }}>
            <Box sx={{ gridColumn: 'span 2' }} {...NAV_FIELD}>
              <TextField label={m.name} required autoFocus {...rhfText(form, 'name', m.nameHelp)} />
            </Box>
            <Box {...NAV_FIELD}>
              <Controller
                control={form.control}
                name="kind"
                render={({ field, fieldState }) => (
                  <TextField
                    select
                    label={m.kind}
                    required
                    {...field}
                    inputRef={field.ref}
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message}
                    slotProps={{ select: { 'data-testid': 'field-kind' } as object }}
                  >
                    {COUNCIL_KINDS.map((k) => (
                      <MenuItem key={k.code} value={k.code}>
                        {k.label}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            </Box>
            <Box {...NAV_FIELD}>
              <TextField label={m.code} {...rhfText(form, 'nationalCode', m.codeHelp)} />
            </Box>
            <Box {...NAV_FIELD}>
              <TextField label={m.county} required {...rhfText(form, 'county')} />
            </Box>
            <Box {...NAV_FIELD}>
              <TextField label={m.province} required {...rhfText(form, 'province')} />
            </Box>
            {council && (
              <Box sx={{ gridColumn: 'span 2' }}>
                <Controller
                  control={form.control}
                  name="active"
                  render={({ field }) => (
                    <FormControlLabel
                      control={
                        <Switch
                          checked={field.value}
                          onChange={(e) => field.onChange(e.target.checked)}
                          data-testid="field-active"
                        />
                      }
                      label={m.activeSwitch}
                    />
                  )}
                />
                <FormHelperText sx={{ mt: 0 }}>{m.activeHelp}</FormHelperText>
              </Box>
            )}
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} color="inherit" disabled={isSubmitting}>
            {common.cancel}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={isSubmitting}
            data-testid="council-submit"
            startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {council ? common.save : m.create}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
