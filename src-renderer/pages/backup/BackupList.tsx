// The backups kept on this computer, newest first; each can be checked for a restore.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupList as List } from '../../../shared/schemas/backup';
import { instantFa, numFa, sizeFa } from '../../format/fa';
import { backupMessages as m } from '../../messages/backup';

export function BackupList({ list, onCheck }: { list: List; onCheck: (folder: string) => void }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5, mt: 2.5 }} component="section" data-testid="backup-list">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        {m.listTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, lineHeight: 1.9 }}>
        {m.listIntro}
        <bdi dir="ltr">{list.folder}</bdi>
      </Typography>
      {list.nextAutomaticAt && (
        <Typography variant="body2" color="text.secondary">
          {m.nextAt(instantFa(list.nextAutomaticAt))}
        </Typography>
      )}
      {list.backups.length === 0 ? (
        <Typography sx={{ mt: 2 }}>{m.none}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', mt: 1.5 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{m.colDate}</TableCell>
                <TableCell>{m.colKind}</TableCell>
                <TableCell>{m.colResolutions}</TableCell>
                <TableCell>{m.colSize}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {list.backups.map((b) => (
                <TableRow key={b.id} data-testid="backup-row">
                  <TableCell>{instantFa(b.createdAt)}</TableCell>
                  <TableCell>{m.kinds[b.kind] ?? b.kind}</TableCell>
                  <TableCell>{numFa(b.counts.resolution ?? 0)}</TableCell>
                  <TableCell>{sizeFa(b.bytes)}</TableCell>
                  <TableCell align="left">
                    <Button size="small" onClick={() => onCheck(b.folder)}>
                      {m.check}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Paper>
  );
}
