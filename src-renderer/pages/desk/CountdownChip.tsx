// A deadline's countdown («۲ روز مانده», «امروز آخرین مهلت است», «۱ روز گذشته») as a chip whose
// color says how urgent it is: past red, today filled amber, within the reminder window amber.
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import AlarmOutlined from '@mui/icons-material/AlarmOutlined';
import { dateFa } from '../../format/fa';

export function CountdownChip({
  daysLeft,
  text,
  date,
  label,
  soonDays = 3,
}: {
  daysLeft: number | null;
  text: string | null;
  date?: string | null;
  /** what the deadline is, for the tooltip */
  label?: string;
  soonDays?: number;
}) {
  if (daysLeft === null || !text) return null;
  const color = daysLeft < 0 ? 'error' : daysLeft <= soonDays ? 'warning' : 'default';
  const chip = (
    <Chip
      data-testid="countdown"
      data-days-left={daysLeft}
      icon={<AlarmOutlined />}
      size="small"
      color={color}
      variant={daysLeft <= 0 ? 'filled' : 'outlined'}
      label={text}
      sx={{ fontWeight: 600, flexShrink: 0 }}
    />
  );
  if (!date) return chip;
  return <Tooltip title={`${label ? `${label}: ` : ''}${dateFa(date)}`}>{chip}</Tooltip>;
}
