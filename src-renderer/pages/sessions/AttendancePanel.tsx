// Attendance and the quorum: who of the panel's members is present. The secretary records it on
// the session's day; everyone sees whether the session can rule.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { SessionDetail } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useNotify } from '../../app/Notifier';
import { dateFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { AttendanceMember, QuorumIndicator } from './AttendanceParts';

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
  const { busy, error, setError, run } = useAction();
  const { session } = detail;
  const notYet = session.status === 'scheduled' && detail.today < session.date;

  const save = () =>
    run('busy', async () => {
      onChange(await call('sessions.recordAttendance', { id: session.id, presentMemberIds: [...present] }));
      notify(m.attendanceSaved);
    });

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
        {detail.members.map((u) => (
          <AttendanceMember
            key={u.id}
            member={u}
            editable={editable}
            present={present.has(u.id)}
            onToggle={(on) => {
              const next = new Set(present);
              if (on) next.add(u.id);
              else next.delete(u.id);
              setPresent(next);
            }}
          />
        ))}
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
            disabled={busy !== null}
            startIcon={busy !== null ? <CircularProgress size={16} color="inherit" /> : undefined}
            data-testid="attendance-save"
          >
            {m.saveAttendance}
          </Button>
        </Box>
      )}
    </Paper>
  );
}
