// Following a complaint by its exact tracking code: where it stands, and the office's answer (with
// the text of its letter, if one was sent).
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { readTrackingCode, COMPLAINT_MESSAGES } from '../../shared/complaints/input';
import { dateFa, instantFa } from '../../src-renderer/format/fa';
import { api } from '../api';
import type { TrackAnswer } from '../../src-server/public/complaints';
import { LetterView } from '../verify/LetterView';

export function TrackPanel() {
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState<TrackAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setAnswer(null);
    if (!readTrackingCode(code)) return setFieldError(COMPLAINT_MESSAGES.code);
    setFieldError(null);
    try {
      setAnswer(await api<TrackAnswer>('POST', '/public/api/complaints/track', { code }));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box
        component="form"
        onSubmit={submit}
        noValidate
        sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <TextField
          label="کد پیگیری"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="۱۲۳۴-۵۶۷۸-۹۰۱۲-۳۴۵۶"
          error={!!fieldError}
          helperText={fieldError ?? 'کد ۱۶ رقمی که هنگام ثبت شکایت دریافت کردید'}
          sx={{ flex: '1 1 260px' }}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'track-code', inputMode: 'numeric' } }}
        />
        <Button type="submit" variant="contained" size="large" data-testid="track-submit">
          پیگیری
        </Button>
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {answer && (
        <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }} data-testid="track-answer">
          <Alert severity={answer.status === 'answered' ? 'success' : 'info'}>{answer.statusText}</Alert>
          <Typography>
            {answer.office.name} ({answer.office.county}، {answer.office.province})
          </Typography>
          <Typography>
            {answer.councilName}
            {answer.resolutionNumber && ` — مصوبهٔ شمارهٔ ${answer.resolutionNumber}`}
            {answer.resolutionDate && ` مورخ ${dateFa(answer.resolutionDate)}`}
          </Typography>
          <Typography color="text.secondary">ثبت: {instantFa(answer.submittedAt)}</Typography>
          {answer.answer && (
            <>
              <Typography variant="subtitle1" sx={{ fontWeight: 700, mt: 1 }}>
                پاسخ دبیرخانه ({instantFa(answer.answer.answeredAt)})
              </Typography>
              <Typography data-testid="track-answer-text" sx={{ whiteSpace: 'pre-wrap' }}>
                {answer.answer.text}
              </Typography>
            </>
          )}
        </Paper>
      )}
      {answer?.answer?.letter && <LetterView letter={answer.answer.letter} />}
    </Box>
  );
}
