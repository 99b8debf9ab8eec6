// A folder path: typed (browser mode: the path on the computer that runs Tatbiq), or picked in the
// desktop app's folder dialog.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import { backupMessages as m } from '../../messages/backup';

export function FolderField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  testId: string;
}) {
  const pick = window.tatbiq?.pickFolder;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flex: 1, minWidth: 320 }}>
      <TextField
        label={props.label}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        helperText={props.error ?? m.folderHint}
        error={Boolean(props.error)}
        size="small"
        fullWidth
        slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': props.testId } }}
      />
      {pick && (
        <Button
          variant="outlined"
          startIcon={<FolderOpenOutlined />}
          sx={{ whiteSpace: 'nowrap', height: 40 }}
          onClick={() => void pick().then((p) => p && props.onChange(p))}
        >
          {m.pick}
        </Button>
      )}
    </Box>
  );
}
