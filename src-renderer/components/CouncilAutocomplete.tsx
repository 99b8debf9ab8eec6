// Choose a council by its display name («شورای اسلامی شهر کرمان»); typing any part matches,
// whatever keyboard (Arabic ي/ك or Persian ی/ک) typed it.
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Council } from '../../shared/schemas/council';
import { searchKey } from '../../shared/text/persian';

const filterOptions = createFilterOptions<Council>({
  stringify: (c) => searchKey(`${c.displayName} ${c.nationalCode}`),
});

export interface CouncilAutocompleteProps {
  councils: readonly Council[];
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  onBlur?: () => void;
  label: string;
  placeholder?: string;
  noOptionsText?: string;
  name?: string;
  testId?: string;
  error?: boolean;
  helperText?: string;
  required?: boolean;
  autoFocus?: boolean;
  loading?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function CouncilAutocomplete(props: CouncilAutocompleteProps) {
  const {
    councils,
    value,
    onChange,
    onBlur,
    label,
    placeholder,
    noOptionsText,
    name,
    testId,
    error,
    helperText,
    required,
    autoFocus,
    loading,
    inputRef,
  } = props;
  const selected = councils.find((c) => c.id === value) ?? null;
  return (
    <Autocomplete
      options={councils as Council[]}
      value={selected}
      loading={loading}
      onChange={(_, c) => onChange(c?.id ?? null)}
      onBlur={onBlur}
      getOptionLabel={(c) => c.displayName}
      getOptionKey={(c) => c.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(options, state) => filterOptions(options, { ...state, inputValue: searchKey(state.inputValue) })}
      autoHighlight
      noOptionsText={noOptionsText}
      data-testid={testId}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={placeholder}
          error={error}
          helperText={helperText}
          required={required}
          autoFocus={autoFocus}
          name={name}
          inputRef={inputRef}
        />
      )}
    />
  );
}
