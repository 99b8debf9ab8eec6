// Import councils from CSV or Excel (councils.import): the expected columns, the file button,
// and the result: how many came in, or every row's error (then nothing came in).
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';
import type { CouncilImportResult } from '../../../shared/schemas/council';
import { call } from '../../api/client';
import { readFileAsBase64 } from '../../api/files';
import { useAction } from '../../api/useAction';
import { numFa } from '../../format/fa';
import { councilsMessages as m } from '../../messages/councils';
import { CouncilImportErrorTable, CouncilImportExample } from './CouncilImportParts';

export function CouncilImport({ onImported }: { onImported: (count: number) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, setError, run } = useAction<'import'>();
  const [result, setResult] = useState<CouncilImportResult | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    await run('import', async () => {
      const dataBase64 = await readFileAsBase64(file);
      const res = await call('councils.import', { fileName: file.name, dataBase64 });
      setResult(res);
      if (res.errors.length === 0) onImported(res.imported);
    });
    if (input.current) input.current.value = '';
  };

  return (
    <Paper variant="outlined" sx={{ p: 2.5, mb: 2 }} data-testid="council-import">
      <Box sx={{ display: 'flex', gap: 3, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark' }}>
            {m.importHelpTitle}
          </Typography>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ mt: 0.75, lineHeight: 1.9 }}
            data-testid="council-import-help"
          >
            {m.importHelp}
          </Typography>
        </Box>
        <CouncilImportExample />
        <Box sx={{ alignSelf: 'center' }}>
          <Button
            variant="outlined"
            startIcon={busy !== null ? <CircularProgress size={18} /> : <UploadFile />}
            onClick={() => input.current?.click()}
            disabled={busy !== null}
            data-testid="council-import-button"
          >
            {busy !== null ? m.importing : m.import}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="council-import-input"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </Box>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setError(null)} data-testid="council-import-error">
          {error}
        </Alert>
      )}
      {result && result.errors.length === 0 && (
        <Alert severity="success" sx={{ mt: 2 }} onClose={() => setResult(null)} data-testid="council-import-success">
          {m.importDone(numFa(result.imported))}
        </Alert>
      )}
      {result && result.errors.length > 0 && (
        <Alert
          severity="error"
          sx={{ mt: 2, '& .MuiAlert-message': { width: '100%' } }}
          onClose={() => setResult(null)}
          data-testid="council-import-errors"
        >
          <AlertTitle>{m.importFailedTitle}</AlertTitle>
          {m.importFailedBody}
          <CouncilImportErrorTable errors={result.errors} />
        </Alert>
      )}
    </Paper>
  );
}
