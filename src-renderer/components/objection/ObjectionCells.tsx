// The objection a ruling records: the clause objected to, its grounds, what it cites (catalog and
// written out) and the reasoning. The same cells serve the panel's ruling, the chair's draft and
// the correction of a ruling to an objection.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ObjectionInput } from '../../../shared/schemas/ruling';
import type { LegalReference } from '../../../shared/schemas/review';
import { lifecycleMessages as m } from '../../messages/lifecycle';
import { GroundsCell } from '../../pages/resolution/actions/formParts';
import { TextCell } from '../FormDialog';
import { CitationsCells } from './CitationsCells';

/** The form's starting objection: what was drafted, else the expert's, else empty. */
export function objectionDefaults(from?: Partial<ObjectionInput> | null): ObjectionInput {
  return {
    clause: from?.clause ?? '',
    grounds: from?.grounds ?? [],
    referenceIds: from?.referenceIds ?? [],
    citations: (from?.citations ?? []).map((c) => ({ law: c.law, article: c.article ?? '', text: c.text ?? '' })),
    reasoning: from?.reasoning ?? '',
  };
}

/** The form fields a refusal's messages may land on, under `prefix` ('objection'). */
export const objectionFields = (prefix: string) =>
  ['clause', 'grounds', 'referenceIds', 'citations', 'reasoning'].map((f) => `${prefix}.${f}`);

export function ObjectionCells<T extends FieldValues>(p: {
  form: UseFormReturn<T, unknown, unknown>;
  prefix: string;
  catalog: readonly LegalReference[];
  autoFocus?: boolean;
}) {
  const at = (f: string) => `${p.prefix}.${f}` as Path<T>;
  return (
    <>
      <TextCell
        form={p.form}
        name={at('clause')}
        label={m.objectionClause}
        required
        wide
        multiline
        autoFocus={p.autoFocus}
      />
      <GroundsCell form={p.form} name={at('grounds')} />
      <CitationsCells form={p.form} referenceIds={at('referenceIds')} citations={at('citations')} catalog={p.catalog} />
      <TextCell form={p.form} name={at('reasoning')} label={m.objectionReasoning} required wide multiline />
    </>
  );
}
