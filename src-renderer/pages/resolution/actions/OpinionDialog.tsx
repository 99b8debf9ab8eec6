// The assigned expert's opinion: conclusion, reasoning, the clauses concerned, the grounds and
// the legal references. A draft may be saved incomplete as often as needed; the final submission
// is checked like the core checks it, and sends the resolution to the panel.
import { useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { OPINION_CONCLUSIONS } from '../../../../shared/domain/objectionGrounds';
import { opinionDraftInput, opinionSubmitInput, type Opinion } from '../../../../shared/schemas/review';
import { call } from '../../../api/client';
import { useNotify } from '../../../app/Notifier';
import { focusFirstInvalid } from '../../../components/formKeys';
import { applyServerErrors } from '../../../components/serverErrors';
import { toFa } from '../../../format/fa';
import { Cell, FormDialog } from '../../../components/FormDialog';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { GroundsCell } from './formParts';
import { CitationsCells } from '../../../components/objection/CitationsCells';
import { ResolutionTextAside } from '../../../components/objection/ResolutionTextAside';
import { useLifecycle } from './LifecycleContext';

interface Values {
  conclusion: string;
  reasoning: string;
  clauses: { text: string }[];
  grounds: string[];
  referenceIds: string[];
  citations: { law: string; article: string; text: string }[];
}
const FIELDS = ['conclusion', 'reasoning', 'clauses', 'grounds', 'referenceIds', 'citations'] as const;

function valuesOf(draft: Opinion | undefined): Values {
  return {
    conclusion: draft?.conclusion ?? '',
    reasoning: draft?.reasoning ?? '',
    clauses: (draft?.clauses.length ? draft.clauses : ['']).map((text) => ({ text })),
    grounds: draft?.grounds ?? [],
    referenceIds: draft?.referenceIds ?? [],
    citations: draft?.citations ?? [],
  };
}

export function OpinionDialog({ onClose }: { onClose: () => void }) {
  const { r, user, review, references, changed } = useLifecycle();
  const draft = review?.opinions.find((o) => o.status === 'draft' && o.expertId === user?.id);
  const form = useForm<Values>({ defaultValues: valuesOf(draft), mode: 'onTouched', shouldFocusError: false });
  const clauses = useFieldArray({ control: form.control, name: 'clauses' });
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

  const clauseError = form.formState.errors.clauses?.message ?? form.formState.errors.clauses?.root?.message;

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
      <Cell wide>
        <Controller
          control={form.control}
          name="conclusion"
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} data-testid="field-conclusion">
              <FormLabel sx={{ fontSize: 14 }}>{m.conclusion}</FormLabel>
              <RadioGroup row {...field}>
                {OPINION_CONCLUSIONS.map((c) => (
                  <FormControlLabel
                    key={c.code}
                    value={c.code}
                    label={c.label}
                    control={
                      <Radio size="small" slotProps={{ input: { 'data-testid': `conclusion-${c.code}` } as object }} />
                    }
                  />
                ))}
              </RadioGroup>
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
      </Cell>
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
      <Box sx={{ gridColumn: 'span 2', display: 'grid', gap: 1.5 }} data-testid="field-clauses">
        <FormLabel sx={{ fontSize: 14 }} error={Boolean(clauseError)}>
          {m.clauses}
        </FormLabel>
        {clauses.fields.map((c, i) => (
          <Box key={c.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} data-nav-field="">
            <TextField
              label={m.clause(toFa(i + 1))}
              multiline
              minRows={1}
              maxRows={6}
              {...form.register(`clauses.${i}.text`)}
              helperText={i === 0 ? m.clauseHelp : undefined}
              slotProps={{ htmlInput: { 'data-testid': `field-clause-${i}` } }}
            />
            <Tooltip title={m.removeClause}>
              <span>
                <IconButton
                  aria-label={m.removeClause}
                  onClick={() => clauses.remove(i)}
                  disabled={clauses.fields.length === 1}
                >
                  <DeleteOutlined />
                </IconButton>
              </span>
            </Tooltip>
          </Box>
        ))}
        {clauseError && <FormHelperText error>{clauseError}</FormHelperText>}
        <Box>
          <Button
            size="small"
            startIcon={<AddOutlined />}
            onClick={() => clauses.append({ text: '' })}
            data-testid="add-clause"
          >
            {m.addClause}
          </Button>
        </Box>
      </Box>
      <GroundsCell form={form} name="grounds" />
      <CitationsCells form={form} referenceIds="referenceIds" citations="citations" catalog={references} />
    </FormDialog>
  );
}
