// A select of the reports page's controls (ReportControls.tsx), optionally with an «all» entry
// that clears its filter.
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { reportMessages as m } from '../../messages/reports';

interface Option {
  value: string | number;
  label: string;
}

export function Choice({
  label,
  value,
  options,
  onChange,
  testId,
  all,
}: {
  label: string;
  value: string | number | undefined;
  options: Option[];
  onChange: (v: string) => void;
  testId: string;
  /** an «all» entry that clears the filter */
  all?: boolean;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{
        htmlInput: { 'data-testid': testId },
        select: { displayEmpty: all },
        inputLabel: all ? { shrink: true } : undefined,
      }}
    >
      {all && <MenuItem value="">{m.all}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
