// صدور و چاپ دسته‌ای: today's letters — drafts to issue and letters issued today — issued one
// transaction each, then printed, with a progress bar. Stopping waits for the letter in hand:
// the core issues a letter whole or not at all, so nothing is left half-issued.
import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { LetterRow } from '../../../shared/schemas/letter';
import { call, isDesktop } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { useAppInfo } from '../../app/AppInfoContext';
import { numFa, toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';
import { openPrintWindow, printInWindow } from './printing';

type Phase = { kind: 'idle' } | { kind: 'issuing' | 'printing'; done: number; total: number } | { kind: 'preparing' };

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
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const stop = useRef(false);
  const changed = useRef(false);

  const rows: LetterRow[] = [...(drafts.data?.rows ?? []), ...(issuedToday.data?.rows ?? [])];
  const chosenByDefault = (r: LetterRow) => r.status === 'draft' || r.printCount === 0;
  const isChosen = (r: LetterRow) => chosenByDefault(r) !== toggled.has(r.id);
  const chosen = rows.filter(isChosen);
  const certificate = settings.data?.certificate ?? null;
  const running = phase.kind !== 'idle';

  const run = async () => {
    stop.current = false;
    setOutcome(null);
    const toIssue = chosen.filter((r) => r.status === 'draft');
    const toPrint = chosen.filter((r) => r.status === 'issued').map((r) => r.id);
    // browser mode: the print window is opened now, in the click, or pop-up blockers refuse it
    const win = isDesktop() ? null : openPrintWindow();
    let issued = 0;
    let printed = 0;
    let notPrinted: string | null = null;
    try {
      for (const [i, r] of toIssue.entries()) {
        if (stop.current) break;
        setPhase({ kind: 'issuing', done: i, total: toIssue.length });
        const out = await call('letters.issue', {
          id: r.id,
          sign: certificate ? sign : undefined,
          certificatePassword: certificate && sign ? password : undefined,
        });
        changed.current = true;
        issued += 1;
        toPrint.push(out.letter.id);
      }
      if (!stop.current && toPrint.length) {
        if (isDesktop()) {
          for (const [i, id] of toPrint.entries()) {
            if (stop.current) break;
            setPhase({ kind: 'printing', done: i, total: toPrint.length });
            const out = await call('letters.print', { ids: [id], silent: true });
            if (!out.printed) {
              notPrinted = m.printNotTaken;
              break;
            }
            printed += out.printed;
          }
        } else if (!win) {
          notPrinted = m.popupBlocked;
        } else {
          setPhase({ kind: 'preparing' });
          const shown = await printInWindow(win, await call('letters.print', { ids: toPrint }));
          if (shown.outcome === 'printed') printed = shown.counted.printed;
          else notPrinted = m.printWindowClosed;
        }
        changed.current = true;
      }
      setOutcome(
        stop.current
          ? { severity: 'warning', text: m.batchStopped(numFa(issued)) }
          : notPrinted
            ? { severity: 'warning', text: m.batchNotPrinted(numFa(issued), notPrinted) }
            : { severity: 'success', text: m.batchDone(numFa(issued), numFa(printed)) },
      );
    } catch (e) {
      setOutcome({ severity: 'error', text: `${m.batchStopped(numFa(issued))} ${errorText(e)}` });
    } finally {
      if (win && !win.closed && printed === 0) win.close();
      setPhase({ kind: 'idle' });
      drafts.reload();
      issuedToday.reload();
    }
  };

  const progress =
    phase.kind === 'issuing' || phase.kind === 'printing' ? (100 * phase.done) / Math.max(1, phase.total) : undefined;

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
            <List dense sx={{ maxHeight: 300, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
              {rows.map((r) => (
                <ListItem key={r.id} disablePadding sx={{ px: 1 }}>
                  <FormControlLabel
                    disabled={running}
                    control={
                      <Checkbox
                        size="small"
                        checked={isChosen(r)}
                        onChange={() => {
                          const next = new Set(toggled);
                          if (next.has(r.id)) next.delete(r.id);
                          else next.add(r.id);
                          setToggled(next);
                        }}
                      />
                    }
                    label={`${r.number ? toFa(r.number) : m.draftBadge} — ${r.subject || '—'} — ${r.recipient || '—'}`}
                  />
                </ListItem>
              ))}
            </List>
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
          {running && (
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
          )}
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
