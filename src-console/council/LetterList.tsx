// The letters the secretariat issued to the council, newest first: kind, number, date, and whether
// each was opened (or when it counts as delivered unopened); an objection's answer window.
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
import type { PortalLetter } from './types';

export function deliveryText(l: PortalLetter): string {
  if (l.openedAt) return `${cm.openedAt}: ${formatInstant(l.openedAt, { digits: 'fa' })}`;
  if (l.deliveredAt) return cm.deliveredOn(formatInstant(l.deliveredAt, { digits: 'fa' }));
  return `${cm.notOpened} — ${cm.deemed(formatInstant(l.deemedAt, { digits: 'fa' }))}`;
}

export function LetterList({ onOpen }: { onOpen: (id: string) => void }) {
  const { data, error } = useLoad<{ letters: PortalLetter[] }>('/council/api/letters');
  return (
    <Stack sx={{ gap: 2 }} data-testid="portal-letters">
      <Typography variant="h5" sx={{ fontWeight: 700 }}>
        {cm.letters}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {data && !data.letters.length && <Alert severity="info">{cm.noLetters}</Alert>}
      {data?.letters.map((l) => (
        <Paper key={l.id} variant="outlined" sx={{ p: 2 }} data-testid="portal-letter">
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, justifyContent: 'space-between' }}>
            <Stack sx={{ gap: 0.5, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 700 }}>
                {l.kindLabel} — {l.subject}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {cm.letterNumber}: <bdi>{toPersianDigits(l.number)}</bdi> — {cm.letterDate}:{' '}
                {formatJalali(l.letterDate)}
              </Typography>
              <Typography variant="body2" color="text.secondary" data-testid="letter-delivery">
                {deliveryText(l)}
              </Typography>
              {l.window?.open && (
                <Typography variant="body2" color="warning.main">
                  {cm.windowOpen(formatJalali(l.window.deadline))}
                </Typography>
              )}
            </Stack>
            <Stack sx={{ gap: 1, alignItems: { xs: 'flex-start', sm: 'flex-end' } }}>
              {l.voided && <Chip color="error" label={cm.voided} />}
              {!l.openedAt && !l.voided && <Chip color="warning" label={cm.notOpened} />}
              <Button variant="contained" size="small" onClick={() => onOpen(l.id)} data-testid="open-letter">
                {cm.open}
              </Button>
            </Stack>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
