// «تنظیمات جلسات»: how many resolutions the proposed agenda holds, and the quorum (empty: a
// majority of the panel's active members). The fields take Persian or Latin digits.
import { z } from 'zod';
import { sessionSettingsInput, type SessionSettings } from '../../../shared/schemas/session';
import { toAsciiDigits } from '../../../shared/text/persian';
import { call } from '../../api/client';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { FormDialog, TextCell, useDialogForm } from '../../components/FormDialog';

/** '' → null, digits in any script → a number; anything else is left for the schema to refuse */
const digits = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const s = toAsciiDigits(v).trim();
  return s === '' ? null : /^\d+$/.test(s) ? Number(s) : s;
};

const settingsForm = z.object({
  agendaLimit: z.preprocess(digits, sessionSettingsInput.shape.agendaLimit),
  quorum: z.preprocess(digits, sessionSettingsInput.shape.quorum),
});

export function SessionSettingsDialog({
  current,
  onClose,
  onSaved,
}: {
  current: SessionSettings;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { form, frame } = useDialogForm({
    schema: settingsForm,
    defaults: { agendaLimit: toFa(current.agendaLimit), quorum: current.quorum === null ? '' : toFa(current.quorum) },
    fields: ['agendaLimit', 'quorum'],
    run: (v) => call('sessions.updateSettings', v as SessionSettings),
    success: m.settingsSaved,
    onDone: onSaved,
  });
  return (
    <FormDialog
      {...frame}
      title={m.settingsTitle}
      testId="session-settings-dialog"
      submitTestId="session-settings-submit"
      submitLabel={m.settingsSave}
      onClose={onClose}
      intro={m.settingsIntro}
    >
      <TextCell
        form={form}
        name="agendaLimit"
        label={m.settingsAgendaLimit}
        helper={m.settingsAgendaHelp}
        required
        autoFocus
      />
      <TextCell form={form} name="quorum" label={m.settingsQuorum} helper={m.settingsQuorumHelp} />
    </FormDialog>
  );
}
