// A report's figures as a plain table beside its chart: what a reader checks, copies and prints.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';

export interface Column<T> {
  label: string;
  value: (row: T) => ReactNode;
  /** figures are set in a fixed-width column aligned to the reading end */
  numeric?: boolean;
}

export function ReportTable<T>({
  columns,
  rows,
  rowKey,
  testId,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T, index: number) => string;
  testId?: string;
}) {
  return (
    <Table size="small" data-testid={testId} sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.label} sx={{ fontWeight: 700, whiteSpace: c.numeric ? 'nowrap' : undefined }}>
              {c.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={rowKey(row, i)}>
            {columns.map((c) => (
              <TableCell
                key={c.label}
                sx={c.numeric ? { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } : undefined}
              >
                {c.value(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
