// The parts of the template editor (TemplateEditor.tsx): the kind being edited, whether it is the
// office's own or the default, and the fields of that kind to insert into the body.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { LETTER_FIELDS } from '../../../shared/letters/fields';
import { LETTER_KINDS, type LetterKind } from '../../../shared/letters/kinds';
import { lettersMessages as m } from '../../messages/letters';

export function TemplateKindPicker(p: { kind: LetterKind; onKind: (kind: LetterKind) => void; custom?: boolean }) {
  const { kind, onKind, custom } = p;
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label={m.templateKind}
        value={kind}
        onChange={(e) => onKind(e.target.value as LetterKind)}
        sx={{ minWidth: 240 }}
      >
        {LETTER_KINDS.map((k) => (
          <MenuItem key={k.code} value={k.code}>
            {k.label}
          </MenuItem>
        ))}
      </TextField>
      {custom !== undefined && <Chip size="small" label={custom ? m.templateCustom : m.templateDefault} />}
    </Stack>
  );
}

export function FieldChips({ fields, onPick }: { fields: typeof LETTER_FIELDS; onPick: (label: string) => void }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {m.templateFields}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
        {fields.map((f) => (
          <Chip
            key={f.key}
            size="small"
            variant="outlined"
            label={f.label}
            data-testid={`template-field-${f.key}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(f.label)}
          />
        ))}
      </Box>
    </Box>
  );
}
