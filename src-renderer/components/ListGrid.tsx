// A page's list: a DataGrid in an outlined panel that fills the rest of the page, with the app's
// habits — page sizes in Persian digits, no column menu, no row selection, a thin progress bar
// while loading. `server`: the core pages, sorts and filters (a register's denser rows, newest
// first). Rows that open something on click look clickable.
import { DataGrid, type DataGridProps, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import { toFa } from '../format/fa';
import { common } from '../messages/common';

export const PAGE_SIZE_OPTIONS = [25, 50, 100].map((n) => ({ value: n, label: toFa(n) }));

const SERVER: Partial<DataGridProps> = {
  paginationMode: 'server',
  sortingMode: 'server',
  filterMode: 'server',
  // a first click on a column sorts it ascending (issue 11); the default order stays newest first
  sortingOrder: ['asc', 'desc'],
  rowHeight: 46,
  columnHeaderHeight: 48,
  disableColumnFilter: true,
};

export interface ListGridProps<R extends GridValidRowModel> extends Omit<DataGridProps<R>, 'sx'> {
  testId: string;
  minHeight: number;
  server?: boolean;
}

export function ListGrid<R extends GridValidRowModel>({
  testId,
  minHeight,
  server,
  slotProps,
  ...grid
}: ListGridProps<R>) {
  const clickable = Boolean(grid.onRowClick);
  return (
    <Paper
      variant="outlined"
      data-testid={testId}
      sx={{ flex: 1, minHeight, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
    >
      <DataGrid<R>
        pageSizeOptions={PAGE_SIZE_OPTIONS}
        disableColumnMenu
        disableRowSelectionOnClick
        {...(server ? SERVER : undefined)}
        {...grid}
        slotProps={{
          ...slotProps,
          loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' },
          ...(clickable ? { row: { style: { cursor: 'pointer' } } } : undefined),
        }}
        sx={{
          flex: 1,
          // a long header goes on two lines rather than being cut («شماره ثبت وا…»)
          '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 },
          ...(clickable ? { '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' } } : {}),
        }}
      />
    </Paper>
  );
}

/** The column that shows a row as «فعال» or «غیرفعال». */
export function activeColumn<R extends { active: boolean }>(headerName: string): GridColDef<R> {
  return {
    field: 'active',
    headerName,
    width: 110,
    renderCell: ({ row }) => (
      <Chip
        size="small"
        label={row.active ? common.active : common.inactive}
        color={row.active ? 'success' : 'default'}
        variant="outlined"
      />
    ),
  };
}
