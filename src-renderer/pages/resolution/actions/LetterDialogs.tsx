// Letters to the council as lifecycle facts: the objection letter or the no-conflict notice sent
// (number and date from the outgoing register), and the council's receipt of the objection.
import { letterSentInput, councilReceivedInput } from '../../../../shared/schemas/ruling';
import { call } from '../../../api/client';
import { useAppInfo } from '../../../app/AppInfoContext';
import { toFa } from '../../../format/fa';
import { DateCell, FormDialog, TextCell, useDialogForm } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';

const letterForm = letterSentInput.pick({ outgoingNumber: true, letterDate: true });

export function LetterSentDialog({ kind, onClose }: { kind: 'objection' | 'compliance'; onClose: () => void }) {
  const { r, changed } = useLifecycle();
  const { today } = useAppInfo();
  const { form, frame } = useDialogForm({
    schema: letterForm,
    defaults: { outgoingNumber: '', letterDate: today },
    fields: ['outgoingNumber', 'letterDate'],
    run: (v) =>
      call(kind === 'objection' ? 'objection.letterSent' : 'compliance.noticeSent', {
        resolutionId: r.id,
        ...v,
        rev: r.rev,
      }),
    onDone: () => (onClose(), changed()),
  });
  const objection = kind === 'objection';
  return (
    <FormDialog
      title={objection ? m.letterTitle : m.noticeTitle}
      testId="letter-dialog"
      submitTestId="letter-submit"
      onClose={onClose}
      {...frame}
      intro={`${objection ? m.letterBody : m.noticeBody} ${m.letterRefHelp}`}
    >
      <TextCell form={form} name="outgoingNumber" label={m.outgoingNumber} required autoFocus />
      <DateCell form={form} name="letterDate" label={m.letterDate} />
    </FormDialog>
  );
}

const receivedForm = councilReceivedInput.pick({ receivedDate: true });

export function CouncilReceivedDialog({ onClose }: { onClose: () => void }) {
  const { r, records, changed } = useLifecycle();
  const { today } = useAppInfo();
  const current = records?.letters.find((l) => l.kind === 'objection')?.councilReceivedDate;
  const { form, frame } = useDialogForm({
    schema: receivedForm,
    defaults: { receivedDate: current ?? today },
    fields: ['receivedDate'],
    run: (v) => call('objection.councilReceived', { resolutionId: r.id, ...v, rev: r.rev }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={m.receivedTitle}
      testId="council-received-dialog"
      submitTestId="council-received-submit"
      onClose={onClose}
      {...frame}
    >
      <DateCell
        form={form}
        name="receivedDate"
        label={m.receivedDate}
        helper={records ? m.receivedHelp(toFa(records.councilReconsiderDays)) : undefined}
        wide
      />
    </FormDialog>
  );
}
