// The parts every lifecycle dialog is made of: a form bound to the contract's schema whose
// server errors land on its fields, the dialog frame, and the date, grounds, references and
// dispute-board fields several dialogs share.
import { useRef, useState, type ReactNode } from 'react';
import {
  Controller,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { OBJECTION_GROUNDS } from '../../../../shared/domain/objectionGrounds';
import {
  DISPUTE_BOARD_LEVELS,
  defaultBoardName,
  type DisputeBoardLevel,
} from '../../../../shared/domain/disputeBoards';
import type { LegalReference } from '../../../../shared/schemas/review';
import { searchKey } from '../../../../shared/text/persian';
import { useNotify } from '../../../app/Notifier';
import { JalaliDateField } from '../../../components/JalaliDateField';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD } from '../../../components/formKeys';
import { rhfText } from '../../../components/rhfText';
import { applyServerErrors } from '../../../components/serverErrors';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { common } from '../../../messages/common';

/**
 * A dialog's form: validated with the contract's schema on the way out; `run` makes the call;
 * on success the dialog reports and closes, on a refusal the core's message shows at the top
 * and its per-field messages on the fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(opts: {
  schema: S;
  defaults: DefaultValues<z.input<S>>;
  fields: readonly string[];
  run: (values: z.output<S>) => Promise<unknown>;
  onDone: (values: z.output<S>) => void;
  /** the confirmation to show; null for none (a step that leads to another dialog) */
  success?: string | null | ((values: z.output<S>) => string | null);
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(opts.schema as never) as never,
    defaultValues: opts.defaults,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setTopError(null);
      try {
        await opts.run(values);
        const message = typeof opts.success === 'function' ? opts.success(values) : opts.success;
        if (message !== null) notify(message ?? m.done);
        opts.onDone(values);
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, opts.fields));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );
  return { form, submit, topError, formRef };
}

export interface ActionDialogProps {
  title: string;
  testId: string;
  submitTestId: string;
  submitLabel?: string;
  onClose: () => void;
  submit: () => void;
  busy: boolean;
  topError: string | null;
  formRef: React.RefObject<HTMLFormElement | null>;
  intro?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** a long form: Escape does not close it either, only «انصراف» */
  guarded?: boolean;
  /** more buttons before the submit button (e.g. «ذخیرهٔ پیش‌نویس») */
  extraActions?: ReactNode;
  children: ReactNode;
}

export function ActionDialog(p: ActionDialogProps) {
  return (
    <Dialog
      open
      // a stray click beside the dialog, or Escape in a long form, must not throw away what was typed
      onClose={(_, reason) => {
        if (p.busy || reason === 'backdropClick' || (p.guarded && reason === 'escapeKeyDown')) return;
        p.onClose();
      }}
      fullWidth
      maxWidth={p.maxWidth ?? 'sm'}
      data-testid={p.testId}
    >
      <form
        ref={p.formRef}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          p.submit();
        }}
        onKeyDown={enterMovesOn(p.submit)}
      >
        <DialogTitle>{p.title}</DialogTitle>
        <DialogContent>
          {p.topError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
              {p.topError}
            </Alert>
          )}
          {p.intro && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {p.intro}
            </Typography>
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 2, pt: 1 }}>
            {p.children}
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={p.onClose} color="inherit" disabled={p.busy}>
            {common.cancel}
          </Button>
          {p.extraActions}
          <Button
            type="submit"
            variant="contained"
            disabled={p.busy}
            data-testid={p.submitTestId}
            startIcon={p.busy ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {p.submitLabel ?? m.submit}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** A grid cell of the dialog: half a row, or the whole row. */
export function Cell({ wide, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <Box sx={{ gridColumn: wide ? 'span 2' : { xs: 'span 2', sm: 'span 1' } }} {...NAV_FIELD}>
      {children}
    </Box>
  );
}

export function TextCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  wide?: boolean;
  required?: boolean;
  multiline?: boolean;
  helper?: string;
  autoFocus?: boolean;
}) {
  return (
    <Cell wide={p.wide}>
      <TextField
        label={p.label}
        required={p.required}
        autoFocus={p.autoFocus}
        multiline={p.multiline}
        minRows={p.multiline ? 3 : undefined}
        maxRows={p.multiline ? 12 : undefined}
        {...rhfText(p.form as UseFormReturn<T>, p.name, p.helper)}
      />
    </Cell>
  );
}

