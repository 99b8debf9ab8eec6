// The outgoing register's number format (LetterheadForm.tsx): the pattern by its Persian parts, the
// prefix, and the serial's width.
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { LetterSettings } from '../../../shared/schemas/letter';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';

type Numbering = LetterSettings['numbering'];

export function NumberingFields({
  pattern,
  onPattern,
  patternError,
  numbering,
  onNumbering,
}: {
  pattern: string;
  onPattern: (pattern: string) => void;
  patternError: string | undefined;
  numbering: Numbering;
  onNumbering: (numbering: Numbering) => void;
}) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        label={m.pattern}
        value={pattern}
        onChange={(e) => onPattern(e.target.value)}
        error={Boolean(patternError)}
        helperText={patternError ?? m.patternHint}
        size="small"
        sx={{ flex: 2 }}
        slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'numbering-pattern' } }}
      />
      <TextField
        label={m.prefix}
        value={numbering.prefix}
        onChange={(e) => onNumbering({ ...numbering, prefix: e.target.value })}
        size="small"
        sx={{ flex: 1 }}
      />
      <TextField
        select
        label={m.pad}
        value={numbering.pad}
        onChange={(e) => onNumbering({ ...numbering, pad: Number(e.target.value) })}
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
  );
}
