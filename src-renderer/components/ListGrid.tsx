// A page's list: a DataGrid in an outlined panel that fills the rest of the page, with the app's
// habits — page sizes in Persian digits, no column menu, no row selection, a thin progress bar
// while loading. `server`: the core pages, sorts and filters (a register's denser rows, newest
// first). Rows that open something on click look clickable. On a narrow screen (`narrow`) only the
// columns that matter most stay, so the page never scrolls sideways on a tablet or a phone.
import {
  DataGrid,
  type DataGridProps,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import type { Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo } from 'react';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import { toFa } from '../format/fa';
import { common } from '../messages/common';
import { usePhoneScreen } from './useScreen';

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
  /** the fields kept below 1200 px (`tablet`) and below 600 px (`phone`); the others are hidden there */
  narrow?: { tablet: string[]; phone: string[] };
}

/** On a phone a kept column that stretches may shrink this far, so two or three fit side by side. */
const PHONE_MIN_WIDTH = 110;

/** The grid's columns and their visibility on this screen: the page's own choice, less what `narrow` hides. */
function useNarrowColumns<R extends GridValidRowModel>(
  columns: readonly GridColDef<R>[],
  model: GridColumnVisibilityModel | undefined,
  narrow: ListGridProps<R>['narrow'],
) {
  const phone = usePhoneScreen();
  const tablet = useMediaQuery((t: Theme) => t.breakpoints.down('lg'), { noSsr: true });
  const keep = narrow && (phone ? narrow.phone : tablet ? narrow.tablet : null);
  // new columns make the grid measure again: only when the screen or the page's columns change
  return useMemo(() => {
    if (!keep) return { columns, columnVisibilityModel: model };
    const hidden = Object.fromEntries(columns.filter((c) => !keep.includes(c.field)).map((c) => [c.field, false]));
    const fit = (c: GridColDef<R>) =>
      c.flex ? { ...c, minWidth: Math.min(c.minWidth ?? PHONE_MIN_WIDTH, PHONE_MIN_WIDTH) } : c;
    return { columns: phone ? columns.map(fit) : columns, columnVisibilityModel: { ...model, ...hidden } };
  }, [columns, model, keep, phone]);
}

export function ListGrid<R extends GridValidRowModel>({
  testId,
  minHeight,
  server,
  slotProps,
  narrow,
  ...grid
}: ListGridProps<R>) {
  const clickable = Boolean(grid.onRowClick);
  const shown = useNarrowColumns(grid.columns, grid.columnVisibilityModel, narrow);
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
        {...shown}
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
