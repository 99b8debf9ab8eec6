// The register's deadline column (issue 11): days left to the current step's legal deadline in
// Persian digits, amber when close, red once past; the date itself in the tooltip.
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { daysLeft } from '../../../shared/deadlines/calculator';
import { dateFa } from '../../format/fa';
import { registerMessages as m } from '../../messages/register';

/** As the desk's countdown: three days or fewer is «close». */
const SOON_DAYS = 3;

export function DeadlineCell({ dueDate, now = new Date() }: { dueDate: string | null; now?: Date }) {
  if (!dueDate) return null;
  const left = daysLeft(dueDate, now);
  const color = left < 0 ? 'error.main' : left <= SOON_DAYS ? 'warning.dark' : 'text.secondary';
  return (
    <Tooltip title={m.deadlineOn(dateFa(dueDate))}>
      <Typography
        variant="body2"
        component="span"
        data-testid="register-deadline"
        data-days-left={left}
        sx={{ color, fontWeight: left <= SOON_DAYS ? 600 : 400, whiteSpace: 'nowrap', lineHeight: 'inherit' }}
      >
        {m.daysLeft(left)}
      </Typography>
    </Tooltip>
  );
}
