// «شورای جدید» and «ویرایش شورا»: the council's fields (councilInput / councilUpdateInput).
import { z } from 'zod';
import { councilInput, type Council } from '../../../shared/schemas/council';
import { COUNCIL_KINDS } from '../../../shared/domain/councils';
import { call } from '../../api/client';
import { FormDialog, SelectCell, SwitchCell, TextCell, useDialogForm } from '../../components/FormDialog';
import { councilsMessages as m } from '../../messages/councils';
import { common } from '../../messages/common';

const formSchema = councilInput.extend({ active: z.boolean() });
const FIELDS = ['name', 'kind', 'county', 'province', 'nationalCode', 'active'] as const;

export interface CouncilDialogProps {
  /** the council to edit; null for a new one */
  council: Council | null;
  defaults: { county: string; province: string };
  onClose: () => void;
  onSaved: (council: Council, created: boolean) => void;
}

export function CouncilDialog({ council, defaults, onClose, onSaved }: CouncilDialogProps) {
  const { form, frame } = useDialogForm({
    schema: formSchema,
    defaults: council
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
    fields: FIELDS,
    run: ({ active, ...values }) =>
      council
        ? call('councils.update', { ...values, active, id: council.id, rev: council.rev })
        : call('councils.create', values),
    success: null,
    onDone: (_, saved) => onSaved(saved, !council),
  });

  return (
    <FormDialog
      title={council ? m.editCouncil : m.newCouncil}
      testId="council-dialog"
      submitTestId="council-submit"
      submitLabel={council ? common.save : m.create}
      onClose={onClose}
      {...frame}
    >
      <TextCell form={form} name="name" label={m.name} helper={m.nameHelp} required wide autoFocus />
      <SelectCell form={form} name="kind" label={m.kind} options={COUNCIL_KINDS} />
      <TextCell form={form} name="nationalCode" label={m.code} helper={m.codeHelp} />
      <TextCell form={form} name="county" label={m.county} required />
      <TextCell form={form} name="province" label={m.province} required />
      {council && <SwitchCell form={form} name="active" label={m.activeSwitch} helper={m.activeHelp} />}
    </FormDialog>
  );
}
