// The opinion form's own cells (OpinionDialog.tsx): the conclusion, and the clauses concerned, as
// many as needed and at least one.
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { OPINION_CONCLUSIONS } from '../../../../shared/domain/objectionGrounds';
import { Cell } from '../../../components/FormDialog';
import { toFa } from '../../../format/fa';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import type { Values } from './opinionValues';
import { TipButton } from '../../../components/TipButton';

export function ConclusionCell({ form }: { form: UseFormReturn<Values> }) {
  return (
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
  );
}

export function ClausesCell({ form }: { form: UseFormReturn<Values> }) {
  const clauses = useFieldArray({ control: form.control, name: 'clauses' });
  const clauseError = form.formState.errors.clauses?.message ?? form.formState.errors.clauses?.root?.message;
  return (
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
          <TipButton title={m.removeClause} onClick={() => clauses.remove(i)} disabled={clauses.fields.length === 1}>
            <DeleteOutlined />
          </TipButton>
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
  );
}
