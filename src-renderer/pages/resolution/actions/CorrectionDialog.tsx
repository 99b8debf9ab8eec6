// Correcting the panel's ruling inside the legal window: a new ruling with a reason that points
// to the one in force; to an objection it needs the clause, grounds and references.
import { z } from 'zod';
import { correctionInput, objectionInput } from '../../../../shared/schemas/ruling';
import { call } from '../../../api/client';
import { FormDialog, TextCell, useDialogForm } from '../../../components/FormDialog';
import { ObjectionCells, objectionDefaults, objectionFields } from '../../../components/objection/ObjectionCells';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';

const toObjected = z.object({ reason: correctionInput.shape.reason, objection: objectionInput });
const toCompliant = z.object({ reason: correctionInput.shape.reason });
const FIELDS = ['reason', ...objectionFields('objection')];

export function CorrectionDialog({ onClose }: { onClose: () => void }) {
  const { r, records, review, references, changed } = useLifecycle();
  const current = records?.rulings.filter((x) => x.correctedById === null).at(-1);
  // compliant → objected, objected → compliant: the state says which
  const outcome = r.status === 'compliant' ? 'objected' : 'compliant';
  const opinion = review?.opinions.find((o) => o.status === 'submitted');
  const { form, frame } = useDialogForm({
    schema: outcome === 'objected' ? toObjected : toCompliant,
    defaults: {
      reason: '',
      objection: objectionDefaults(opinion && { ...opinion, clause: opinion.clauses.join('\n') }),
    } as never,
    fields: FIELDS,
    run: (v) =>
      call('rulings.correct', {
        resolutionId: r.id,
        correctsId: current?.id ?? '',
        outcome,
        reason: v.reason,
        objection: 'objection' in v ? (v.objection as z.input<typeof objectionInput>) : undefined,
        rev: r.rev,
      }),
    onDone: () => (onClose(), changed()),
  });
  return (
    <FormDialog
      title={`${m.correctionTitle}: ${m.outcome[outcome]}`}
      testId="correction-dialog"
      submitTestId="correction-submit"
      onClose={onClose}
      {...frame}
      maxWidth="md"
      guarded
      intro={m.correctionBody}
    >
      <TextCell form={form} name="reason" label={m.correctionReason} required wide autoFocus />
      {outcome === 'objected' && <ObjectionCells form={form} prefix="objection" catalog={references} />}
    </FormDialog>
  );
}
