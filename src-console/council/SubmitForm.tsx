// A new submission: the resolution's fields as the office registers them, and the signed minutes
// (one PDF). The server checks everything again and answers in Persian; its receipt follows.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CATEGORIES } from '../../shared/domain/categories';
import { JalaliDateField } from '../../src-renderer/components/JalaliDateField';
import { api } from '../api';
import { useBusy } from '../useBusy';
import { cm } from './messages';
import type { Submission } from './types';
import { FinancialPart, financialInput, NO_FINANCIAL } from './FinancialPart';
import { readPdf } from './readPdf';

const EMPTY = { number: '', sessionNumber: '', sessionDate: '', approvalDate: '', title: '', text: '', category: '' };

export function SubmitForm({ onCancel, onSent }: { onCancel: () => void; onSent: (s: Submission) => void }) {
  const [v, setV] = useState(EMPTY);
  const [fin, setFin] = useState(NO_FINANCIAL);
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, run } = useBusy();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const setDate = (k: 'sessionDate' | 'approvalDate') => (d: string | undefined) =>
    setV((x) => ({ ...x, [k]: d ?? '' }));

  const send = async () => {
    const sent = await run(async () => {
      const pdfBase64 = file ? await readPdf(file) : '';
      onSent(
        await api<Submission>('POST', '/council/api/submissions', {
          councilResolutionNumber: v.number,
          councilSessionNumber: v.sessionNumber,
          councilSessionDate: v.sessionDate,
          approvalDate: v.approvalDate,
          title: v.title,
          text: v.text,
          category: v.category,
          financial: financialInput(fin),
          pdfBase64,
          ...(file ? { pdfName: file.name } : {}),
        }),
      );
    });
    // the refusal shows above the form, out of sight after a long one
    if (!sent) window.scrollTo({ top: 0, behavior: 'smooth' });
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }} data-testid="submit-form">
      <Typography variant="h5" sx={{ fontWeight: 700, mb: 2 }}>
        {cm.submit}
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="submit-error">
          {error}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextField label={cm.number} value={v.number} onChange={set('number')} name="number" required />
        <TextField label={cm.sessionNumber} value={v.sessionNumber} onChange={set('sessionNumber')} required />
        <JalaliDateField
          label={cm.sessionDate}
          value={v.sessionDate}
          onChange={setDate('sessionDate')}
          testId="session-date"
          required
        />
        <JalaliDateField
          label={cm.approvalDate}
          value={v.approvalDate}
          onChange={setDate('approvalDate')}
          testId="approval-date"
          required
        />
        <TextField
          label={cm.titleField}
          value={v.title}
          onChange={set('title')}
          name="title"
          required
          sx={{ gridColumn: '1 / -1' }}
        />
        <TextField
          select
          label={cm.category}
          value={v.category}
          onChange={set('category')}
          data-testid="category"
          required
        >
          {CATEGORIES.map((c) => (
            <MenuItem key={c.code} value={c.code}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
        <FinancialPart value={fin} onChange={setFin} />
        <TextField
          label={cm.text}
          value={v.text}
          onChange={set('text')}
          name="text"
          multiline
          minRows={5}
          required
          sx={{ gridColumn: '1 / -1' }}
        />
        <Stack sx={{ gridColumn: '1 / -1', gap: 1, alignItems: 'flex-start' }}>
          <Typography sx={{ fontWeight: 700 }}>{cm.minutes}</Typography>
          <Button variant="outlined" component="label">
            {cm.chooseFile}
            <input
              hidden
              type="file"
              accept="application/pdf"
              data-testid="pdf-input"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Button>
          {file && (
            <Typography>
              <bdi dir="ltr">{file.name}</bdi>
            </Typography>
          )}
        </Stack>
      </Box>
      <Stack direction="row" sx={{ gap: 1, mt: 3 }}>
        <Button variant="contained" onClick={() => void send()} disabled={busy} data-testid="send-submission">
          {busy ? cm.sending : cm.send}
        </Button>
        <Button onClick={onCancel}>{cm.cancel}</Button>
      </Stack>
    </Paper>
  );
}
