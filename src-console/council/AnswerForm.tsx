// The council's answer to an objection: amend (the amended resolution's number, session, approval
// date, text and signed minutes), repeal, or insist with its reasons. The answer's id is made once
// per form, so a resend after a lost answer is the same answer on the server.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { JalaliDateField } from '../../src-renderer/components/JalaliDateField';
import { api } from '../api';
import { useBusy } from '../useBusy';
import { cm } from './messages';
import { readPdf } from './readPdf';

type Kind = 'amend' | 'repeal' | 'insist';

export function AnswerForm({ letterId, onAnswered }: { letterId: string; onAnswered: () => void }) {
  const id = useRef(crypto.randomUUID());
  const [kind, setKind] = useState<Kind>('insist');
  const [v, setV] = useState({ number: '', sessionNumber: '', approvalDate: '', text: '', reasons: '' });
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, run } = useBusy();
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function send() {
    await run(async () => {
      const amend = kind === 'amend';
      await api('POST', `/council/api/letters/${letterId}/answer`, {
        id: id.current,
        answer: kind,
        ...(amend
          ? {
              number: v.number,
              sessionNumber: v.sessionNumber,
              approvalDate: v.approvalDate || undefined,
              text: v.text,
            }
          : {}),
        ...(v.reasons ? { reasons: v.reasons } : {}),
        ...(amend && file ? { pdfBase64: await readPdf(file), pdfName: file.name } : {}),
      });
      onAnswered();
    });
  }

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }} data-testid="answer-form">
      <Typography variant="h6" sx={{ fontWeight: 700, mb: 1 }}>
        {cm.answerTitle}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="answer-error">
          {error}
        </Alert>
      )}
      <RadioGroup row value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-label={cm.answerKind}>
        {(['amend', 'repeal', 'insist'] as const).map((k) => (
          <FormControlLabel key={k} value={k} control={<Radio />} label={cm[k]} data-testid={`answer-${k}`} />
        ))}
      </RadioGroup>
      <Box sx={{ display: 'grid', gap: 2, mt: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
        {kind === 'amend' && (
          <>
            <TextField label={cm.amendedNumber} value={v.number} onChange={set('number')} required />
            <TextField label={cm.amendedSession} value={v.sessionNumber} onChange={set('sessionNumber')} required />
            <JalaliDateField
              label={cm.amendedApproval}
              value={v.approvalDate}
              onChange={(d) => setV((x) => ({ ...x, approvalDate: d ?? '' }))}
              testId="amended-approval"
              required
            />
            <TextField
              label={cm.amendedText}
              value={v.text}
              onChange={set('text')}
              multiline
              minRows={4}
              required
              sx={{ gridColumn: '1 / -1' }}
            />
            <Stack sx={{ gridColumn: '1 / -1', gap: 1, alignItems: 'flex-start' }}>
              <Button variant="outlined" component="label">
                {cm.amendedMinutes}
                <input
                  hidden
                  type="file"
                  accept="application/pdf"
                  data-testid="answer-pdf"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </Button>
              {file && (
                <Typography>
                  <bdi dir="ltr">{file.name}</bdi>
                </Typography>
              )}
            </Stack>
          </>
        )}
        <TextField
          label={kind === 'insist' ? cm.reasons : cm.note}
          value={v.reasons}
          onChange={set('reasons')}
          multiline
          minRows={3}
          required={kind === 'insist'}
          slotProps={{ htmlInput: { 'data-testid': 'answer-reasons' } }}
          sx={{ gridColumn: '1 / -1' }}
        />
      </Box>
      <Button variant="contained" sx={{ mt: 2 }} onClick={() => void send()} disabled={busy} data-testid="send-answer">
        {busy ? cm.sending : cm.sendAnswer}
      </Button>
    </Paper>
  );
}
