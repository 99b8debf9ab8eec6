// «جلسهٔ جدید» and «ویرایش زمان و محل جلسه»: the date on the Jalali calendar, the time, the place.
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
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
import TextField from '@mui/material/TextField';
import { sessionScheduleInput, type SessionDetail, type SessionSummary } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { toFa } from '../../format/fa';
import { JalaliDateField } from '../../components/JalaliDateField';
import { enterMovesOn, focusFirstInvalid, NAV_FIELD } from '../../components/formKeys';
import { rhfText } from '../../components/rhfText';
import { applyServerErrors } from '../../components/serverErrors';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';

type FormInput = z.input<typeof sessionScheduleInput>;
type FormOutput = z.output<typeof sessionScheduleInput>;
const FIELDS = ['date', 'time', 'place', 'note'] as const;

export interface ScheduleDialogProps {
  /** the session to edit; null for a new one */
  session: SessionSummary | null;
  today: string;
  onClose: () => void;
  onSaved: (detail: SessionDetail) => void;
}

export function ScheduleDialog({ session, today, onClose, onSaved }: ScheduleDialogProps) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(sessionScheduleInput),
    defaultValues: session
      ? { date: session.date, time: toFa(session.time), place: session.place, note: session.note }
      : { date: '', time: toFa('10:00'), place: '', note: '' },
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const [topError, setTopError] = useState<string | null>(null);
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(
    async (values) => {
      setTopError(null);
      try {
        const saved = session
          ? await call('sessions.update', { ...values, id: session.id, rev: session.rev })
          : await call('sessions.schedule', values);
        onSaved(saved);
      } catch (err) {
        setTopError(applyServerErrors(err, form.setError, FIELDS));
        focusFirstInvalid(formRef.current);
      }
    },
    () => focusFirstInvalid(formRef.current),
  );

  return (
    <Dialog open onClose={isSubmitting ? undefined : onClose} fullWidth maxWidth="sm" data-testid="schedule-dialog">
      <form ref={formRef} noValidate onSubmit={submit} onKeyDown={enterMovesOn(() => void submit())}>
        <DialogTitle>{session ? m.editTitle : m.scheduleTitle}</DialogTitle>
        <DialogContent>
          {topError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="form-error">
              {topError}
            </Alert>
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 2, pt: 1 }}>
            <Box {...NAV_FIELD}>
              <Controller
                control={form.control}
                name="date"
                render={({ field, fieldState }) => (
                  <JalaliDateField
                    label={m.date}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    name={field.name}
                    testId="field-date"
                    minDate={today}
                    autoFocus
                    required
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message}
                  />
                )}
              />
            </Box>
            <Box {...NAV_FIELD}>
              <TextField
                label={m.time}
                required
                {...rhfText(form, 'time', m.timeHelp)}
                slotProps={{ htmlInput: { 'data-testid': 'field-time', dir: 'ltr', inputMode: 'numeric' } }}
              />
            </Box>
            <Box sx={{ gridColumn: 'span 2' }} {...NAV_FIELD}>
              <TextField label={m.place} required {...rhfText(form, 'place', m.placeHelp)} />
            </Box>
            <Box sx={{ gridColumn: 'span 2' }} {...NAV_FIELD}>
              <TextField label={m.note} multiline minRows={2} {...rhfText(form, 'note')} />
            </Box>
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
            data-testid="schedule-submit"
            startIcon={isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
          >
            {session ? common.save : m.schedule}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
