// The parts of the batch dialog (BatchDialog.tsx): today's letters to choose from, and the progress
// of the run.
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LetterRow } from '../../../shared/schemas/letter';
import { numFa, toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import type { Phase } from './useBatchRun';

export function BatchList(p: {
  rows: LetterRow[];
  isChosen: (r: LetterRow) => boolean;
  disabled: boolean;
  onToggle: (id: string) => void;
}) {
  return (
    <List dense sx={{ maxHeight: 300, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {p.rows.map((r) => (
        <ListItem key={r.id} disablePadding sx={{ px: 1 }}>
          <FormControlLabel
            disabled={p.disabled}
            control={<Checkbox size="small" checked={p.isChosen(r)} onChange={() => p.onToggle(r.id)} />}
            label={`${r.number ? toFa(r.number) : m.draftBadge} — ${r.subject || '—'} — ${r.recipient || '—'}`}
          />
        </ListItem>
      ))}
    </List>
  );
}

export function BatchProgress({ phase }: { phase: Phase }) {
  const progress =
    phase.kind === 'issuing' || phase.kind === 'printing' ? (100 * phase.done) / Math.max(1, phase.total) : undefined;
  return (
    <Stack spacing={1} data-testid="batch-progress">
      <LinearProgress variant={progress === undefined ? 'indeterminate' : 'determinate'} value={progress} />
      <Typography variant="body2">
        {phase.kind === 'issuing'
          ? m.batchIssuing(numFa(phase.done + 1), numFa(phase.total))
          : phase.kind === 'printing'
            ? m.batchPrinting(numFa(phase.done + 1), numFa(phase.total))
            : m.batchPreparing}
      </Typography>
    </Stack>
  );
}
