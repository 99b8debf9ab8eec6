// The public letter check: type the office code, number and date printed on a letter, or paste
// what its QR code reads; the answer says whether it is genuine and shows what it says.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { api } from '../api';
import type { VerifyAnswer } from '../types';
import { LetterView } from './LetterView';

export function VerifyPage() {
  const [mode, setMode] = useState<'typed' | 'qr'>('typed');
  const [f, setF] = useState({ office: '', number: '', date: '', qr: '' });
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setAnswer(null);
    const body = mode === 'qr' ? { qr: f.qr } : { office: f.office, number: f.number, date: f.date };
    try {
      setAnswer(await api<VerifyAnswer>('POST', '/public/api/letters/verify', body));
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: 4, px: 2 }}>
      <Stack spacing={2} sx={{ maxWidth: 760, mx: 'auto' }}>
        <Typography variant="h5" sx={{ fontWeight: 700 }}>
          استعلام اصالت نامه‌های هیأت تطبیق مصوبات
        </Typography>
        <Paper component="form" onSubmit={submit} sx={{ p: 3, display: 'grid', gap: 2 }}>
          <Tabs value={mode} onChange={(_e, v: 'typed' | 'qr') => setMode(v)}>
            <Tab value="typed" label="شماره و تاریخ نامه" />
            <Tab value="qr" label="متن کد QR" />
          </Tabs>
          {mode === 'typed' ? (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr 1fr' } }}>
              <TextField label="کد دبیرخانه" value={f.office} onChange={set('office')} required />
              <TextField
                label="شمارهٔ نامه"
                value={f.number}
                onChange={set('number')}
                required
                placeholder="۱۴۰۵/ت/۱۲۳"
              />
              <TextField label="تاریخ نامه" value={f.date} onChange={set('date')} required placeholder="۱۴۰۵/۰۹/۰۱" />
            </Box>
          ) : (
            <TextField
              label="متن کد QR"
              value={f.qr}
              onChange={set('qr')}
              required
              multiline
              minRows={2}
              slotProps={{ htmlInput: { dir: 'ltr' } }}
            />
          )}
          <Button type="submit" variant="contained">
            استعلام
          </Button>
          <Typography variant="body2" color="text.secondary">
            فقط نامه‌ای که همهٔ مشخصاتش دقیقاً درست باشد یافت می‌شود؛ تعداد استعلام‌ها محدود است.
          </Typography>
        </Paper>
        {error && <Alert severity="error">{error}</Alert>}
        {answer && (
          <Alert
            severity={
              answer.genuine
                ? 'success'
                : answer.status === 'not_found' || answer.status === 'unknown_office'
                  ? 'warning'
                  : 'error'
            }
            data-testid="verify-answer"
          >
            {answer.message}
            {answer.office && ` (${answer.office.name}، ${answer.office.county}، ${answer.office.province})`}
          </Alert>
        )}
        {answer?.letter && <LetterView letter={answer.letter} />}
      </Stack>
    </Box>
  );
}
