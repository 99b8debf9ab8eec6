// دفتر اندیکاتور: the office's outgoing register — issued letters (and voided ones, which keep
// their numbers) and the drafts not yet issued — paged, sorted and searched by the core.
// `#/letters?new=objection&resolution=<id>` opens a new letter about that resolution.
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import AddOutlined from '@mui/icons-material/AddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import QrCode2 from '@mui/icons-material/QrCode2';
import Search from '@mui/icons-material/Search';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import { LETTER_KIND_CODES, LETTER_KINDS, type LetterKind, type LetterStatus } from '../../../shared/letters/kinds';
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
import { NewLetterDialog, type NewLetterPreset } from './NewLetterDialog';
import { VerifyDialog } from './VerifyDialog';

const TABS: { key: string; label: string; status: LetterStatus[] | undefined }[] = [
  { key: 'issued', label: m.tabIssued, status: ['issued', 'voided'] },
  { key: 'drafts', label: m.tabDrafts, status: ['draft'] },
  { key: 'all', label: m.tabAll, status: undefined },
];

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
          <>
            <Button startIcon={<QrCode2 />} onClick={() => setDialog('verify')} data-testid="verify-button">
              {m.verify}
            </Button>
            {can('letters.updateSettings') && (
              <Button startIcon={<SettingsOutlined />} onClick={() => navigate('/letters/settings')}>
                {m.settings}
              </Button>
            )}
            {can('letters.print') && (
              <Button
                variant="outlined"
                startIcon={<PrintOutlined />}
                onClick={() => setDialog('batch')}
                data-testid="batch-button"
              >
                {m.batch}
              </Button>
            )}
            {can('letters.createDraft') && (
              <Button
                variant="contained"
                startIcon={<AddOutlined />}
                onClick={() => {
                  setPreset({});
                  setDialog('new');
                }}
                data-testid="new-letter-button"
              >
                {m.newLetter}
              </Button>
            )}
          </>
        }
      />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Tabs value={tab} onChange={(_e, v: string) => setTab(v)} sx={{ minHeight: 40 }}>
          {TABS.map((t) => (
            <Tab
              key={t.key}
              value={t.key}
              label={t.label}
              data-testid={`letters-tab-${t.key}`}
              sx={{ minHeight: 40 }}
            />
          ))}
        </Tabs>
        <TextField
          size="small"
          placeholder={m.search}
          aria-label={m.searchLabel}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          sx={{ flex: '1 1 240px' }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search fontSize="small" />
                </InputAdornment>
              ),
            },
            htmlInput: { 'data-testid': 'letters-search' },
          }}
        />
        <TextField
          select
          size="small"
          label={m.kind}
          value={kind}
          onChange={(e) => setKind(e.target.value as LetterKind | '')}
          sx={{ flex: '0 0 220px' }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{m.allKinds}</MenuItem>
          {LETTER_KINDS.map((k) => (
            <MenuItem key={k.code} value={k.code}>
              {k.label}
            </MenuItem>
          ))}
        </TextField>
      </Box>
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
