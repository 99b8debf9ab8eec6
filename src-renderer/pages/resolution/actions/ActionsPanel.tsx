// «اقدامات»: only what the signed-in user may do with this resolution now — the state machine's
// transitions for the user's role (transitionsFrom), narrowed by what the page knows (the
// assigned expert, a closed objection window, the council's clock) — each opening its dialog.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { isPast } from '../../../../shared/deadlines/calculator';
import { isTerminal } from '../../../../shared/lifecycle/machine';
import { useCall } from '../../../api/useCall';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { ActionDialogFor } from './ActionDialogFor';
import { useLifecycle } from './LifecycleContext';
import { TEST_IDS, useActions, type ActionKey } from './useActions';

/** actions beside the process, shown quietly */
const SIDE: readonly ActionKey[] = ['court', 'registration'];

const WAITS_ON: Partial<Record<string, string>> = {
  received: 'دبیرخانه',
  under_review: 'کارشناس مشورتی',
  awaiting_ruling: 'هیأت تطبیق',
  compliant: 'دبیرخانه',
  objected: 'دبیرخانه',
  with_council: 'شورا',
  referred: 'هیأت حل اختلاف',
};

export function ActionsPanel() {
  const { r, user, records } = useLifecycle();
  const actions = useActions();
  const [open, setOpen] = useState<ActionKey | null>(null);
  const experts = useCall('users.list', r.assignedExpertId ? { role: 'expert', includeInactive: true } : null);
  const expert = experts.data?.find((u) => u.id === r.assignedExpertId);
  const now = new Date();
  const windowClosed =
    r.objectionDeadline !== null &&
    isPast(r.objectionDeadline, now) &&
    ['received', 'under_review', 'awaiting_ruling'].includes(r.status);

  return (
    <Box data-testid="actions-panel" sx={{ display: 'grid', gap: 1.5 }}>
      {r.assignedExpertId && (
        <Typography variant="body2" color="text.secondary" data-testid="assigned-expert">
          {m.assignedExpert}: <b>{expert?.fullName ?? '…'}</b>
        </Typography>
      )}
      {windowClosed && <Alert severity="warning">{m.windowClosedActions}</Alert>}
      {/* a court annulment or a correction alone is not the step at hand: say whose step it is */}
      {!actions.some((a) => a.key !== 'court' && a.key !== 'registration') && (
        <Typography variant="body2" color="text.secondary" data-testid="no-actions">
          {isTerminal(r.status) ? m.processEnded : WAITS_ON[r.status] ? m.waitingFor(WAITS_ON[r.status]!) : m.noActions}
        </Typography>
      )}
      {actions.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {actions.map((a) => (
            <Button
              key={a.key}
              variant={a.primary ? 'contained' : SIDE.includes(a.key) ? 'text' : 'outlined'}
              color={SIDE.includes(a.key) ? 'inherit' : 'primary'}
              startIcon={a.icon}
              onClick={() => setOpen(a.key)}
              data-testid={TEST_IDS[a.key]}
            >
              {a.label}
            </Button>
          ))}
        </Box>
      )}
      {r.status === 'awaiting_ruling' && user?.role === 'secretary' && !windowClosed && (
        <Typography variant="caption" color="text.secondary">
          {m.rulingInSession}
        </Typography>
      )}
      {r.status === 'with_council' && records?.councilNoAnswerOutcome === 'withdrawn' && (
        <Typography variant="caption" color="text.secondary">
          {m.noAnswerWithdrawn}
        </Typography>
      )}
      {open && <ActionDialogFor action={open} onClose={() => setOpen(null)} />}
    </Box>
  );
}
