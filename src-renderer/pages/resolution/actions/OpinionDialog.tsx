// The assigned expert's opinion: conclusion, reasoning, the clauses concerned, the grounds and
// the legal references. A draft may be saved incomplete as often as needed; the final submission
// is checked like the core checks it, and sends the resolution to the panel.
import { useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { opinionDraftInput, opinionSubmitInput } from '../../../../shared/schemas/review';
import { call } from '../../../api/client';
import { useNotify } from '../../../app/Notifier';
import { focusFirstInvalid } from '../../../components/formKeys';
import { applyServerErrors } from '../../../components/serverErrors';
import { Cell, FormDialog } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { GroundsCell } from './formParts';
import { CitationsCells } from '../../../components/objection/CitationsCells';
import { ResolutionTextAside } from '../../../components/objection/ResolutionTextAside';
import { useLifecycle } from './LifecycleContext';
import { ClausesCell, ConclusionCell } from './OpinionFields';
import { FIELDS, valuesOf, type Values } from './opinionValues';

export function OpinionDialog({ onClose }: { onClose: () => void }) {
  const { r, user, review, references, changed } = useLifecycle();
  const draft = review?.opinions.find((o) => o.status === 'draft' && o.expertId === user?.id);
  const form = useForm<Values>({ defaultValues: valuesOf(draft), mode: 'onTouched', shouldFocusError: false });
  const formRef = useRef<HTMLFormElement>(null);
  const notify = useNotify();
  const [topError, setTopError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (final: boolean) => {
    setTopError(null);
    form.clearErrors();
    const v = form.getValues();
    const input = {
      resolutionId: r.id,
      conclusion: v.conclusion || (final ? undefined : null),
      reasoning: v.reasoning,
      clauses: v.clauses.map((c) => c.text),
      grounds: v.grounds,
      referenceIds: v.referenceIds,
      citations: v.citations,
    };
    const parsed = (final ? opinionSubmitInput : opinionDraftInput).safeParse(input);
    if (!parsed.success) {
      for (const issue of (parsed.error as z.ZodError).issues) {
        const name = FIELDS.find((f) => f === issue.path[0]);
        if (name && !form.getFieldState(name).error) form.setError(name as Path<Values>, { message: issue.message });
      }
      focusFirstInvalid(formRef.current);
      return;
    }
    setBusy(true);
    try {
      if (final) await call('review.submitOpinion', input as z.input<typeof opinionSubmitInput>);
      else await call('review.saveOpinion', input as z.input<typeof opinionDraftInput>);
      notify(final ? m.opinionSubmitted : m.draftSaved);
      onClose();
      changed();
    } catch (err) {
      setTopError(applyServerErrors(err, form.setError, FIELDS));
      focusFirstInvalid(formRef.current);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      title={m.opinionTitle}
      testId="opinion-dialog"
      submitTestId="opinion-submit"
      submitLabel={m.submitOpinion}
      onClose={onClose}
      submit={() => void send(true)}
      busy={busy}
      topError={topError}
      formRef={formRef}
      maxWidth="lg"
      guarded
      intro={draft ? `${m.draftLoaded} ${m.submitWarning}` : m.submitWarning}
      aside={
        <ResolutionTextAside
          title={r.title}
          council={r.councilDisplayName}
          number={r.councilResolutionNumber}
          text={r.text}
        />
      }
      extraActions={
        <Button variant="outlined" disabled={busy} onClick={() => void send(false)} data-testid="opinion-save-draft">
          {m.saveDraft}
        </Button>
      }
    >
      <ConclusionCell form={form} />
      <Cell wide>
        <TextField
          label={m.reasoning}
          required
          multiline
          minRows={5}
          maxRows={16}
          {...form.register('reasoning')}
          error={Boolean(form.formState.errors.reasoning)}
          helperText={form.formState.errors.reasoning?.message ?? m.reasoningHelp}
          slotProps={{ htmlInput: { 'data-testid': 'field-reasoning' } }}
        />
      </Cell>
      <ClausesCell form={form} />
      <GroundsCell form={form} name="grounds" />
      <CitationsCells form={form} referenceIds="referenceIds" citations="citations" catalog={references} />
    </FormDialog>
  );
}
