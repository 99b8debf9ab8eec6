// The register's columns. Dates show in Jalali with Persian digits; sorting is done by the core.
import type { GridColDef } from '@mui/x-data-grid';
import Typography from '@mui/material/Typography';
import {
  RESOLUTION_SORT_FIELDS,
  type ResolutionRow,
  type ResolutionSortField,
} from '../../../shared/schemas/resolution';
import { categoryLabel } from '../../../shared/domain/categories';
import { StatusChip } from '../../components/StatusChip';
import { dateFa } from '../../format/fa';
import { registerMessages as m } from '../../messages/register';
import { DeadlineCell } from './DeadlineCell';
import { NumberText } from './NumberText';

/** grid column field → the contract's sort field; a column the core cannot sort by is not sortable */
export const SORT_FIELD_OF: Partial<Record<string, ResolutionSortField>> = Object.fromEntries(
  RESOLUTION_SORT_FIELDS.map((f) => [f === 'councilName' ? 'councilDisplayName' : f, f]),
);

export const COLUMN_OF = Object.fromEntries(
  Object.entries(SORT_FIELD_OF).map(([column, sort]) => [sort, column]),
) as Record<ResolutionSortField, string>;

const columns: GridColDef<ResolutionRow>[] = [
  {
    field: 'incomingNumber',
    headerName: m.colIncomingNumber,
    width: 108,
    display: 'flex',
    renderCell: ({ row }) => <NumberText value={row.incomingNumber} />,
  },
  { field: 'receiptDate', headerName: m.colReceiptDate, width: 104, valueFormatter: (v: string) => dateFa(v) },
  {
    field: 'councilDisplayName',
    headerName: m.colCouncil,
    flex: 1,
    minWidth: 150,
    display: 'flex',
    renderCell: ({ row }) => (
      <Typography variant="body2" title={row.councilDisplayName} sx={TWO_LINES}>
        {row.councilDisplayName}
      </Typography>
    ),
  },
  {
    field: 'councilResolutionNumber',
    headerName: m.colResolutionNumber,
    width: 92,
    display: 'flex',
    renderCell: ({ row }) => <NumberText value={row.councilResolutionNumber} />,
  },
  {
    field: 'title',
    headerName: m.colTitle,
    flex: 2,
    minWidth: 230,
    // two lines of the subject rather than one cut short; the whole of it in the tooltip
    display: 'flex',
    renderCell: ({ row }) => (
      <Typography variant="body2" title={row.title} sx={{ ...TWO_LINES, fontWeight: 500 }}>
        {row.title}
      </Typography>
    ),
  },
  { field: 'category', headerName: m.colCategory, width: 116, valueFormatter: (v: string) => categoryLabel(v) },
  {
    field: 'status',
    headerName: m.colStatus,
    width: 132,
    display: 'flex',
    renderCell: ({ row }) => <StatusChip status={row.status} wrap />,
  },
  {
    field: 'dueDate',
    headerName: m.colDeadline,
    width: 100,
    display: 'flex',
    renderCell: ({ row }) => <DeadlineCell dueDate={row.dueDate} />,
  },
  { field: 'approvalDate', headerName: m.colApprovalDate, width: 100, valueFormatter: (v: string) => dateFa(v) },
];

/** On a tablet and a phone (ListGrid's `narrow`): the subject and where it stands first. */
export const NARROW_REGISTER = {
  tablet: ['incomingNumber', 'councilDisplayName', 'title', 'status', 'dueDate'],
  phone: ['title', 'status'],
};

/** Below this window width the approval date (on the resolution's page too) makes room for the subject. */
export const WIDE_REGISTER = '(min-width: 1600px)';

const TWO_LINES = {
  lineHeight: 1.35,
  whiteSpace: 'normal',
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

export const registerColumns: GridColDef<ResolutionRow>[] = columns.map((c) => ({
  ...c,
  sortable: c.field in SORT_FIELD_OF,
}));
