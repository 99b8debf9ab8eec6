// The letter page's way of changing the letter: one change at a time (busy), its error shown in
// the open dialog or else as a notice, field errors handed to the editor; and saving a draft.
import { useState } from 'react';
import type { Letter } from '../../../shared/schemas/letter';
import { ApiError, call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import type { LetterDialog } from './LetterActions';
import type { DraftFields } from './LetterEditor';

export function useLetterOps({
  letter,
  preview,
  dialog,
  setErrors,
}: {
  letter: { reload: () => void };
  preview: { reload: () => void };
  dialog: LetterDialog;
  setErrors: (errors: Record<string, string>) => void;
}) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);

  const refresh = () => {
    letter.reload();
    preview.reload();
  };
  const act = async (job: () => Promise<void>) => {
    setBusy(true);
    setDialogError(null);
    try {
      await job();
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      if (dialog) setDialogError(errorText(e));
      else notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const save = async (l: Letter, fields: DraftFields) => {
    setErrors({});
    await call('letters.updateDraft', {
      id: l.id,
      rev: l.rev,
      ...fields,
      copies: fields.copies
        .split('\n')
        .map((c) => c.trim())
        .filter(Boolean),
    });
  };
  return { busy, dialogError, act, save, refresh };
}
