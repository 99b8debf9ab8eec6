// The parts a form dialog is made of: a form bound to the contract's schema whose server errors
// land on its fields, the dialog frame around it, and the grid cells for text, dates and choices.
import { useRef, useState, type ReactNode, type RefObject } from 'react';
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
import Typography from '@mui/material/Typography';
import { useNotify } from '../app/Notifier';
import { common } from '../messages/common';
import { JalaliDateField } from './JalaliDateField';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD } from './formKeys';
import { rhfText } from './rhfText';
import { applyServerErrors } from './serverErrors';

export interface DialogSubmitOptions<V, R> {
  /** the fields a refusal's per-field messages may land on */
  fields: readonly string[];
  run: (values: V) => Promise<R>;
  onDone: (values: V, result: R) => void;
  /** the confirmation to show: «ثبت شد.» unless told; null for none (the caller reports, or a step leads on) */
  success?: string | null | ((values: V) => string | null);
}

/** What ties a FormDialog to its form: `<FormDialog {...frame} …>`. */
export interface FormFrame {
  submit: () => void;
  busy: boolean;
  topError: string | null;
  formRef: RefObject<HTMLFormElement | null>;
}

/**
 * Submitting a form: `run` makes the call; on success the form reports and `onDone` follows (a
 * dialog closes), on a refusal the core's message shows at the top and its per-field messages on
 * the fields. Either way the first field in error gets the focus. A dialog takes `frame`; a form
 * of its own on a page, `submit`, `topError` and `formRef`.
 */
export function useDialogSubmit<T extends FieldValues, V, R>(
  form: UseFormReturn<T, unknown, V>,
  opts: DialogSubmitOptions<V, R>,
) {
  const notify = useNotify();
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setTopError(null);
      try {
        const result = await opts.run(values);
        const message = typeof opts.success === 'function' ? opts.success(values) : opts.success;
        if (message !== null) notify(message ?? common.done);
        opts.onDone(values, result);
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, opts.fields));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );
  const frame: FormFrame = {
    submit: () => void submit(),
    busy: form.formState.isSubmitting,
    topError,
    formRef,
  };
  return { submit, topError, formRef, frame };
}

/** A form validated with the contract's schema on the way out (a form with its own resolver: useDialogSubmit). */
export function useDialogForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  opts: DialogSubmitOptions<z.output<S>, R> & { schema: S; defaults: DefaultValues<z.input<S>> },
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(opts.schema as never) as never,
    defaultValues: opts.defaults,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  return { form, ...useDialogSubmit(form, opts) };
}

export interface FormDialogProps extends FormFrame {
  title: string;
  testId: string;
  submitTestId: string;
  submitLabel?: string;
  onClose: () => void;
  /** shown under the top error, above the intro (e.g. an info Alert) */
  notice?: ReactNode;
  intro?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** the grid's columns; two equal ones unless told */
  columns?: string;
  /** a long form: Escape does not close it either, only «انصراف» */
  guarded?: boolean;
  /** more buttons before the submit button (e.g. «ذخیرهٔ پیش‌نویس») */
  extraActions?: ReactNode;
  /** shown beside the form and kept in view while it scrolls (e.g. the text being judged) */
  aside?: ReactNode;
  children: ReactNode;
}

export function FormDialog(p: FormDialogProps) {
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
      {/* a column that shrinks, so a long form scrolls inside its content and the buttons stay in view */}
      <form
        ref={p.formRef}
        noValidate
        style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
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
          {p.notice}
          {p.intro && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {p.intro}
            </Typography>
          )}
          <Box sx={p.aside ? { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)', gap: 3 } : {}}>
            {p.aside && (
              <Box
                component="aside"
                sx={{
                  position: 'sticky',
                  top: 0,
                  alignSelf: 'start',
                  maxHeight: '62vh',
                  overflowY: 'auto',
                  bgcolor: 'grey.50',
                  border: 1,
                  borderColor: 'divider',
                  borderRadius: 2,
                  p: 2,
                  mt: 1,
                }}
              >
                {p.aside}
              </Box>
            )}
            <Box
              sx={{
                display: 'grid',
                gridTemplateColumns: p.columns ?? 'repeat(2, minmax(0, 1fr))',
                gap: 2,
                pt: 1,
                alignContent: 'start',
              }}
            >
              {p.children}
            </Box>
          </Box>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {/* no focus change on press: a field's blur would show its error, move this button and
              swallow the click */}
          <Button onClick={p.onClose} onMouseDown={(e) => e.preventDefault()} color="inherit" disabled={p.busy}>
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
            {p.submitLabel ?? common.submit}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/**
 * A grid cell of the dialog: half a row, or the whole row. Enter moves from field to field;
 * `skipOnEnter` for a switch or a checkbox, which Enter passes over.
 */
export function Cell({ wide, skipOnEnter, children }: { wide?: boolean; skipOnEnter?: boolean; children: ReactNode }) {
  return (
    <Box
      sx={{ gridColumn: wide ? 'span 2' : { xs: 'span 2', sm: 'span 1' } }}
      {...(skipOnEnter ? undefined : NAV_FIELD)}
    >
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
  /** the earliest date the calendar offers */
  minDate?: string;
  autoFocus?: boolean;
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
            minDate={p.minDate}
            autoFocus={p.autoFocus}
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

/** A switch on a row of its own, with a line of help under it. */
export function SwitchCell<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  helper?: string;
}) {
  return (
    <Cell wide skipOnEnter>
      <Controller
        control={(p.form as UseFormReturn<T>).control}
        name={p.name}
        render={({ field }) => (
          <FormControlLabel
            control={
              <Switch
                checked={Boolean(field.value)}
                onChange={(e) => field.onChange(e.target.checked)}
                slotProps={{ input: { 'data-testid': `field-${p.name}` } as object }}
              />
            }
            label={p.label}
          />
        )}
      />
      {p.helper && <FormHelperText sx={{ mt: 0 }}>{p.helper}</FormHelperText>}
    </Cell>
  );
}
