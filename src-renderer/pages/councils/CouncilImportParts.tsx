// The parts of the council import (CouncilImport.tsx): the table of example rows beside the help,
// and the table of every refused row's error.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { CouncilImportResult } from '../../../shared/schemas/council';
import { numFa } from '../../format/fa';
import { councilsMessages as m } from '../../messages/councils';

const EXAMPLE_HEAD = ['نام', 'نوع', 'شهرستان', 'استان', 'کد'];
const EXAMPLE_ROWS = [
  ['کرمان', 'شهر', 'کرمان', 'کرمان', '۱۲۳۴'],
  ['اختیارآباد', 'روستا', 'کرمان', 'کرمان', ''],
];

export function CouncilImportExample() {
  return (
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
  );
}

export function CouncilImportErrorTable({ errors }: { errors: CouncilImportResult['errors'] }) {
  return (
    <TableContainer sx={{ mt: 1.5, maxHeight: 260, bgcolor: 'background.paper', borderRadius: 1 }}>
      <Table size="small" stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 80, fontWeight: 700 }}>{m.importRow}</TableCell>
            <TableCell sx={{ fontWeight: 700 }}>{m.importMessage}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((e, i) => (
            <TableRow key={`${e.row}-${i}`} data-testid="council-import-error-row">
              <TableCell>{numFa(e.row)}</TableCell>
              <TableCell>{e.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
