// An image of the letterhead (LetterheadForm.tsx): the emblem or the scanned signature, uploaded
// as PNG or JPEG and kept by its hash, or removed.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { readFileAsBase64 } from '../../api/files';
import { useNotify } from '../../app/Notifier';
import { lettersMessages as m } from '../../messages/letters';

export function ImageField({
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
