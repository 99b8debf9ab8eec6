// The run of the batch dialog (BatchDialog.tsx): the chosen drafts issued one transaction each, then
// everything printed, with the phase for the progress bar. Stopping waits for the letter in hand:
// the core issues a letter whole or not at all, so nothing is left half-issued.
import { useRef, useState } from 'react';
import type { LetterRow } from '../../../shared/schemas/letter';
import { call, isDesktop } from '../../api/client';
import { errorText } from '../../api/errorText';
import { numFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { openPrintWindow, printInWindow } from './printing';

export type Phase =
  { kind: 'idle' } | { kind: 'issuing' | 'printing'; done: number; total: number } | { kind: 'preparing' };

export interface Outcome {
  severity: 'success' | 'warning' | 'error';
  text: string;
}

/** how the drafts are issued: signed with the office's certificate and its password, or not */
export interface Signing {
  sign?: boolean;
  certificatePassword?: string;
}

/** `after` runs once the run ends, however it ends (the dialog reloads its lists). */
export function useBatchRun(after: () => void) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const stop = useRef(false);
  const changed = useRef(false);

  const start = async (chosen: LetterRow[], signing: Signing) => {
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
        const out = await call('letters.issue', { id: r.id, ...signing });
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
      after();
    }
  };

  return { phase, outcome, stop, changed, start };
}
