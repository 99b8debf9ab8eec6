// Busy and error around one call at a time, for the console's forms and dialogs: the call's thrown
// message (the server's Persian refusal) becomes the error to show.
import { useState } from 'react';

export function useBusy() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** runs `f`; resolves true if it succeeded, false if it threw (its message is then the error) */
  const run = async (f: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await f();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, setError };
}
