// What the check of a backup found: each check passed or not, and its record counts beside the
// current ones, so the user sees what a restore would bring back before confirming.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import HighlightOff from '@mui/icons-material/HighlightOff';
import type { BackupCheck } from '../../../shared/schemas/backup';
import { instantFa, numFa, toFa } from '../../format/fa';
import { backupMessages as m } from '../../messages/backup';

function Passed({ ok, text }: { ok: boolean; text: string }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 0.5 }}>
      {ok ? <CheckCircleOutline color="success" fontSize="small" /> : <HighlightOff color="error" fontSize="small" />}
      <Typography variant="body2">{text}</Typography>
    </Box>
  );
}

export function CheckResult({ check }: { check: BackupCheck }) {
  return (
    <Box sx={{ mt: 2 }} data-testid="backup-check" data-restorable={String(check.restorable)}>
      {check.restorable ? (
        <Alert severity="success">{m.checkOk}</Alert>
      ) : (
        <Alert severity="error">
          <AlertTitle>{m.checkBad}</AlertTitle>
          {check.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
      <Typography variant="body2" sx={{ mt: 1.5 }}>
        {m.takenAt(instantFa(check.manifest.createdAt), toFa(check.manifest.appVersion))}
        {check.manifest.office ? ` — ${check.manifest.office.name}` : ''}
      </Typography>
      <Passed ok={check.filesOk} text={m.checks.files} />
      <Passed ok={check.integrityOk} text={m.checks.integrity} />
      <Passed ok={check.auditOk} text={m.checks.audit(numFa(check.auditChecked))} />
      <Table size="small" sx={{ mt: 1.5, maxWidth: 520 }}>
        <TableHead>
          <TableRow>
            <TableCell>{m.colTable}</TableCell>
            <TableCell>{m.colBackup}</TableCell>
            <TableCell>{m.colCurrent}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {Object.keys(m.tables).map((t) => (
            <TableRow key={t} data-testid={`count-${t}`}>
              <TableCell>{m.tables[t]}</TableCell>
              <TableCell>{numFa(check.counts[t] ?? 0)}</TableCell>
              <TableCell>{numFa(check.currentCounts[t] ?? 0)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
