// «خروجی اکسل»: the figures on screen (same period, same filters) as an Excel workbook, built by
// the core from the same query and saved under the period's name.
import { useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import type { Input } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { blobFromBase64, downloadBlob } from '../../api/files';
import { useNotify } from '../../app/Notifier';
import { reportMessages as m } from '../../messages/reports';

export function ExportButton({ input }: { input: Input<'reports.exportExcel'> }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await call('reports.exportExcel', input);
      downloadBlob(blobFromBase64(file.dataBase64, file.mimeType), file.fileName);
      notify(m.exported(file.fileName), 'success');
    } catch (e) {
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      onClick={() => void run()}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={18} /> : <FileDownloadOutlined />}
      data-testid="report-export-excel"
    >
      {busy ? m.exporting : m.exportExcel}
    </Button>
  );
}
