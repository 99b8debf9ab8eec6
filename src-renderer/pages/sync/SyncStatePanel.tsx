// Where sync stands: the server and the name the office is enrolled under, the last successful
// run and the next one, the run in progress with its progress bar, the last error, and what waits.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { SyncStatus } from '../../../shared/schemas/sync';
import { instantFa, numFa, toFa } from '../../format/fa';
import { syncMessages as m } from '../../messages/sync';

function Row({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <Box sx={{ display: 'contents' }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" data-testid={testId} component="div">
        {value}
      </Typography>
    </Box>
  );
}

function Progress({ s }: { s: SyncStatus }) {
  if (!s.running) return null;
  const p = s.progress;
  const determinate = p && p.total !== null && p.total > 0;
  const label = s.phase === 'pull' ? m.phasePull : m.phasePush;
  const count = p ? (p.total !== null ? m.progress(numFa(p.done), numFa(p.total)) : m.progressOpen(numFa(p.done))) : '';
  return (
    <Box sx={{ mt: 2 }} data-testid="sync-progress">
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {label} {count && `— ${count}`}
      </Typography>
      <LinearProgress
        variant={determinate ? 'determinate' : 'indeterminate'}
        value={determinate ? Math.min(100, (100 * p.done) / p.total!) : undefined}
      />
    </Box>
  );
}

export function SyncStatePanel({ s }: { s: SyncStatus }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="sync-state">
      <Box sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1 }}>
        <Row label={m.server} value={<span dir="ltr">{s.serverUrl}</span>} />
        {s.serverOffice && (
          <Row
            label={m.serverOffice}
            value={`${s.serverOffice.name} (${toFa(s.serverOffice.code)}) — ${s.serverOffice.province}، ${s.serverOffice.county}`}
            testId="sync-office"
          />
        )}
        <Row label={m.enrolledAt} value={instantFa(s.enrolledAt)} />
        <Row
          label={m.lastSuccess}
          value={
            <span data-instant={s.lastSuccessAt ?? ''}>{s.lastSuccessAt ? instantFa(s.lastSuccessAt) : m.never}</span>
          }
          testId="sync-last-success"
        />
        <Row label={m.lastAttempt} value={s.lastAttemptAt ? instantFa(s.lastAttemptAt) : m.never} />
        <Row
          label={m.nextRun}
          value={
            s.nextRunAt
              ? `${instantFa(s.nextRunAt)} — ${m.every(toFa(s.intervalMinutes))}`
              : m.every(toFa(s.intervalMinutes))
          }
        />
      </Box>
      {s.lastSuccessAt && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {m.lastCounts(numFa(s.lastPushed), numFa(s.lastPulled))}
        </Typography>
      )}
      <Progress s={s} />
      {s.lastError && !s.running && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="sync-error">
          <strong>{m.lastError}</strong> ({instantFa(s.lastErrorAt)}): {s.lastError}
        </Alert>
      )}
      <Box sx={{ mt: 2, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }} data-testid="sync-waiting">
        <Typography variant="subtitle2" sx={{ mr: 1 }}>
          {s.waitingTotal ? m.waitingCount(numFa(s.waitingTotal)) : m.waitingNone}
        </Typography>
        {s.waiting.map((w) => (
          <Chip key={w.entity} size="small" variant="outlined" label={`${w.label}: ${numFa(w.count)}`} />
        ))}
      </Box>
    </Paper>
  );
}
