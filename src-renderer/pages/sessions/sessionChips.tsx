// Small pieces the session screens share: the session's status, a member's finding (a system
// finding looks different from a vote: dashed, with a robot icon), and the decision so far.
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import SmartToyOutlined from '@mui/icons-material/SmartToyOutlined';
import {
  findingLabel,
  sessionStatusLabel,
  type Decision,
  type FindingCode,
  type SessionSummary,
} from '../../../shared/schemas/session';
import { DECISION_VIEW, sessionsMessages as m } from '../../messages/sessions';

export function SessionStatusChip({ session, today }: { session: SessionSummary; today: string }) {
  const live = session.status === 'scheduled' && session.date <= today;
  const color =
    session.status === 'closed' ? 'success' : session.status === 'cancelled' ? 'default' : live ? 'warning' : 'primary';
  return (
    <Chip
      data-testid="session-status"
      data-status={session.status}
      size="small"
      color={color}
      variant={session.status === 'cancelled' ? 'outlined' : 'filled'}
      label={live ? m.inProgress : sessionStatusLabel(session.status)}
    />
  );
}

const FINDING_COLORS: Record<FindingCode, 'success' | 'error' | 'warning'> = {
  no_conflict: 'success',
  conflict: 'error',
  partial_conflict: 'warning',
};

export function FindingChip({
  finding,
  system = false,
  muted = false,
  title,
}: {
  finding: FindingCode;
  system?: boolean;
  /** an absent member's vote, shown but not counted */
  muted?: boolean;
  title?: string;
}) {
  const chip = (
    <Chip
      size="small"
      data-finding={finding}
      data-source={system ? 'system' : 'member'}
      icon={system ? <SmartToyOutlined /> : undefined}
      color={system ? 'default' : FINDING_COLORS[finding]}
      variant={system || muted ? 'outlined' : 'filled'}
      label={findingLabel(finding, system ? 'system' : 'member')}
      sx={{
        ...(system ? { borderStyle: 'dashed', fontStyle: 'italic' } : {}),
        ...(muted ? { opacity: 0.55, textDecoration: 'line-through' } : {}),
      }}
    />
  );
  return title ? <Tooltip title={title}>{chip}</Tooltip> : chip;
}

export function DecisionChip({ decision }: { decision: Decision }) {
  const view = DECISION_VIEW[decision];
  return (
    <Chip
      size="small"
      data-testid="decision"
      data-decision={decision}
      color={view.color}
      label={view.label}
      variant="outlined"
    />
  );
}
