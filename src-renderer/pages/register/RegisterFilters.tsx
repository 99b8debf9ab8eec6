// The register's filter bar: full-text search (debounced), council, category, statuses, and the
// receipt-date range on the Jalali calendar.
import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import FilterAltOff from '@mui/icons-material/FilterAltOff';
import type { Council } from '../../../shared/schemas/council';
import { CATEGORIES, type CategoryCode } from '../../../shared/domain/categories';
import { STATUSES, statusLabel, type StatusCode } from '../../../shared/domain/statuses';
import { CouncilAutocomplete } from '../../components/CouncilAutocomplete';
import { INVALID_DATE, JalaliDateField } from '../../components/JalaliDateField';
import { registerMessages as m } from '../../messages/register';
import { hasFilters, type RegisterQuery } from './registerQuery';

const SEARCH_DEBOUNCE_MS = 250;
/** the status menu's extra entry: registered after the objection window had ended */
const LATE = 'late';

export interface RegisterFiltersProps {
  query: RegisterQuery;
  councils: readonly Council[];
  councilsLoading: boolean;
  onChange: (patch: Partial<RegisterQuery>) => void;
  onClear: () => void;
}

export function RegisterFilters({ query, councils, councilsLoading, onChange, onClear }: RegisterFiltersProps) {
  const [text, setText] = useState(query.q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef(query.q);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  // the URL wins when it changes from outside (Back, clear filters), not when it echoes our own search
  useEffect(() => {
    if (query.q !== lastSent.current) {
      clearTimeout(timer.current);
      lastSent.current = query.q;
      setText(query.q);
    }
  }, [query.q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      lastSent.current = value;
      onChangeRef.current({ q: value });
    }, SEARCH_DEBOUNCE_MS);
  };

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
      <FormControl fullWidth sx={{ gridColumn: { md: 'span 3' } }}>
        <InputLabel id="register-category-label">{m.category}</InputLabel>
        <Select
          labelId="register-category-label"
          label={m.category}
          value={query.category ?? ''}
          onChange={(e) => onChange({ category: (e.target.value as CategoryCode) || null })}
          data-testid="register-category"
        >
          <MenuItem value="">
            <em>{m.allCategories}</em>
          </MenuItem>
          {CATEGORIES.map((c) => (
            <MenuItem key={c.code} value={c.code}>
              {c.label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl fullWidth sx={{ gridColumn: { md: 'span 4' } }}>
        <InputLabel id="register-status-label">{m.status}</InputLabel>
        <Select<string[]>
          labelId="register-status-label"
          label={m.status}
          multiple
          value={query.late ? [...query.status, LATE] : query.status}
          onChange={(e) => {
            const v = e.target.value;
            const picked = typeof v === 'string' ? v.split(',') : v;
            onChange({ status: picked.filter((x) => x !== LATE) as StatusCode[], late: picked.includes(LATE) });
          }}
          renderValue={(selected) => selected.map((x) => (x === LATE ? m.lateOnly : statusLabel(x))).join('، ')}
          data-testid="register-status"
        >
          {STATUSES.map((s) => (
            <MenuItem key={s.code} value={s.code} dense>
              <Checkbox size="small" checked={query.status.includes(s.code)} sx={{ py: 0.25 }} />
              <ListItemText primary={s.label} />
            </MenuItem>
          ))}
          {/* accountability (issue 11): not a state, a fact of the registration */}
          <Divider />
          <MenuItem value={LATE} dense data-testid="register-late">
            <Checkbox size="small" checked={query.late} sx={{ py: 0.25 }} />
            <ListItemText primary={m.lateOnly} secondary={m.lateOnlyHint} />
          </MenuItem>
        </Select>
      </FormControl>
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
