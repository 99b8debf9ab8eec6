// Decisions that end the process from outside the panel: the dispute board's ruling on a
// referred resolution, and an Administrative Justice Court annulment at any stage.
import { boardDecisionInput, courtAnnulmentInput } from '../../../../shared/schemas/ruling';
import { call } from '../../../api/client';
import { useAppInfo } from '../../../app/AppInfoContext';
import { DateCell, FormDialog, SelectCell, TextCell, useDialogForm } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';

const boardForm = boardDecisionInput.pick({ decision: true, decisionNumber: true, decisionDate: true, note: true });

export function BoardDecisionDialog({ onClose }: { onClose: () => void }) {
  const { r, records, changed } = useLifecycle();
  const { today } = useAppInfo();
  const referral = records?.referrals[records.referrals.length - 1];
  const { form, frame } = useDialogForm({
    schema: boardForm,
    defaults: { decision: undefined, decisionNumber: '', decisionDate: today, note: '' },
    fields: ['decision', 'decisionNumber', 'decisionDate', 'note'],
    run: (v) => call('objection.boardDecision', { resolutionId: r.id, ...v, rev: r.rev }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={m.boardTitle}
      testId="board-decision-dialog"
      submitTestId="board-decision-submit"
      onClose={onClose}
      {...frame}
      intro={referral?.boardName}
    >
      <SelectCell
        form={form}
        name="decision"
        label={m.decision}
        options={[
          { code: 'upheld', label: m.decisions.upheld },
          { code: 'annulled', label: m.decisions.annulled },
        ]}
        wide
      />
      <TextCell form={form} name="decisionNumber" label={m.decisionNumber} required />
      <DateCell form={form} name="decisionDate" label={m.decisionDate} />
      <TextCell form={form} name="note" label={m.decisionNote} wide multiline />
    </FormDialog>
  );
}

const courtForm = courtAnnulmentInput.pick({ rulingNumber: true, rulingDate: true, note: true });

export function CourtAnnulmentDialog({ onClose }: { onClose: () => void }) {
  const { r, changed } = useLifecycle();
  const { today } = useAppInfo();
  const { form, frame } = useDialogForm({
    schema: courtForm,
    defaults: { rulingNumber: '', rulingDate: today, note: '' },
    fields: ['rulingNumber', 'rulingDate', 'note'],
    run: (v) => call('court.annulment', { resolutionId: r.id, ...v, rev: r.rev }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={m.courtTitle}
      testId="court-dialog"
      submitTestId="court-submit"
      onClose={onClose}
      {...frame}
      intro={m.courtBody}
    >
      <TextCell form={form} name="rulingNumber" label={m.courtNumber} required autoFocus />
      <DateCell form={form} name="rulingDate" label={m.courtDate} />
      <TextCell form={form} name="note" label={m.decisionNote} wide multiline />
    </FormDialog>
  );
}
