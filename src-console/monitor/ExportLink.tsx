import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/Download';
import { t } from '../messages';

/** Downloads a table as Excel (the browser sends the session cookie: same origin). */
export function ExportLink({ href, testId }: { href: string; testId?: string }) {
  return (
    <Button size="small" href={href} download startIcon={<DownloadIcon />} data-testid={testId}>
      {t.exportExcel}
    </Button>
  );
}
