// One letter from the secretariat: reading it here is the council opening it (the server records
// the first time). The official PDF is shown as issued; for an objection, the answer window and
// the answer form — or, when the window is closed, why, and no form.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatInstant, formatJalali } from '../../shared/dates/jalali';
import { toPersianDigits } from '../../shared/text/persian';
import { useLoad } from '../monitor/useLoad';
import { cm } from './messages';
import type { PortalLetter } from './types';
import { deliveryText } from './LetterList';
import { AnswerForm } from './AnswerForm';

export function LetterPage({ id, onBack }: { id: string; onBack: () => void }) {
  const [version, setVersion] = useState(0);
  const { data: l, error } = useLoad<PortalLetter>(`/council/api/letters/${id}`, version);
  const pdf = `/council/api/letters/${id}/letter.pdf`;
  return (
    <Stack sx={{ gap: 2 }} data-testid="letter-page">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" sx={{ fontWeight: 700 }}>
          {l ? `${l.kindLabel} — ${l.subject}` : cm.letters}
        </Typography>
        <Button onClick={onBack}>{cm.back}</Button>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {l && (
        <>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack sx={{ gap: 0.5 }}>
              <Typography>
                {cm.letterNumber}: <bdi>{toPersianDigits(l.number)}</bdi> — {cm.letterDate}:{' '}
                {formatJalali(l.letterDate)}
              </Typography>
              {l.resolution && (
                <Typography>
                  {cm.resolution}: {l.resolution.title} — {l.resolution.statusLabel}
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary">
                {cm.postedAt}: {formatInstant(l.postedAt, { digits: 'fa' })}
              </Typography>
              <Typography variant="body2" color="text.secondary" data-testid="letter-delivery">
                {deliveryText(l)}
              </Typography>
              {l.voided && <Alert severity="error">{cm.voided}</Alert>}
              <Button
                href={pdf}
                target="_blank"
                rel="noopener"
                sx={{ alignSelf: 'flex-start' }}
                data-testid="letter-pdf"
              >
                {cm.pdf}
              </Button>
            </Stack>
          </Paper>
          <Paper variant="outlined" sx={{ height: { xs: 420, md: 560 }, overflow: 'hidden' }}>
            <object data={pdf} type="application/pdf" width="100%" height="100%" aria-label={cm.pdf}>
              <Typography sx={{ p: 2 }}>{cm.pdf}</Typography>
            </object>
          </Paper>
          {l.answer && (
            <Alert severity="success" data-testid="answer-done">
              {cm.answerKinds[l.answer.answer]} —{' '}
              {cm.answered(
                toPersianDigits(l.answer.receiptNumber),
                formatInstant(l.answer.answeredAt, { digits: 'fa' }),
              )}
            </Alert>
          )}
          {l.window && !l.answer && (
            <Alert severity={l.window.open ? 'warning' : 'error'} data-testid="answer-window">
              {l.window.open ? cm.windowOpen(formatJalali(l.window.deadline)) : l.window.reason}
            </Alert>
          )}
          {l.window?.open && <AnswerForm letterId={l.id} onAnswered={() => setVersion((n) => n + 1)} />}
        </>
      )}
    </Stack>
  );
}
