// A resolution's status as a colored chip with its Persian label.
import Chip, { type ChipProps } from '@mui/material/Chip';
import { statusLabel, type StatusCode } from '../../shared/domain/statuses';

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

export function StatusChip({ status, size = 'small' }: { status: StatusCode; size?: ChipProps['size'] }) {
  return (
    <Chip
      data-testid="status-chip"
      data-status={status}
      label={statusLabel(status)}
      color={COLORS[status] ?? 'default'}
      size={size}
      variant={status === 'received' || status === 'withdrawn' ? 'outlined' : 'filled'}
    />
  );
}
