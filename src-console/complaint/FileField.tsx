// The attachment: one PDF, JPEG or PNG of at most 5 MB (checked by its first bytes here and again
// on the server).
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { FileButton } from '../../src-renderer/components/FileButton';
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
        <FileButton
          startIcon={<AttachFile />}
          accept="application/pdf,image/jpeg,image/png"
          testId="complaint-file"
          onPick={onPick}
        >
          پیوست مدرک
        </FileButton>
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
