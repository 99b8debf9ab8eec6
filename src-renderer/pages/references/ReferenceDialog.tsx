// An entry of the office's own citation catalog: new, corrected, or withdrawn (kept, inactive).
import { z } from 'zod';
import { officeReferenceInput, type LegalReference } from '../../../shared/schemas/review';
import { call } from '../../api/client';
import { FormDialog, SwitchCell, TextCell, useDialogForm } from '../../components/FormDialog';
import { citationsMessages as m } from '../../messages/citations';
import { common } from '../../messages/common';

const formSchema = officeReferenceInput.omit({ id: true }).extend({ active: z.boolean() });

export function ReferenceDialog(p: { entry: LegalReference | null; onClose: () => void; onSaved: () => void }) {
  const e = p.entry;
  const { form, frame } = useDialogForm({
    schema: formSchema,
    defaults: { law: e?.law ?? '', article: e?.article ?? '', text: e?.subject ?? '', active: e?.active ?? true },
    fields: ['law', 'article', 'text', 'active'],
    run: (v) => call('references.saveOffice', { ...v, ...(e ? { id: e.id } : {}) }),
    success: m.entrySaved,
    onDone: p.onSaved,
  });
  return (
    <FormDialog
      title={e ? m.editEntry : m.newEntry}
      testId="reference-dialog"
      submitTestId="reference-submit"
      submitLabel={common.save}
      onClose={p.onClose}
      {...frame}
    >
      <TextCell form={form} name="law" label={m.law} required wide autoFocus />
      <TextCell form={form} name="article" label={m.article} />
      <TextCell form={form} name="text" label={m.text} wide multiline />
      {e && <SwitchCell form={form} name="active" label={m.activeSwitch} helper={m.activeHelp} />}
    </FormDialog>
  );
}
