// Import councils from CSV or Excel (councils.import): the expected columns, the file button,
// and the result: how many came in, or every row's error (then nothing came in).
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';
import type { CouncilImportResult } from '../../../shared/schemas/council';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { readFileAsBase64 } from '../../api/files';
import { numFa } from '../../format/fa';
import { councilsMessages as m } from '../../messages/councils';

const EXAMPLE_HEAD = ['نام', 'نوع', 'شهرستان', 'استان', 'کد'];
const EXAMPLE_ROWS = [
  ['کرمان', 'شهر', 'کرمان', 'کرمان', '۱۲۳۴'],
  ['اختیارآباد', 'روستا', 'کرمان', 'کرمان', ''],
];

export function CouncilImport({ onImported }: { onImported: (count: number) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CouncilImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      const dataBase64 = await readFileAsBase64(file);
      const res = await call('councils.import', { fileName: file.name, dataBase64 });
      setResult(res);
      if (res.errors.length === 0) onImported(res.imported);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
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
        <Table
          size="small"
          aria-label={m.importExample}
          data-testid="council-import-example"
          sx={{
            width: 'auto',
            bgcolor: 'action.hover',
            borderRadius: 1.5,
            '& td, & th': { py: 0.5, px: 1.5, fontSize: 13, borderColor: 'divider' },
          }}
        >
          <TableHead>
            <TableRow>
              {EXAMPLE_HEAD.map((h) => (
                <TableCell key={h} sx={{ fontWeight: 700 }}>
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {EXAMPLE_ROWS.map((row) => (
              <TableRow key={row[0]}>
                {row.map((cell, i) => (
                  <TableCell key={i}>{cell}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Box sx={{ alignSelf: 'center' }}>
          <Button
            variant="outlined"
            startIcon={busy ? <CircularProgress size={18} /> : <UploadFile />}
            onClick={() => input.current?.click()}
            disabled={busy}
            data-testid="council-import-button"
          >
            {busy ? m.importing : m.import}
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
          <TableContainer sx={{ mt: 1.5, maxHeight: 260, bgcolor: 'background.paper', borderRadius: 1 }}>
            <Table size="small" stickyHeader>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 80, fontWeight: 700 }}>{m.importRow}</TableCell>
                  <TableCell sx={{ fontWeight: 700 }}>{m.importMessage}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.errors.map((e, i) => (
                  <TableRow key={`${e.row}-${i}`} data-testid="council-import-error-row">
                    <TableCell>{numFa(e.row)}</TableCell>
                    <TableCell>{e.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Alert>
      )}
    </Paper>
  );
}
