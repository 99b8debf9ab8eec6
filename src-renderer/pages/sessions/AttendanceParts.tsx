// The parts of the attendance panel (AttendancePanel.tsx): the quorum, and one member, a checkbox
// for the secretary who records attendance, a present/absent chip for everyone else.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import StarOutlined from '@mui/icons-material/StarOutlined';
import type { QuorumState, SessionDetail } from '../../../shared/schemas/session';
import { sessionsMessages as m } from '../../messages/sessions';

export function QuorumIndicator({ quorum }: { quorum: QuorumState }) {
  const color = !quorum.recorded ? 'default' : quorum.met ? 'success' : 'error';
  const value = quorum.required ? Math.min(100, (quorum.present / quorum.required) * 100) : 0;
  return (
    <Box data-testid="quorum" data-met={quorum.met} data-recorded={quorum.recorded}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.75, mb: 1 }}>
        <Chip
          size="small"
          color={color}
          icon={quorum.met ? <CheckCircleOutlined /> : <ErrorOutline />}
          label={!quorum.recorded ? m.quorumUnknown : quorum.met ? m.quorumMet : m.quorumNotMet}
        />
        <Typography variant="body2" color="text.secondary">
          {m.quorum(quorum.present, quorum.required, quorum.activeMembers)}
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={quorum.recorded ? value : 0}
        color={quorum.met ? 'success' : quorum.recorded ? 'warning' : 'inherit'}
        sx={{ height: 6, borderRadius: 3 }}
      />
    </Box>
  );
}

export function AttendanceMember({
  member: u,
  editable,
  present,
  onToggle,
}: {
  member: SessionDetail['members'][number];
  editable: boolean;
  present: boolean;
  onToggle: (present: boolean) => void;
}) {
  const label = (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {u.fullName}
      </Typography>
      {u.isChair && <StarOutlined fontSize="inherit" color="warning" titleAccess={m.chair} />}
      {u.title && (
        <Typography variant="caption" color="text.secondary">
          {u.title}
        </Typography>
      )}
    </Box>
  );
  return editable ? (
    <FormControlLabel
      label={label}
      control={
        <Checkbox
          checked={present}
          onChange={(e) => onToggle(e.target.checked)}
          slotProps={{ input: { 'data-testid': `attendance-${u.id}` } as object }}
        />
      }
    />
  ) : (
    <Box
      sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.75 }}
      data-testid={`attendance-${u.id}`}
      data-present={u.present}
    >
      <Chip
        size="small"
        variant={u.present ? 'filled' : 'outlined'}
        color={u.present ? 'success' : 'default'}
        label={u.present === null ? m.notRecorded : u.present ? m.present : m.absent}
        sx={{ minWidth: 64 }}
      />
      {label}
    </Box>
  );
}