export function DateCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  helper?: string;
  wide?: boolean;
}) {
  return (
    <Cell wide={p.wide}>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field, fieldState }) => (
          <JalaliDateField
            label={p.label}
            value={field.value as string | undefined}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            name={field.name}
            testId={`field-${p.name}`}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message ?? p.helper}
            required
          />
        )}
      />
    </Cell>
  );
}

export function SelectCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  options: readonly { code: string; label: string }[];
  wide?: boolean;
  onPicked?: (code: string) => void;
}) {
  return (
    <Cell wide={p.wide}>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={p.label}
            required
            value={field.value ?? ''}
            onChange={(e) => {
              field.onChange(e.target.value);
              p.onPicked?.(e.target.value);
            }}
            onBlur={field.onBlur}
            inputRef={field.ref}
            name={field.name}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ select: { 'data-testid': `field-${p.name}` } as object }}
          >
            {p.options.map((o) => (
              <MenuItem key={o.code} value={o.code} data-testid={`option-${o.code}`}>
                {o.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </Cell>
  );
}

/** The objection grounds as checkboxes. */
export function GroundsCell<T extends FieldValues>({
  form,
  name,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
}) {
  return (
    <Cell wide>
      <Controller
        control={(form as UseFormReturn<T>).control}
        name={name}
        render={({ field, fieldState }) => {
          const value = (field.value ?? []) as string[];
          return (
            <FormControl error={Boolean(fieldState.error)} component="fieldset" data-testid={`field-${name}`}>
              <FormLabel component="legend" sx={{ fontSize: 14 }}>
                {m.grounds}
              </FormLabel>
              <FormGroup row>
                {OBJECTION_GROUNDS.map((g) => (
                  <FormControlLabel
                    key={g.code}
                    label={g.label}
                    control={
                      <Checkbox
                        size="small"
                        checked={value.includes(g.code)}
                        onChange={(e) =>
                          field.onChange(e.target.checked ? [...value, g.code] : value.filter((x) => x !== g.code))
                        }
                        slotProps={{ input: { 'data-testid': `ground-${g.code}` } as object }}
                      />
                    }
                  />
                ))}
              </FormGroup>
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          );
        }}
      />
    </Cell>
  );
}

const filterReferences = createFilterOptions<LegalReference>({ stringify: (r) => searchKey(`${r.text} ${r.subject}`) });

/** Legal references from the catalog, several at once, found by law, article or subject. */
export function ReferencesCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  catalog: readonly LegalReference[];
}) {
  const options = p.catalog.filter((r) => r.active);
  return (
    <Cell wide>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field, fieldState }) => {
          const ids = (field.value ?? []) as string[];
          const selected = ids.map((id) => p.catalog.find((r) => r.id === id)).filter((r): r is LegalReference => !!r);
          return (
            <Autocomplete
              multiple
              options={options}
              value={selected}
              onChange={(_, v) => field.onChange(v.map((r) => r.id))}
              onBlur={field.onBlur}
              getOptionLabel={(r) => r.text}
              getOptionKey={(r) => r.id}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              filterOptions={(o, s) => filterReferences(o, { ...s, inputValue: searchKey(s.inputValue) })}
              noOptionsText={m.noReferences}
              data-testid={`field-${p.name}`}
              renderOption={(props, r) => {
                const { key, ...rest } = props as typeof props & { key: string };
                return (
                  <li key={key} {...rest} data-testid={`reference-${r.id}`}>
                    <Box>
                      <Typography variant="body2">{r.text}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {r.subject}
                      </Typography>
                    </Box>
                  </li>
                );
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={m.references}
                  placeholder={m.referencesPlaceholder}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message}
                  inputRef={field.ref}
                />
              )}
            />
          );
        }}
      />
    </Cell>
  );
}

/** Which board, its name (filled from the council by default), the referral's date and number. */
export function ReferralCells<T extends FieldValues>({
  form,
  prefix,
  council,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  prefix: string;
  council: { county: string; province: string };
}) {
  const f = form as UseFormReturn<T>;
  const at = (name: string) => `${prefix}.${name}` as Path<T>;
  return (
    <>
      <SelectCell
        form={form}
        name={at('boardLevel')}
        label={m.boardLevel}
        options={DISPUTE_BOARD_LEVELS}
        onPicked={(level) =>
          f.setValue(at('boardName'), defaultBoardName(level as DisputeBoardLevel, council) as never, {
            shouldValidate: true,
          })
        }
      />
      <TextCell form={form} name={at('boardName')} label={m.boardName} required />
      <DateCell form={form} name={at('referralDate')} label={m.referralDate} />
      <TextCell form={form} name={at('referralNumber')} label={m.referralNumber} />
    </>
  );
}
