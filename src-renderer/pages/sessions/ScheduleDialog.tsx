// «جلسهٔ جدید» and «ویرایش زمان و محل جلسه»: the date on the Jalali calendar, the time, the place.
import TextField from '@mui/material/TextField';
import { sessionScheduleInput, type SessionDetail, type SessionSummary } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { toFa } from '../../format/fa';
import { Cell, DateCell, FormDialog, TextCell, useDialogForm } from '../../components/FormDialog';
import { rhfText } from '../../components/rhfText';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';

const FIELDS = ['date', 'time', 'place', 'note'] as const;

export interface ScheduleDialogProps {
  /** the session to edit; null for a new one */
  session: SessionSummary | null;
  today: string;
  onClose: () => void;
  onSaved: (detail: SessionDetail) => void;
}

export function ScheduleDialog({ session, today, onClose, onSaved }: ScheduleDialogProps) {
  const { form, frame } = useDialogForm({
    schema: sessionScheduleInput,
    defaults: session
      ? { date: session.date, time: toFa(session.time), place: session.place, note: session.note }
      : { date: '', time: toFa('10:00'), place: '', note: '' },
    fields: FIELDS,
    run: (values) =>
      session
        ? call('sessions.update', { ...values, id: session.id, rev: session.rev })
        : call('sessions.schedule', values),
    success: null,
    onDone: (_, saved) => onSaved(saved),
  });

  return (
    <FormDialog
      title={session ? m.editTitle : m.scheduleTitle}
      testId="schedule-dialog"
      submitTestId="schedule-submit"
      submitLabel={session ? common.save : m.schedule}
      onClose={onClose}
      {...frame}
      columns="minmax(0, 3fr) minmax(0, 2fr)"
    >
      <DateCell form={form} name="date" label={m.date} minDate={today} autoFocus />
      <Cell>
        <TextField
          label={m.time}
          required
          {...rhfText(form, 'time', m.timeHelp)}
          slotProps={{ htmlInput: { 'data-testid': 'field-time', dir: 'ltr', inputMode: 'numeric' } }}
        />
      </Cell>
      <TextCell form={form} name="place" label={m.place} helper={m.placeHelp} required wide />
      <Cell wide>
        <TextField label={m.note} multiline minRows={2} {...rhfText(form, 'note')} />
      </Cell>
    </FormDialog>
  );
}
