// A settings form's save (the letterhead, a template): one at a time (busy), the core's per-field
// messages kept for the fields, and its message shown as a notice.
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';

export function useFieldsAction() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setErrors({});
    try {
      await job();
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return { busy, errors, setErrors, run };
}
