// دفتر مصوبات: the register of every received resolution, paged, sorted and filtered by the core.
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import useMediaQuery from '@mui/material/useMediaQuery';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { useCall } from '../../api/useCall';
import { ListGrid } from '../../components/ListGrid';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../app/AppInfoContext';
import { numFa, toFa } from '../../format/fa';
import { registerMessages as m } from '../../messages/register';
import { RegisterFilters } from './RegisterFilters';
import { RegisterNoRows } from './RegisterOverlays';
import { RegisterExport } from './RegisterExport';
import { COLUMN_OF, NARROW_REGISTER, registerColumns, SORT_FIELD_OF, WIDE_REGISTER } from './registerColumns';
import {
  DEFAULT_QUERY,
  hasFilters,
  PAGE_SIZES,
  parseQuery,
  toListInput,
  toParams,
  type RegisterQuery,
} from './registerQuery';

const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((n) => ({ value: n, label: toFa(n) }));

const ALL_COLUMNS = {};
const NARROW_COLUMNS = { approvalDate: false };

export function RegisterPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // only the secretariat registers: everyone else reads the register without the button
  const canRegister = useCan()('resolutions.register');
  const query = useMemo(() => parseQuery(params), [params]);

  const update = useCallback(
    (patch: Partial<RegisterQuery>, keepPage = false) => {
      const next = { ...parseQuery(params), ...patch };
      if (!keepPage) next.page = 0;
      setParams(toParams(next), { replace: true });
    },
    [params, setParams],
  );
  const clearFilters = useCallback(
    () =>
      setParams(toParams({ ...DEFAULT_QUERY, pageSize: query.pageSize, sort: query.sort, dir: query.dir }), {
        replace: true,
      }),
    [query, setParams],
  );

  const listInput = toListInput(query);
  const list = useCall('resolutions.list', listInput);
  const exportView = { filter: listInput.filter, sort: listInput.sort };
  const councils = useCall('councils.list', { includeInactive: true });

  // the grid compares models by reference: a new sort model would send it back to page 0
  const paginationModel = useMemo<GridPaginationModel>(
    () => ({ page: query.page, pageSize: query.pageSize }),
    [query.page, query.pageSize],
  );
  const sortModel = useMemo<GridSortModel>(
    () => [{ field: COLUMN_OF[query.sort], sort: query.dir }],
    [query.sort, query.dir],
  );

  const onPagination = (model: GridPaginationModel) => {
    if (model.pageSize !== query.pageSize) update({ pageSize: model.pageSize });
    else update({ page: model.page }, true);
  };
  const onSort = (model: GridSortModel) => {
    const first = model[0];
    const field = first ? SORT_FIELD_OF[first.field] : undefined;
    if (!first || !field) update({ sort: DEFAULT_QUERY.sort, dir: DEFAULT_QUERY.dir });
    else update({ sort: field, dir: first.sort === 'asc' ? 'asc' : 'desc' });
  };

  const wide = useMediaQuery(WIDE_REGISTER);
  const total = list.data?.total;
  const rows = list.data?.rows ?? [];

  return (
    <Box data-testid="register-page" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={m.title}
        subtitle={total === undefined ? m.subtitle : `${m.subtitle} — ${m.total(numFa(total))}`}
        actions={
          <>
            <RegisterExport view={exportView} />
            {canRegister && (
              <Button
                variant="contained"
                startIcon={<PostAddOutlined />}
                onClick={() => navigate('/resolutions/new')}
                data-testid="new-resolution-button"
              >
                {m.newResolution}
              </Button>
            )}
          </>
        }
      />
      <RegisterFilters
        query={query}
        councils={councils.data ?? []}
        councilsLoading={councils.loading}
        onChange={(patch) => update(patch)}
        onClear={clearFilters}
      />
      <LoadError error={list.error} onRetry={list.reload} testId="register-error" />
      <ListGrid
        testId="register-grid"
        minHeight={420}
        server
        rows={rows}
        columns={registerColumns}
        columnVisibilityModel={wide ? ALL_COLUMNS : NARROW_COLUMNS}
        narrow={NARROW_REGISTER}
        getRowId={(r) => r.id}
        rowCount={total ?? 0}
        loading={list.loading}
        paginationModel={paginationModel}
        onPaginationModelChange={onPagination}
        pageSizeOptions={PAGE_SIZE_OPTIONS}
        sortModel={sortModel}
        onSortModelChange={onSort}
        onRowClick={(p) => navigate(`/resolutions/${encodeURIComponent(String(p.id))}`)}
        slots={{ noRowsOverlay: RegisterNoRows }}
        slotProps={{
          noRowsOverlay: {
            filtered: hasFilters(query),
            onNew: canRegister ? () => navigate('/resolutions/new') : undefined,
            onClearFilters: clearFilters,
          },
        }}
      />
    </Box>
  );
}
