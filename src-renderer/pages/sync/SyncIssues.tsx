// Changes the server refused (with its reason, and a way to send them again) and changes waiting
// for a prerequisite to reach the server. Nothing refused is ever hidden.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import type { SyncItem } from '../../../shared/schemas/sync';
import { instantFa, toFa } from '../../format/fa';
import { syncMessages as m } from '../../messages/sync';

interface Props {
  title: string;
  intro: string;
  items: SyncItem[];
  severity: 'error' | 'warning' | 'info';
  testId: string;
  /** offered to those who may sync; absent for the rest */
  onRetry?: (item: SyncItem) => void;
}

export function SyncIssues({ title, intro, items, severity, testId, onRetry }: Props) {
  if (!items.length) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5, mt: 2 }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Alert severity={severity} sx={{ mb: 1.5 }}>
        {intro}
      </Alert>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{m.colKind}</TableCell>
            <TableCell>{m.colRecord}</TableCell>
            <TableCell>{m.colReason}</TableCell>
            {items.some((i) => i.at) && <TableCell>{m.colAt}</TableCell>}
            {onRetry && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={`${item.entity}/${item.recordId}`} data-testid="sync-issue">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.label}</TableCell>
              <TableCell>{toFa(item.description)}</TableCell>
              <TableCell data-testid="sync-issue-reason">{item.reason}</TableCell>
              {items.some((i) => i.at) && <TableCell sx={{ whiteSpace: 'nowrap' }}>{instantFa(item.at)}</TableCell>}
              {onRetry && (
                <TableCell>
                  <Button
                    size="small"
                    startIcon={<ReplayOutlined />}
                    onClick={() => onRetry(item)}
                    data-testid="sync-retry"
                  >
                    {m.retry}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
