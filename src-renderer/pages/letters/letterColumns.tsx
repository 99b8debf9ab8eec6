// The outgoing register's columns: number and date as printed (Persian digits, Jalali), the kind,
// the subject and recipient, the state, and how the letter was signed.
import type { GridColDef } from '@mui/x-data-grid';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { letterKindLabel, letterStatusLabel } from '../../../shared/letters/kinds';
import type { LetterRow, LetterSortField } from '../../../shared/schemas/letter';
import { dateFa, toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';

/** grid column → the contract's sort field */
export const SORT_FIELD_OF: Partial<Record<string, LetterSortField>> = {
  number: 'number',
  date: 'date',
  subject: 'subject',
  createdAt: 'createdAt',
};

const STATUS_COLOR = { draft: 'default', issued: 'success', voided: 'error' } as const;

const columns: GridColDef<LetterRow>[] = [
  {
    field: 'number',
    headerName: m.colNumber,
    width: 130,
    renderCell: ({ row }) =>
      row.number ? (
        <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 'inherit' }}>
          {toFa(row.number)}
        </Typography>
      ) : (
        <Chip size="small" variant="outlined" label={m.draftBadge} />
      ),
  },
  { field: 'date', headerName: m.colDate, width: 110, valueFormatter: (v: string | null) => dateFa(v) },
  {
    field: 'kind',
    headerName: m.colKind,
    width: 170,
    sortable: false,
    valueFormatter: (v: string) => letterKindLabel(v),
  },
  {
    field: 'subject',
    headerName: m.colSubject,
    flex: 1.5,
    minWidth: 200,
    renderCell: ({ row }) => (
      <Typography variant="body2" noWrap title={row.subject} sx={{ fontWeight: 500, lineHeight: 'inherit' }}>
        {row.subject || '—'}
      </Typography>
    ),
  },
  { field: 'recipient', headerName: m.colRecipient, flex: 1.1, minWidth: 180, sortable: false },
  {
    field: 'status',
    headerName: m.colStatus,
    width: 112,
    sortable: false,
    renderCell: ({ row }) => (
      <Chip
        size="small"
        color={STATUS_COLOR[row.status]}
        variant={row.status === 'issued' ? 'filled' : 'outlined'}
        label={letterStatusLabel(row.status)}
        title={row.voidReason ?? undefined}
      />
    ),
  },
  {
    field: 'signed',
    headerName: m.colSigned,
    width: 90,
    sortable: false,
    valueGetter: (_v, row) => (row.status === 'draft' ? '' : row.signed ? m.signedDigital : m.signedHand),
  },
  { field: 'printCount', headerName: m.colPrints, width: 70, sortable: false, valueFormatter: (v: number) => toFa(v) },
];

const letterColumns = columns.map((c) => ({ ...c, sortable: c.sortable !== false && c.field in SORT_FIELD_OF }));

/** The grid's columns, and those kept on a tablet and a phone (ListGrid's `narrow`). */
export const letterGrid = {
  columns: letterColumns,
  narrow: { tablet: ['number', 'date', 'subject', 'recipient', 'status'], phone: ['number', 'subject', 'status'] },
};
