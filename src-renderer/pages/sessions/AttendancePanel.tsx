// Attendance and the quorum: who of the panel's members is present. The secretary records it on
// the session's day; everyone sees whether the session can rule.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import StarOutlined from '@mui/icons-material/StarOutlined';
import type { QuorumState, SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import { dateFa } from '../../format/fa';
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

export function AttendancePanel({
  detail,
  editable,
  onChange,
}: {
  detail: SessionDetail;
  /** the secretary, on or after the session's day, before any ruling */
  editable: boolean;
  onChange: (d: SessionDetail) => void;
}) {
  const notify = useNotify();
  const [present, setPresent] = useState<Set<string>>(
    () => new Set(detail.members.filter((x) => x.present).map((x) => x.id)),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { session } = detail;
  const notYet = session.status === 'scheduled' && detail.today < session.date;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(await call('sessions.recordAttendance', { id: session.id, presentMemberIds: [...present] }));
      notify(m.attendanceSaved);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{
        p: 2.5,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '300px minmax(0, 1fr)' },
        columnGap: 4,
        rowGap: 1.5,
      }}
      data-testid="attendance"
    >
      <Box>
        <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', mb: 1 }}>
          {m.attendance}
        </Typography>
        <QuorumIndicator quorum={detail.quorum} />
      </Box>
      {detail.members.length === 0 && <Alert severity="warning">{m.noMembers}</Alert>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignContent: 'center', columnGap: 3, rowGap: 0.5 }}>
        {detail.members.map((u) => {
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
              key={u.id}
              label={label}
              control={
                <Checkbox
                  checked={present.has(u.id)}
                  onChange={(e) => {
                    const next = new Set(present);
                    if (e.target.checked) next.add(u.id);
                    else next.delete(u.id);
                    setPresent(next);
                  }}
                  slotProps={{ input: { 'data-testid': `attendance-${u.id}` } as object }}
                />
              }
            />
          ) : (
            <Box
              key={u.id}
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
        })}
      </Box>
      {notYet && (
        <Typography variant="body2" color="text.secondary" sx={{ gridColumn: '1 / -1' }}>
          {m.attendanceNotYet(dateFa(session.date))}
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ gridColumn: '1 / -1' }} onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {editable && (
        <Box
          sx={{ gridColumn: '1 / -1', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}
        >
          <Typography variant="caption" color="text.secondary">
            {m.attendanceHint}
          </Typography>
          <Button
            variant="contained"
            onClick={() => void save()}
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
            data-testid="attendance-save"
          >
            {m.saveAttendance}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
