// The attachment: one PDF, JPEG or PNG of at most 5 MB (checked by its first bytes here and again
// on the server).
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { sizeFa } from '../../src-renderer/format/fa';
import type { Attached } from './useComplaintForm';

interface Props {
  file: Attached | null;
  error?: string;
  onPick: (f: File | null) => void;
}

export function FileField({ file, error, onPick }: Props) {
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component="label" variant="outlined" startIcon={<AttachFile />}>
          پیوست مدرک
          <input
            hidden
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            data-testid="complaint-file"
            onChange={(e) => onPick(e.target.files?.[0] ?? null)}
          />
        </Button>
        {file ? (
          <Typography data-testid="complaint-file-name">
            {file.name} ({sizeFa(file.size)})
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary">
            اختیاری: متن مصوبه، عکس آگهی یا قبض (PDF، JPEG یا PNG؛ حداکثر ۵ مگابایت)
          </Typography>
        )}
      </Box>
      {error && (
        <FormHelperText error data-testid="complaint-file-error">
          {error}
        </FormHelperText>
      )}
    </Box>
  );
}
