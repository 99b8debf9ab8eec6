// The outgoing register's filters (LettersPage.tsx): issued / drafts / all, the search box, and
// the letter's kind.
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Search from '@mui/icons-material/Search';
import { LETTER_KINDS, type LetterKind, type LetterStatus } from '../../../shared/letters/kinds';
import { lettersMessages as m } from '../../messages/letters';

export const TABS: { key: string; label: string; status: LetterStatus[] | undefined }[] = [
  { key: 'issued', label: m.tabIssued, status: ['issued', 'voided'] },
  { key: 'drafts', label: m.tabDrafts, status: ['draft'] },
  { key: 'all', label: m.tabAll, status: undefined },
];

export function LettersFilterBar(p: {
  tab: string;
  onTab: (tab: string) => void;
  typed: string;
  onTyped: (typed: string) => void;
  kind: LetterKind | '';
  onKind: (kind: LetterKind | '') => void;
}) {
  const { tab, onTab, typed, onTyped, kind, onKind } = p;
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
      <Tabs value={tab} onChange={(_e, v: string) => onTab(v)} sx={{ minHeight: 40 }}>
        {TABS.map((t) => (
          <Tab key={t.key} value={t.key} label={t.label} data-testid={`letters-tab-${t.key}`} sx={{ minHeight: 40 }} />
        ))}
      </Tabs>
      <TextField
        size="small"
        placeholder={m.search}
        aria-label={m.searchLabel}
        value={typed}
        onChange={(e) => onTyped(e.target.value)}
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
        onChange={(e) => onKind(e.target.value as LetterKind | '')}
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
  );
}
