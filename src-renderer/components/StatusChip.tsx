// A resolution's status as a colored chip with its Persian label.
import Chip, { type ChipProps } from '@mui/material/Chip';
import { statusLabel, type StatusCode } from '../../shared/domain/statuses';

const WRAP = {
  height: 'auto',
  minHeight: 24,
  maxWidth: '100%',
  py: 0.25,
  '& .MuiChip-label': { whiteSpace: 'normal', lineHeight: 1.25, textAlign: 'center' },
} as const;

const COLORS: Record<StatusCode, ChipProps['color']> = {
  received: 'info',
  under_review: 'primary',
  awaiting_ruling: 'warning',
  compliant: 'success',
  objected: 'error',
  enforceable: 'success',
  enforceable_by_lapse: 'success',
  with_council: 'warning',
  withdrawn: 'default',
  referred: 'secondary',
  upheld: 'success',
  annulled: 'error',
};

/** `wrap`: a long label goes on two lines instead of being cut (a narrow column). */
export function StatusChip({
  status,
  size = 'small',
  wrap = false,
}: {
  status: StatusCode;
  size?: ChipProps['size'];
  wrap?: boolean;
}) {
  return (
    <Chip
      sx={wrap ? WRAP : undefined}
      data-testid="status-chip"
      data-status={status}
      label={statusLabel(status)}
      color={COLORS[status] ?? 'default'}
      size={size}
      variant={status === 'received' || status === 'withdrawn' ? 'outlined' : 'filled'}
    />
  );
}
