// «خروجی اکسل» and «نسخهٔ چاپی (PDF)»: the figures on screen (same period, same filters) as an
// Excel workbook or a printable PDF on the letterhead, built by the core from the same query and
// saved under the period's name.
import { useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import type { Input } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { blobFromBase64, downloadBlob } from '../../api/files';
import { useNotify } from '../../app/Notifier';
import { reportMessages as m } from '../../messages/reports';

type Format = 'excel' | 'pdf';
const METHOD = { excel: 'reports.exportExcel', pdf: 'reports.exportPdf' } as const;

export function ExportButton({ input, format }: { input: Input<'reports.exportExcel'>; format: Format }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await call(METHOD[format], input);
      downloadBlob(blobFromBase64(file.dataBase64, file.mimeType), file.fileName);
      notify(m.exported(file.fileName), 'success');
    } catch (e) {
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const icon = format === 'pdf' ? <PictureAsPdfOutlined /> : <FileDownloadOutlined />;
  return (
    <Button
      variant="outlined"
      onClick={() => void run()}
      disabled={busy}
      startIcon={busy ? <CircularProgress size={18} /> : icon}
      data-testid={`report-export-${format}`}
    >
      {busy ? m.exporting : format === 'pdf' ? m.exportPdf : m.exportExcel}
    </Button>
  );
}
