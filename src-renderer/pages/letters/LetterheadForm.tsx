// The office's letterhead (organisation lines, signatory, emblem, scanned signature) and the
// outgoing register's number format, with the number the next letter would take.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Letterhead, LetterSettings } from '../../../shared/schemas/letter';
import { namesToPattern, patternToNames } from '../../../shared/letters/fieldNames';
import { call } from '../../api/client';
import { useNotify } from '../../app/Notifier';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { ImageField } from './ImageField';
import { useFieldsAction } from './useFieldsAction';
import { NumberingFields } from './NumberingFields';

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
  const { busy, errors, setErrors, run } = useFieldsAction();

  const current: Letterhead = {
    ...head,
    organisationLines: lines
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean),
  };
  const key = JSON.stringify(current);
  useEffect(() => onDraftChange(JSON.parse(key) as Letterhead), [key, onDraftChange]);

  const save = () =>
    run(async () => {
      const read = namesToPattern(pattern);
      if (!read.ok) {
        setErrors({ 'numbering.pattern': read.error });
        return;
      }
      await call('letters.updateSettings', { letterhead: current, numbering: { ...numbering, pattern: read.text } });
      notify(m.settingsSaved);
      onSaved();
    });

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
      <NumberingFields
        pattern={pattern}
        onPattern={setPattern}
        patternError={errors['numbering.pattern']}
        numbering={numbering}
        onNumbering={setNumbering}
      />
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
