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
import { dateFa, toFa } from '../../format/fa';
import { registerMessages as m } from '../../messages/register';

/** grid column field → the contract's sort field; a column the core cannot sort by is not sortable */
export const SORT_FIELD_OF: Partial<Record<string, ResolutionSortField>> = Object.fromEntries(
  RESOLUTION_SORT_FIELDS.map((f) => [f === 'councilName' ? 'councilDisplayName' : f, f]),
);

export const COLUMN_OF = Object.fromEntries(
  Object.entries(SORT_FIELD_OF).map(([column, sort]) => [sort, column]),
) as Record<ResolutionSortField, string>;

const digits = (value: unknown) => toFa(String(value ?? ''));

const columns: GridColDef<ResolutionRow>[] = [
  { field: 'incomingNumber', headerName: m.colIncomingNumber, width: 118, valueFormatter: digits },
  { field: 'receiptDate', headerName: m.colReceiptDate, width: 122, valueFormatter: (v: string) => dateFa(v) },
  { field: 'councilDisplayName', headerName: m.colCouncil, flex: 1.1, minWidth: 200 },
  { field: 'councilResolutionNumber', headerName: m.colResolutionNumber, width: 104, valueFormatter: digits },
  {
    field: 'title',
    headerName: m.colTitle,
    flex: 1.6,
    minWidth: 170,
    renderCell: ({ row }) => (
      <Typography variant="body2" noWrap title={row.title} sx={{ fontWeight: 500, lineHeight: 'inherit' }}>
        {row.title}
      </Typography>
    ),
  },
  { field: 'category', headerName: m.colCategory, width: 132, valueFormatter: (v: string) => categoryLabel(v) },
  {
    field: 'status',
    headerName: m.colStatus,
    width: 130,
    renderCell: ({ row }) => <StatusChip status={row.status} />,
  },
  { field: 'approvalDate', headerName: m.colApprovalDate, width: 108, valueFormatter: (v: string) => dateFa(v) },
];

export const registerColumns: GridColDef<ResolutionRow>[] = columns.map((c) => ({
  ...c,
  sortable: c.field in SORT_FIELD_OF,
}));
