// The resolution's clocks at a glance: the panel's objection deadline while it matters, and the
// current step's deadline (the expert's, the council's, the board's), each with a Persian
// countdown; red once a deadline has passed, amber in its last three days.
import Alert, { type AlertColor } from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { countdownFa, daysLeft } from '../../../../shared/deadlines/calculator';
import { dueKindLabel } from '../../../../shared/lifecycle/due';
import type { StatusCode } from '../../../../shared/domain/statuses';
import { dateFa, dateLongFa } from '../../../format/fa';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';

/** States in which the panel's own window still decides what may happen. */
const PANEL_WINDOW: readonly StatusCode[] = ['received', 'under_review', 'awaiting_ruling', 'compliant', 'objected'];
const SOON_DAYS = 3;

interface Line {
  testId: string;
  label: string;
  date: string;
  left: number;
}

export function DeadlineBanner() {
  const { r } = useLifecycle();
  const now = new Date();
  if (r.status === 'enforceable_by_lapse') {
    return (
      <Alert severity="info" data-testid="deadline-banner" data-overdue="false" sx={{ mb: 2 }}>
        {r.objectionDeadline && `${m.objectionClosed(dateFa(r.objectionDeadline))} `}
        {m.lapsedNote}
      </Alert>
    );
  }
  const lines: Line[] = [];
  if (r.objectionDeadline && PANEL_WINDOW.includes(r.status)) {
    lines.push({
      testId: 'deadline-objection',
      label: m.objectionDeadline,
      date: r.objectionDeadline,
      left: daysLeft(r.objectionDeadline, now),
    });
  }
  if (r.dueDate && r.dueKind && !(r.dueKind === 'objection' && lines.length)) {
    lines.push({
      testId: 'deadline-due',
      label: dueKindLabel(r.dueKind),
      date: r.dueDate,
      left: daysLeft(r.dueDate, now),
    });
  }
  if (!lines.length) return null;
  const worst = Math.min(...lines.map((l) => l.left));
  const severity: AlertColor = worst < 0 ? 'error' : worst <= SOON_DAYS ? 'warning' : 'info';
  return (
    <Alert
      severity={severity}
      variant={worst < 0 ? 'filled' : 'standard'}
      data-testid="deadline-banner"
      data-overdue={String(worst < 0)}
      sx={{ mb: 2, '& .MuiAlert-message': { width: '100%' } }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 0.5 }}>
        {lines.map((l) => (
          <Typography key={l.testId} variant="body2" data-testid={l.testId} data-days-left={l.left}>
            <Box component="span" sx={{ fontWeight: 700 }}>
              {l.label}:
            </Box>{' '}
            {dateLongFa(l.date)} ({dateFa(l.date)}) —{' '}
            <Box component="span" sx={{ fontWeight: 700 }}>
              {countdownFa(l.date, now)}
            </Box>
          </Typography>
        ))}
      </Box>
    </Alert>
  );
}
