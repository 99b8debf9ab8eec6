// The council's answer to the objection as three radios (CouncilDialogs.tsx): amend, repeal, insist.
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { lifecycleMessages as m } from '../../../messages/lifecycle';

export function AnswerChoice<T extends FieldValues>({ form }: { form: UseFormReturn<T, unknown, unknown> }) {
  return (
    <Controller
      control={(form as UseFormReturn<T>).control}
      name={'answer' as Path<T>}
      render={({ field, fieldState }) => (
        <FormControl error={Boolean(fieldState.error)} data-testid="field-answer">
          <FormLabel sx={{ fontSize: 14 }}>{m.answer}</FormLabel>
          <RadioGroup row value={field.value ?? ''} onChange={(e) => field.onChange(e.target.value)}>
            {(['amend', 'repeal', 'insist'] as const).map((a) => (
              <FormControlLabel
                key={a}
                value={a}
                label={m.answers[a]}
                control={<Radio size="small" slotProps={{ input: { 'data-testid': `answer-${a}` } as object }} />}
              />
            ))}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}
