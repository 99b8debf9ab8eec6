// دفتر اندیکاتور: the office's outgoing register — issued letters (and voided ones, which keep
// their numbers) and the drafts not yet issued — paged, sorted and searched by the core.
// `#/letters?new=objection&resolution=<id>` opens a new letter about that resolution.
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Search from '@mui/icons-material/Search';
import MailOutlined from '@mui/icons-material/MailOutlined';
import { LETTER_KIND_CODES, type LetterKind } from '../../../shared/letters/kinds';
import type { LetterListInput, LetterSortField } from '../../../shared/schemas/letter';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { EmptyState } from '../../components/EmptyState';
import { ListGrid } from '../../components/ListGrid';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { numFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { BatchDialog } from './BatchDialog';
import { letterGrid, SORT_FIELD_OF } from './letterColumns';
import { LettersFilterBar, TABS } from './LettersFilterBar';
import { LettersHeaderActions } from './LettersHeaderActions';
import { NewLetterDialog, type NewLetterPreset } from './NewLetterDialog';
import { VerifyDialog } from './VerifyDialog';

// `filtered` is declared on the grid's no-rows props by the register's overlay (module augmentation)
function NoRows({ filtered }: { filtered?: boolean }) {
  return filtered ? (
    <EmptyState icon={<Search />} title={m.noResultsTitle} body={m.noResultsBody} />
  ) : (
    <EmptyState icon={<MailOutlined />} title={m.emptyTitle} body={m.emptyBody} />
  );
}

export function LettersPage() {
  const navigate = useNavigate();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState('issued');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<LetterKind | ''>('');
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const [sort, setSort] = useState<{ field: LetterSortField; dir: 'asc' | 'desc' }>({ field: 'number', dir: 'desc' });
  const [dialog, setDialog] = useState<'new' | 'batch' | 'verify' | null>(null);
  const [preset, setPreset] = useState<NewLetterPreset>({});

  // a link from a resolution or a session opens the new-letter dialog already filled
  useEffect(() => {
    const k = params.get('new');
    // only for whoever may draft a letter: a viewer's old link opens the register, not a form
    if (!k || !can('letters.createDraft')) return;
    setPreset({
      kind: (LETTER_KIND_CODES as readonly string[]).includes(k) ? (k as LetterKind) : undefined,
      resolutionId: params.get('resolution') ?? undefined,
      sessionId: params.get('session') ?? undefined,
    });
    setDialog('new');
    setParams({}, { replace: true });
  }, [params, setParams, can]);

  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => setPaging((p) => ({ ...p, page: 0 })), [q, kind, tab]);

  const input: LetterListInput = {
    page: paging.page,
    pageSize: paging.pageSize,
    sort,
    filter: { status: TABS.find((t) => t.key === tab)?.status, kind: kind || undefined, q: q || undefined },
  };
  const list = useCall('letters.list', input);
  const sortModel = useMemo<GridSortModel>(() => [{ field: sort.field, sort: sort.dir }], [sort]);

  return (
    <Box data-testid="letters-page" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={m.title}
        subtitle={list.data ? `${m.subtitle} — ${m.total(numFa(list.data.total))}` : m.subtitle}
        actions={
          <LettersHeaderActions
            onVerify={() => setDialog('verify')}
            onBatch={() => setDialog('batch')}
            onNew={() => {
              setPreset({});
              setDialog('new');
            }}
          />
        }
      />
      <LettersFilterBar tab={tab} onTab={setTab} typed={typed} onTyped={setTyped} kind={kind} onKind={setKind} />
      <LoadError error={list.error} onRetry={list.reload} />
      <ListGrid
        testId="letters-grid"
        minHeight={420}
        server
        rows={list.data?.rows ?? []}
        {...letterGrid}
        getRowId={(r) => r.id}
        rowCount={list.data?.total ?? 0}
        loading={list.loading}
        paginationModel={paging}
        onPaginationModelChange={setPaging}
        sortModel={sortModel}
        onSortModelChange={(model) => {
          const field = model[0] ? SORT_FIELD_OF[model[0].field] : undefined;
          setSort(field ? { field, dir: model[0].sort === 'asc' ? 'asc' : 'desc' } : { field: 'number', dir: 'desc' });
        }}
        onRowClick={(p) => navigate(`/letters/${encodeURIComponent(String(p.id))}`)}
        slots={{ noRowsOverlay: NoRows }}
        slotProps={{ noRowsOverlay: { filtered: Boolean(q || kind) } }}
      />
      {dialog === 'new' && (
        <NewLetterDialog
          preset={preset}
          onClose={() => setDialog(null)}
          onCreated={(letter) => navigate(`/letters/${encodeURIComponent(letter.id)}`)}
        />
      )}
      {dialog === 'batch' && (
        <BatchDialog
          onClose={(changed) => {
            setDialog(null);
            if (changed) list.reload();
          }}
        />
      )}
      {dialog === 'verify' && <VerifyDialog onClose={() => setDialog(null)} />}
    </Box>
  );
}
