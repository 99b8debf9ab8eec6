// What an opinion or an objection cites: entries of the national catalog (by id), and citations
// written out (law, article, text). An entry of the office's own catalog is copied in as a written
// citation, so the record reads the same wherever it goes. Whoever keeps the office's catalog may
// add a written citation to it from here.
import { Controller, useFieldArray, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import type { LegalReference } from '../../../shared/schemas/review';
import { searchKey } from '../../../shared/text/persian';
import { citationsMessages as m } from '../../messages/citations';
import { lifecycleMessages as lm } from '../../messages/lifecycle';
import { Cell } from '../FormDialog';
import { WrittenCitationRow } from './WrittenCitationRow';

const filter = createFilterOptions<LegalReference>({ stringify: (r) => searchKey(`${r.text} ${r.subject}`) });

export interface CitationsCellsProps<T extends FieldValues> {
  form: UseFormReturn<T, unknown, unknown>;
  /** the form's field names, e.g. 'referenceIds' and 'citations' or 'objection.referenceIds' … */
  referenceIds: Path<T>;
  citations: Path<T>;
  catalog: readonly LegalReference[];
}

export function CitationsCells<T extends FieldValues>(p: CitationsCellsProps<T>) {
  const form = p.form as UseFormReturn<T>;
  const written = useFieldArray({ control: form.control, name: p.citations as never });
  const options = p.catalog.filter((r) => r.active);
  const error = (name: string) =>
    name
      .split('.')
      .reduce<unknown>((a, k) => (a as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
      { message?: string; root?: { message?: string } } | undefined;
  const writtenError = error(p.citations);
  return (
    <>
      <Cell wide>
        <Controller
          control={form.control}
          name={p.referenceIds}
          render={({ field, fieldState }) => {
            const ids = (field.value ?? []) as string[];
            const selected = ids
              .map((id) => p.catalog.find((r) => r.id === id))
              .filter((r): r is LegalReference => !!r);
            return (
              <Autocomplete
                multiple
                options={options}
                value={selected}
                onChange={(_, v) => {
                  // an office entry is copied in as a written citation, not cited by id
                  const office = v.filter((r) => r.source === 'office');
                  for (const r of office) written.append({ law: r.law, article: r.article, text: r.subject } as never);
                  field.onChange(v.filter((r) => r.source !== 'office').map((r) => r.id));
                }}
                onBlur={field.onBlur}
                getOptionLabel={(r) => r.text}
                getOptionKey={(r) => r.id}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                filterOptions={(o, s) => filter(o, { ...s, inputValue: searchKey(s.inputValue) })}
                noOptionsText={m.noMatch}
                data-testid={`field-${p.referenceIds}`}
                renderOption={(props, r) => {
                  const { key, ...rest } = props as typeof props & { key: string };
                  return (
                    <li key={key} {...rest} data-testid={`reference-${r.id}`}>
                      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', width: '100%' }}>
                        <Box sx={{ flexGrow: 1 }}>
                          <Typography variant="body2">{r.text}</Typography>
                          <Typography variant="caption" color="text.secondary">
                            {r.subject}
                          </Typography>
                        </Box>
                        {r.source === 'office' && <Chip size="small" variant="outlined" label={m.officeEntry} />}
                      </Box>
                    </li>
                  );
                }}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label={lm.references}
                    placeholder={m.catalogPlaceholder}
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message}
                    inputRef={field.ref}
                  />
                )}
              />
            );
          }}
        />
      </Cell>
      <Box sx={{ gridColumn: 'span 2', display: 'grid', gap: 1 }} data-testid={`field-${p.citations}`}>
        <FormLabel sx={{ fontSize: 14 }}>{m.written}</FormLabel>
        {written.fields.map((f, i) => (
          <WrittenCitationRow
            key={f.id}
            form={p.form}
            name={`${p.citations}.${i}` as Path<T>}
            index={i}
            onRemove={() => written.remove(i)}
          />
        ))}
        {writtenError?.message && <FormHelperText error>{writtenError.message}</FormHelperText>}
        <Box>
          <Button
            size="small"
            startIcon={<AddOutlined />}
            onClick={() => written.append({ law: '', article: '', text: '' } as never)}
            data-testid={`add-citation`}
          >
            {m.addWritten}
          </Button>
          <Typography variant="caption" color="text.secondary" sx={{ mx: 1 }}>
            {m.writtenHelp}
          </Typography>
        </Box>
      </Box>
    </>
  );
}
