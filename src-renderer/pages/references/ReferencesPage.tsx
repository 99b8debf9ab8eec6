// «مستندات قانونی»: what opinions and rulings cite. The national catalog comes from the ministry
// and is read-only here; the office's own entries (citations it uses often) are added, corrected
// and withdrawn by the secretariat and the admin (issue 11). Everyone signed in may browse it.
import { useMemo, useState } from 'react';
import type { GridColDef } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Add from '@mui/icons-material/Add';
import type { LegalReference } from '../../../shared/schemas/review';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { activeColumn, ListGrid } from '../../components/ListGrid';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { ShowInactiveSwitch } from '../../components/ShowInactiveSwitch';
import { numFa, toFa } from '../../format/fa';
import { citationsMessages as m } from '../../messages/citations';
import { ReferenceDialog } from './ReferenceDialog';

const wrap = ({ value }: { value?: string }) => (
  <Box sx={{ whiteSpace: 'normal', py: 1.25, lineHeight: 1.7 }}>{value}</Box>
);

export function ReferencesPage() {
  const mayEdit = useCan()('references.saveOffice');
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useCall('references.list', { includeInactive });
  const [editing, setEditing] = useState<LegalReference | 'new' | null>(null);
  const columns = useMemo<GridColDef<LegalReference>[]>(
    () => [
      { field: 'law', headerName: m.colLaw, flex: 1.4, minWidth: 220, renderCell: wrap },
      {
        field: 'article',
        headerName: m.colArticle,
        width: 130,
        valueGetter: (_, r) => toFa([r.article, r.note].filter(Boolean).join('، ')),
      },
      { field: 'subject', headerName: m.colSubject, flex: 2, minWidth: 260, renderCell: wrap },
      {
        field: 'source',
        headerName: m.colSource,
        width: 110,
        renderCell: ({ row }) => (
          <Chip
            size="small"
            variant="outlined"
            color={row.source === 'office' ? 'primary' : 'default'}
            label={row.source === 'office' ? m.office : m.national}
          />
        ),
      },
      activeColumn(m.colActive),
    ],
    [],
  );
  const rows = list.data ?? [];
  return (
    <Box data-testid="references-page" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={m.pageTitle}
        subtitle={list.data ? `${m.pageSubtitle} — ${m.count(numFa(rows.length))}` : m.pageSubtitle}
        actions={
          mayEdit && (
            <Button
              variant="contained"
              startIcon={<Add />}
              onClick={() => setEditing('new')}
              data-testid="reference-new"
            >
              {m.newEntry}
            </Button>
          )
        }
      />
      <LoadError error={list.error} onRetry={list.reload} />
      <ShowInactiveSwitch
        checked={includeInactive}
        onChange={setIncludeInactive}
        label={m.showWithdrawn}
        testId="references-show-inactive"
      />
      <ListGrid
        testId="references-grid"
        narrow={{ tablet: ['law', 'article', 'subject', 'source'], phone: ['law', 'subject'] }}
        minHeight={380}
        rows={rows}
        columns={columns}
        loading={list.loading}
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        // a law's full name and its subject are what the page is read for: they wrap, never cut
        getRowHeight={() => 'auto'}
        onRowClick={mayEdit ? (p) => p.row.source === 'office' && setEditing(p.row) : undefined}
      />
      {editing && (
        <ReferenceDialog
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Box>
  );
}
