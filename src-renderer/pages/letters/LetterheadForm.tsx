// The office's letterhead (organisation lines, signatory, emblem, scanned signature) and the
// outgoing register's number format, with the number the next letter would take.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import type { Letterhead, LetterSettings } from '../../../shared/schemas/letter';
import { namesToPattern, patternToNames } from '../../../shared/letters/fieldNames';
import { ApiError, call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { readFileAsBase64 } from '../../api/files';
import { useNotify } from '../../app/Notifier';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';

function ImageField({
  label,
  noneLabel,
  uploadLabel,
  value,
  onChange,
  testId,
}: {
  label: string;
  noneLabel: string;
  uploadLabel: string;
  value: string | null;
  onChange: (sha: string | null) => void;
  testId: string;
}) {
  const notify = useNotify();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
        {label}: {value ? `${value.slice(0, 12)}…` : noneLabel}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button component="label" size="small" variant="outlined" startIcon={<UploadFileOutlined />}>
          {uploadLabel}
          <input
            hidden
            type="file"
            accept="image/png,image/jpeg"
            data-testid={testId}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              try {
                onChange((await call('letters.uploadImage', { dataBase64: await readFileAsBase64(file) })).sha256);
              } catch (err) {
                notify(errorText(err), 'error');
              }
            }}
          />
        </Button>
        {value && (
          <Button size="small" color="inherit" onClick={() => onChange(null)}>
            {m.remove}
          </Button>
        )}
      </Stack>
    </Box>
  );
}

export function LetterheadForm({
  settings,
  onSaved,
  onDraftChange,
}: {
  settings: LetterSettings;
  onSaved: () => void;
  /** the letterhead as it is being edited, for the live preview */
  onDraftChange: (head: Letterhead) => void;
}) {
  const notify = useNotify();
  const [head, setHead] = useState(settings.letterhead);
  const [lines, setLines] = useState(settings.letterhead.organisationLines.join('\n'));
  const [numbering, setNumbering] = useState(settings.numbering);
  // the pattern by its Persian parts («[سال]/[پیشوند]/[ردیف]»), stored as {year}/{prefix}/{serial}
  const [pattern, setPattern] = useState(patternToNames(settings.numbering.pattern));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const current: Letterhead = {
    ...head,
    organisationLines: lines
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean),
  };
  const key = JSON.stringify(current);
  useEffect(() => onDraftChange(JSON.parse(key) as Letterhead), [key, onDraftChange]);

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      const read = namesToPattern(pattern);
      if (!read.ok) {
        setErrors({ 'numbering.pattern': read.error });
        return;
      }
      await call('letters.updateSettings', { letterhead: current, numbering: { ...numbering, pattern: read.text } });
      notify(m.settingsSaved);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2} data-testid="letterhead-form">
      <TextField
        label={m.orgLines}
        helperText={errors['letterhead.organisationLines'] ?? m.orgLinesHint}
        error={Boolean(errors['letterhead.organisationLines'])}
        value={lines}
        onChange={(e) => setLines(e.target.value)}
        multiline
        minRows={3}
        size="small"
      />
      <Stack direction="row" spacing={2}>
        <TextField
          label={m.signatoryName}
          value={head.signatoryName}
          onChange={(e) => setHead({ ...head, signatoryName: e.target.value })}
          error={Boolean(errors['letterhead.signatoryName'])}
          helperText={errors['letterhead.signatoryName']}
          size="small"
          fullWidth
        />
        <TextField
          label={m.signatoryTitle}
          value={head.signatoryTitle}
          onChange={(e) => setHead({ ...head, signatoryTitle: e.target.value })}
          error={Boolean(errors['letterhead.signatoryTitle'])}
          helperText={errors['letterhead.signatoryTitle']}
          size="small"
          fullWidth
        />
      </Stack>
      <ImageField
        label={m.emblem}
        noneLabel={m.emblemBundled}
        uploadLabel={m.emblemUpload}
        value={head.emblemSha256}
        onChange={(emblemSha256) => setHead({ ...head, emblemSha256 })}
        testId="emblem-file"
      />
      <ImageField
        label={m.signatureImage}
        noneLabel={m.signatureNone}
        uploadLabel={m.signatureUpload}
        value={head.signatureSha256}
        onChange={(signatureSha256) => setHead({ ...head, signatureSha256 })}
        testId="signature-file"
      />
      <Typography variant="subtitle2" sx={{ pt: 1 }}>
        {m.numbering}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={m.pattern}
          value={pattern}
          onChange={(e) => setPattern(e.target.value)}
          error={Boolean(errors['numbering.pattern'])}
          helperText={errors['numbering.pattern'] ?? m.patternHint}
          size="small"
          sx={{ flex: 2 }}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'numbering-pattern' } }}
        />
        <TextField
          label={m.prefix}
          value={numbering.prefix}
          onChange={(e) => setNumbering({ ...numbering, prefix: e.target.value })}
          size="small"
          sx={{ flex: 1 }}
        />
        <TextField
          select
          label={m.pad}
          value={numbering.pad}
          onChange={(e) => setNumbering({ ...numbering, pad: Number(e.target.value) })}
          size="small"
          sx={{ flex: 1 }}
        >
          {[0, 2, 3, 4, 5, 6].map((n) => (
            <MenuItem key={n} value={n}>
              {toFa(n)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Alert severity="info" icon={false}>
        {m.nextNumber(toFa(settings.nextNumber))}
      </Alert>
      <Box>
        <Button variant="contained" onClick={save} disabled={busy} data-testid="letterhead-save">
          {m.saveSettings}
        </Button>
      </Box>
    </Stack>
  );
}
