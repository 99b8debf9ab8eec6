// The letter page's buttons: save, issue or discard a draft; save the PDF of an issued letter,
// print it (a reprint is marked المثنی) or void it. Dialogs open through `setDialog`.
import { LetterDocxButton } from './LetterDocxButton';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import type { Letter } from '../../../shared/schemas/letter';
import { call } from '../../api/client';
import { useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { lettersMessages as m } from '../../messages/letters';
import { printLetter, savePdf } from './printing';

export type LetterDialog = 'issue' | 'void' | 'discard' | null;

/** What the page hands its buttons and dialogs: the letter and the ways to change it. */
export interface LetterOps {
  l: Letter;
  dirty: boolean;
  busy: boolean;
  setDialog: (d: LetterDialog) => void;
  /** runs a change: busy meanwhile, errors shown in the open dialog or as a notice */
  act: (job: () => Promise<void>) => Promise<void>;
  /** saves the draft's edited fields */
  save: () => Promise<void>;
  /** reads the letter and its preview again */
  refresh: () => void;
}

export function LetterActions({ l, dirty, busy, setDialog, act, save, refresh }: LetterOps) {
  const navigate = useNavigate();
  const notify = useNotify();
  const can = useCan();
  const isDraft = l.status === 'draft';
  return (
    <>
      <Button onClick={() => navigate('/letters')}>{m.backToRegister}</Button>
      {isDraft && can('letters.updateDraft') && (
        <>
          <Button color="error" startIcon={<DeleteOutlined />} onClick={() => setDialog('discard')}>
            {m.discard}
          </Button>
          <Button
            variant="outlined"
            startIcon={<SaveOutlined />}
            disabled={!dirty || busy}
            data-testid="letter-save"
            onClick={() =>
              act(async () => {
                await save();
                notify(m.saved);
                refresh();
              })
            }
          >
            {m.saveDraft}
          </Button>
          <Button
            variant="contained"
            startIcon={<SendOutlined />}
            onClick={() => setDialog('issue')}
            data-testid="letter-issue"
          >
            {m.issue}
          </Button>
        </>
      )}
      {!isDraft && (
        <Button
          startIcon={<PictureAsPdfOutlined />}
          onClick={() => act(async () => savePdf(await call('letters.pdf', { id: l.id })))}
          data-testid="letter-save-pdf"
        >
          {m.savePdf}
        </Button>
      )}
      {l.status === 'issued' && <LetterDocxButton letterId={l.id} />}
      {l.status === 'issued' && can('letters.print') && (
        <>
          <Button
            color="error"
            startIcon={<BlockOutlined />}
            onClick={() => setDialog('void')}
            data-testid="letter-void"
          >
            {m.void}
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintOutlined />}
            disabled={busy}
            data-testid="letter-print"
            onClick={() =>
              act(async () => {
                const printed = await printLetter(l.id);
                if (printed === 'blocked') notify(m.popupBlocked, 'warning');
                else if (printed === 'closed') notify(m.printWindowClosed, 'warning');
                else if (printed === 'none') notify(m.printNotTaken, 'warning');
                else notify(printed === 'copy' ? m.printedCopy : m.printed);
                refresh();
              })
            }
          >
            {l.printCount > 0 ? m.printCopy : m.print}
          </Button>
        </>
      )}
    </>
  );
}
