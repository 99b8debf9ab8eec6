// The council's submissions, newest first: receipt, resolution and where it stands in the office.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatInstant, formatJalali } from '../../shared/dates/jalali';
import { toPersianDigits } from '../../shared/text/persian';
import { useLoad } from '../monitor/useLoad';
import { cm } from './messages';
import type { Submission } from './types';

export function SubmissionList({ onNew, onReceipt }: { onNew: () => void; onReceipt: (s: Submission) => void }) {
  const { data, error } = useLoad<{ submissions: Submission[] }>('/council/api/submissions');
  return (
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" sx={{ fontWeight: 700 }}>
          {cm.list}
        </Typography>
        <Button variant="contained" onClick={onNew} data-testid="new-submission">
          {cm.submit}
        </Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {data && !data.submissions.length && <Alert severity="info">{cm.none}</Alert>}
      {data?.submissions.map((s) => (
        <Paper key={s.id} variant="outlined" sx={{ p: 2 }} data-testid="submission">
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, justifyContent: 'space-between' }}>
            <Stack sx={{ gap: 0.5, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 700 }}>{s.record.title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {cm.number}: {toPersianDigits(s.record.councilResolutionNumber)} — {cm.approvalDate}:{' '}
                {formatJalali(s.record.approvalDate)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {cm.receiptNumber}: {toPersianDigits(s.receiptNumber)} — {cm.receivedAt}:{' '}
                {formatInstant(s.receivedAt, { digits: 'fa' })}
              </Typography>
            </Stack>
            <Stack sx={{ gap: 1, alignItems: { xs: 'flex-start', sm: 'flex-end' } }}>
              <Chip
                data-testid="submission-state"
                color={s.registered ? 'success' : 'default'}
                label={
                  s.registered
                    ? cm.registered(toPersianDigits(s.registered.incomingNumber), s.registered.statusLabel)
                    : cm.received
                }
                sx={{ maxWidth: '100%', height: 'auto', '& .MuiChip-label': { whiteSpace: 'normal', py: 0.5 } }}
              />
              <Stack direction="row" sx={{ gap: 1 }}>
                <Button size="small" onClick={() => onReceipt(s)}>
                  {cm.showReceipt}
                </Button>
                <Button
                  size="small"
                  href={`/council/api/submissions/${s.id}/minutes.pdf`}
                  target="_blank"
                  rel="noopener"
                >
                  {cm.minutesShort}
                </Button>
              </Stack>
            </Stack>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
