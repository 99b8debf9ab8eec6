// The register's category and status filters (RegisterFilters.tsx); the status menu also offers
// the resolutions registered after the objection window had ended.
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { CATEGORIES, type CategoryCode } from '../../../shared/domain/categories';
import { STATUSES, statusLabel, type StatusCode } from '../../../shared/domain/statuses';
import { registerMessages as m } from '../../messages/register';
import type { RegisterQuery } from './registerQuery';

/** the status menu's extra entry: registered after the objection window had ended */
const LATE = 'late';

interface FilterProps {
  query: RegisterQuery;
  onChange: (patch: Partial<RegisterQuery>) => void;
}

export function CategoryFilter({ query, onChange }: FilterProps) {
  return (
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
  );
}

export function StatusFilter({ query, onChange }: FilterProps) {
  return (
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
  );
}
