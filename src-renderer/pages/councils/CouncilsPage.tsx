// شوراها: the councils of the office (client-side grid; an office has at most a few hundred),
// with new/edit dialogs and import from CSV or Excel.
import { useMemo, useState } from 'react';
import type { GridColDef } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Add from '@mui/icons-material/Add';
import EditOutlined from '@mui/icons-material/EditOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import type { Council } from '../../../shared/schemas/council';
import { councilKindLabel } from '../../../shared/domain/councils';
import { useCall } from '../../api/useCall';
import { useAppInfo, useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { EmptyState } from '../../components/EmptyState';
import { activeColumn, ListGrid } from '../../components/ListGrid';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { ShowInactiveSwitch } from '../../components/ShowInactiveSwitch';
import { numFa, toFa } from '../../format/fa';
import { councilsMessages as m } from '../../messages/councils';
import { CouncilDialog } from './CouncilDialog';
import { CouncilImport } from './CouncilImport';
import { TipButton } from '../../components/TipButton';

declare module '@mui/x-data-grid' {
  interface NoRowsOverlayPropsOverrides {
    onNewCouncil?: () => void;
  }
}

function NoCouncils({ onNewCouncil }: { onNewCouncil?: () => void }) {
  return (
    <EmptyState
      testId="councils-empty"
      icon={<GroupsOutlined />}
      title={m.emptyTitle}
      body={onNewCouncil ? m.emptyBody : undefined}
      action={
        onNewCouncil && (
          <Button variant="contained" startIcon={<Add />} onClick={onNewCouncil}>
            {m.newCouncil}
          </Button>
        )
      }
    />
  );
}

export function CouncilsPage() {
  const { office } = useAppInfo();
  // reading the list is everyone's; adding, editing and importing are the reference keepers'
  const mayEdit = useCan()('councils.create');
  const notify = useNotify();
  const [includeInactive, setIncludeInactive] = useState(false);
  const councils = useCall('councils.list', { includeInactive });
  const [editing, setEditing] = useState<Council | 'new' | null>(null);

  const columns = useMemo<GridColDef<Council>[]>(
    () => [
      { field: 'displayName', headerName: m.colName, flex: 1.4, minWidth: 220 },
      { field: 'kind', headerName: m.colKind, width: 120, valueFormatter: (v: string) => councilKindLabel(v) },
      { field: 'county', headerName: m.colCounty, flex: 1, minWidth: 130 },
      { field: 'province', headerName: m.colProvince, flex: 1, minWidth: 130 },
      { field: 'nationalCode', headerName: m.colCode, width: 140, valueFormatter: (v: string) => toFa(v ?? '') },
      activeColumn(m.colActive),
      ...(mayEdit
        ? [
            {
              field: 'actions',
              headerName: m.colActions,
              width: 90,
              sortable: false,
              renderCell: ({ row }: { row: Council }) => (
                <TipButton title={m.editCouncil} size="small" onClick={() => setEditing(row)} testId="council-edit">
                  <EditOutlined fontSize="small" />
                </TipButton>
              ),
            } satisfies GridColDef<Council>,
          ]
        : []),
    ],
    [mayEdit],
  );

  const rows = councils.data ?? [];

  return (
    <Box data-testid="councils-page" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={m.title}
        subtitle={councils.data ? `${m.subtitle} — ${m.count(numFa(rows.length))}` : m.subtitle}
        actions={
          mayEdit && (
            <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')} data-testid="council-new">
              {m.newCouncil}
            </Button>
          )
        }
      />
      {mayEdit && <CouncilImport onImported={() => councils.reload()} />}
      <LoadError error={councils.error} onRetry={councils.reload} />
      <ShowInactiveSwitch
        checked={includeInactive}
        onChange={setIncludeInactive}
        label={m.showInactive}
        testId="councils-show-inactive"
      />
      <ListGrid
        testId="councils-grid"
        narrow={{ tablet: ['displayName', 'kind', 'county', 'active', 'actions'], phone: ['displayName', 'actions'] }}
        minHeight={380}
        rows={rows}
        columns={columns}
        loading={councils.loading}
        initialState={{
          pagination: { paginationModel: { pageSize: 50 } },
          sorting: { sortModel: [{ field: 'displayName', sort: 'asc' }] },
        }}
        onRowDoubleClick={mayEdit ? (p) => setEditing(p.row) : undefined}
        slots={{ noRowsOverlay: NoCouncils }}
        slotProps={{ noRowsOverlay: { onNewCouncil: mayEdit ? () => setEditing('new') : undefined } }}
      />
      {editing && (
        <CouncilDialog
          council={editing === 'new' ? null : editing}
          defaults={{ county: office.county, province: office.province }}
          onClose={() => setEditing(null)}
          onSaved={(_, created) => {
            setEditing(null);
            notify(created ? m.created : m.updated);
            councils.reload();
          }}
        />
      )}
    </Box>
  );
}
