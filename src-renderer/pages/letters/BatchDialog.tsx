// صدور و چاپ دسته‌ای: today's letters — drafts to issue and letters issued today — issued one
// transaction each, then printed, with a progress bar. Stopping waits for the letter in hand:
// the core issues a letter whole or not at all, so nothing is left half-issued.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { LetterRow } from '../../../shared/schemas/letter';
import { isDesktop } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useAppInfo } from '../../app/AppInfoContext';
import { numFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';
import { BatchList, BatchProgress } from './BatchParts';
import { useBatchRun } from './useBatchRun';

export function BatchDialog({ onClose }: { onClose: (changed: boolean) => void }) {
  const { today } = useAppInfo();
  const drafts = useCall('letters.list', {
    pageSize: 500,
    sort: { field: 'createdAt', dir: 'asc' },
    filter: { status: ['draft'] },
  });
  const issuedToday = useCall('letters.list', {
    pageSize: 500,
    sort: { field: 'number', dir: 'asc' },
    filter: { status: ['issued'], from: today, to: today },
  });
  const settings = useCall('letters.settings', {});
  // user's changes to the default choice: drafts and letters not printed yet are in, reprints out
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const [sign, setSign] = useState(true);
  const [password, setPassword] = useState('');
  const { phase, outcome, stop, changed, start } = useBatchRun(() => {
    drafts.reload();
    issuedToday.reload();
  });

  const rows: LetterRow[] = [...(drafts.data?.rows ?? []), ...(issuedToday.data?.rows ?? [])];
  const chosenByDefault = (r: LetterRow) => r.status === 'draft' || r.printCount === 0;
  const isChosen = (r: LetterRow) => chosenByDefault(r) !== toggled.has(r.id);
  const chosen = rows.filter(isChosen);
  const certificate = settings.data?.certificate ?? null;
  const running = phase.kind !== 'idle';

  const run = () =>
    start(chosen, {
      sign: certificate ? sign : undefined,
      certificatePassword: certificate && sign ? password : undefined,
    });

  return (
    <Dialog
      open
      onClose={running ? undefined : () => onClose(changed.current)}
      fullWidth
      maxWidth="md"
      data-testid="batch-dialog"
    >
      <DialogTitle>{m.batchTitle}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {m.batchHint}
          </Typography>
          {isDesktop() && <Alert severity="info">{m.batchDirect}</Alert>}
          {rows.length === 0 && !drafts.loading && !issuedToday.loading ? (
            <Alert severity="info">{m.batchEmpty}</Alert>
          ) : (
            <BatchList
              rows={rows}
              isChosen={isChosen}
              disabled={running}
              onToggle={(id) => {
                const next = new Set(toggled);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                setToggled(next);
              }}
            />
          )}
          {certificate && chosen.some((r) => r.status === 'draft') && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <FormControlLabel
                control={<Checkbox checked={sign} onChange={(e) => setSign(e.target.checked)} disabled={running} />}
                label={m.signDigitally}
              />
              {sign && (
                <TextField
                  type="password"
                  size="small"
                  label={m.certificatePassword}
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  disabled={running}
                  helperText={m.certificatePasswordHint}
                  autoComplete="off"
                />
              )}
            </Stack>
          )}
          {running && <BatchProgress phase={phase} />}
          {outcome && (
            <Alert severity={outcome.severity} data-testid="batch-outcome">
              {outcome.text}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {running ? (
          <Button color="warning" variant="outlined" onClick={() => (stop.current = true)} data-testid="batch-stop">
            {m.batchStop}
          </Button>
        ) : (
          <>
            <Button color="inherit" onClick={() => onClose(changed.current)}>
              {common.close}
            </Button>
            <Button
              variant="contained"
              disabled={
                chosen.length === 0 || (!!certificate && sign && !password && chosen.some((r) => r.status === 'draft'))
              }
              onClick={run}
              data-testid="batch-start"
            >
              {m.batchStart(numFa(chosen.length))}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
