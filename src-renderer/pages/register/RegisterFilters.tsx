// The register's filter bar: full-text search (debounced), council, category, statuses, and the
// receipt-date range on the Jalali calendar.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import FilterAltOff from '@mui/icons-material/FilterAltOff';
import type { Council } from '../../../shared/schemas/council';
import { CouncilAutocomplete } from '../../components/CouncilAutocomplete';
import { INVALID_DATE, JalaliDateField } from '../../components/JalaliDateField';
import { registerMessages as m } from '../../messages/register';
import { hasFilters, type RegisterQuery } from './registerQuery';
import { CategoryFilter, StatusFilter } from './RegisterSelects';
import { useDebouncedSearch } from './useDebouncedSearch';

export interface RegisterFiltersProps {
  query: RegisterQuery;
  councils: readonly Council[];
  councilsLoading: boolean;
  onChange: (patch: Partial<RegisterQuery>) => void;
  onClear: () => void;
}

export function RegisterFilters({ query, councils, councilsLoading, onChange, onClear }: RegisterFiltersProps) {
  const [text, onSearch] = useDebouncedSearch(query.q, (q) => onChange({ q }));

  const dateChange = (key: 'from' | 'to') => (iso: string | undefined) => {
    if (iso === INVALID_DATE) return;
    onChange({ [key]: iso ?? null });
  };

  return (
    <Box
      data-testid="register-filters"
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(12, minmax(0, 1fr))' },
        alignItems: 'start',
        mb: 2,
      }}
    >
      <Box sx={{ gridColumn: { xs: 'span 2', md: 'span 5' } }}>
        <TextField
          value={text}
          onChange={(e) => onSearch(e.target.value)}
          placeholder={m.search}
          aria-label={m.searchLabel}
          type="search"
          slotProps={{
            htmlInput: { 'data-testid': 'register-search' },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 4' } }}>
        <CouncilAutocomplete
          councils={councils}
          loading={councilsLoading}
          value={query.councilId}
          onChange={(id) => onChange({ councilId: id })}
          label={m.council}
          placeholder={m.allCouncils}
          testId="register-council"
        />
      </Box>
      <CategoryFilter query={query} onChange={onChange} />
      <StatusFilter query={query} onChange={onChange} />
      <Box sx={{ gridColumn: { md: 'span 3' } }}>
        <JalaliDateField
          label={m.receivedFrom}
          value={query.from}
          onChange={dateChange('from')}
          testId="register-from"
          maxDate={query.to ?? undefined}
        />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 3' } }}>
        <JalaliDateField
          label={m.receivedTo}
          value={query.to}
          onChange={dateChange('to')}
          testId="register-to"
          minDate={query.from ?? undefined}
        />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' }, display: 'flex', alignItems: 'center', height: 40 }}>
        <Button
          startIcon={<FilterAltOff />}
          onClick={onClear}
          disabled={!hasFilters(query)}
          data-testid="register-clear-filters"
          color="inherit"
        >
          {m.clearFilters}
        </Button>
      </Box>
    </Box>
  );
}
