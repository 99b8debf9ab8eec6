// The complaint: where it goes, which resolution, why, the attachment and how to reach the
// complainant. Each field shows its own Persian error; the server's refusal shows above the button.
import type { FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { COMPLAINT_GROUNDS_MAX } from '../../shared/complaints/input';
import { toFa } from '../../src-renderer/format/fa';
import { PlaceFields } from './PlaceFields';
import { FileField } from './FileField';
import { Filed } from './Filed';
import { useComplaintForm, type FieldName, type Fields } from './useComplaintForm';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function ComplaintForm({ onTrack }: { onTrack: () => void }) {
  const form = useComplaintForm();
  const { f, set, errors } = form;
  if (form.filed) return <Filed code={form.filed.trackingCode} onTrack={onTrack} />;

  const field = (k: keyof Fields & FieldName, label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={f[k]}
      onChange={(e) => set({ [k]: e.target.value })}
      error={!!errors[k]}
      helperText={errors[k]}
      slotProps={{ htmlInput: { 'data-testid': k } }}
      {...extra}
    />
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };

  return (
    <Box component="form" onSubmit={onSubmit} noValidate sx={{ display: 'grid', gap: 3 }} data-testid="complaint-form">
      <Section title="۱. مرجع رسیدگی و شورا">
        <PlaceFields f={f} set={set} errors={errors} />
      </Section>
      <Section title="۲. مصوبه">
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {field('resolutionNumber', 'شمارهٔ مصوبه')}
          {field('resolutionDate', 'تاریخ مصوبه', { placeholder: '۱۴۰۵/۰۹/۱۲' })}
        </Box>
        {field('resolutionText', 'موضوع یا شرح مصوبه (اگر شماره را نمی‌دانید)', { multiline: true, minRows: 2 })}
      </Section>
      <Section title="۳. دلایل شکایت">
        {field('grounds', 'چرا این مصوبه را مغایر قانون می‌دانید؟', {
          multiline: true,
          minRows: 4,
          helperText: errors.grounds ?? `${toFa(f.grounds.length)} از ${toFa(COMPLAINT_GROUNDS_MAX)} نویسه`,
        })}
        <FileField file={form.file} error={errors.file} onPick={form.attach} />
      </Section>
      <Section title="۴. راه تماس با شما">
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          {field('name', 'نام و نام خانوادگی (اختیاری)')}
          {field('contact', 'تلفن همراه یا رایانامه', { required: true })}
        </Box>
      </Section>
      {form.failure && (
        <Alert severity="error" data-testid="complaint-error">
          {form.failure}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" size="large" disabled={form.sending} data-testid="complaint-submit">
          ثبت شکایت
        </Button>
        <Typography variant="body2" color="text.secondary">
          نشانی تماس شما فقط برای دبیرخانهٔ هیأت تطبیق فرستاده می‌شود.
        </Typography>
      </Box>
    </Box>
  );
}
