// Above a list, at its end: the switch that brings the inactive rows in (e.g. «نمایش کاربران غیرفعال»).
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';

export function ShowInactiveSwitch({
  checked,
  onChange,
  label,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  testId: string;
}) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
      <FormControlLabel
        control={
          <Switch checked={checked} onChange={(e) => onChange(e.target.checked)} size="small" data-testid={testId} />
        }
        label={label}
      />
    </Box>
  );
}
