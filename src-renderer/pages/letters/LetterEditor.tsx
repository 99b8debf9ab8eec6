// A draft's parts, as the secretary edits them before issuing: recipient, subject, salutation,
// body, closing, attachments and the copy recipients (one a line).
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Letter } from '../../../shared/schemas/letter';
import { lettersMessages as m } from '../../messages/letters';
import { BodyEditor } from './BodyEditor';

export interface DraftFields {
  recipient: string;
  subject: string;
  salutation: string;
  body: string;
  closing: string;
  attachments: string;
  copies: string;
}

export const draftFieldsOf = (l: Letter): DraftFields => ({
  recipient: l.recipient,
  subject: l.subject,
  salutation: l.salutation,
  body: l.body,
  closing: l.closing,
  attachments: l.attachments,
  copies: l.copies.join('\n'),
});

export function LetterEditor({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: DraftFields;
  onChange: (next: DraftFields) => void;
  errors: Record<string, string>;
  disabled: boolean;
}) {
  const field = (key: Exclude<keyof DraftFields, 'body' | 'copies'>, label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={value[key]}
      onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key]}
      disabled={disabled}
      fullWidth
      size="small"
      slotProps={{ htmlInput: { 'data-testid': `letter-${key}` } }}
      {...extra}
    />
  );
  return (
    <Stack spacing={2} data-testid="letter-editor">
      {field('recipient', m.recipient)}
      {field('subject', m.subject)}
      {field('salutation', m.salutation)}
      <div>
        <BodyEditor
          value={value.body}
          onChange={(body) => onChange({ ...value, body })}
          label={m.body}
          disabled={disabled}
        />
        {errors.body && <FormHelperText error>{errors.body}</FormHelperText>}
      </div>
      {field('closing', m.closing)}
      {field('attachments', m.attachments)}
      <TextField
        label={m.copies}
        value={value.copies}
        onChange={(e) => onChange({ ...value, copies: e.target.value })}
        helperText={errors.copies ?? m.copiesHint}
        error={Boolean(errors.copies)}
        disabled={disabled}
        multiline
        minRows={2}
        fullWidth
        size="small"
        slotProps={{ htmlInput: { 'data-testid': 'letter-copies' } }}
      />
    </Stack>
  );
}
