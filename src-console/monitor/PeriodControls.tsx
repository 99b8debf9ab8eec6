// The period (a Jalali year, optionally one season or month of it) and how many days without a
// sync make an office stale.
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { JALALI_MONTHS, jalaliYear, todayInTehran } from '../../shared/dates/jalali';
import { SEASONS } from '../../shared/reports/period';
import { toFa } from '../../src-renderer/format/fa';
import type { View } from '../types';
import { t } from '../messages';

export const currentJalaliYear = () => jalaliYear(todayInTehran());

export function PeriodControls({ view, onView }: { view: View; onView: (v: View) => void }) {
  const now = currentJalaliYear();
  const years = Array.from({ length: 6 }, (_, i) => now - i);
  const part = view.month ? `m${view.month}` : view.season ? `s${view.season}` : '';
  const setPart = (v: string) =>
    onView({
      ...view,
      season: v.startsWith('s') ? Number(v.slice(1)) : undefined,
      month: v.startsWith('m') ? Number(v.slice(1)) : undefined,
    });
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={t.period.year}
        value={view.year}
        sx={{ width: 110 }}
        onChange={(e) => onView({ ...view, year: Number(e.target.value) })}
        slotProps={{ htmlInput: { 'data-testid': 'year' } }}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {toFa(y)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t.period.season}
        value={part}
        sx={{ width: 150 }}
        onChange={(e) => setPart(e.target.value)}
      >
        <MenuItem value="">{t.period.whole}</MenuItem>
        {SEASONS.map((s, i) => (
          <MenuItem key={s} value={`s${i + 1}`}>
            {s}
          </MenuItem>
        ))}
        {JALALI_MONTHS.map((m, i) => (
          <MenuItem key={m} value={`m${i + 1}`}>
            {m}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t.period.staleDays}
        value={view.staleDays}
        sx={{ width: 160 }}
        onChange={(e) => onView({ ...view, staleDays: Number(e.target.value) })}
      >
        {[3, 7, 14, 30].map((d) => (
          <MenuItem key={d} value={d}>
            {toFa(d)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
