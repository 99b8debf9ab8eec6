// One call that changes data, run from a button: which action is busy (so the others wait and
// the pressed one spins), the Persian error to show, and nothing thrown at the caller.
import { useCallback, useState } from 'react';
import { errorText } from './errorText';

export interface ActionState<K extends string> {
  /** the action in flight, or null */
  busy: K | null;
  error: string | null;
  setError: (error: string | null) => void;
  /** runs `fn` as action `key`; resolves to its result, or undefined when it failed (see `error`) */
  run: <T>(key: K, fn: () => Promise<T>) => Promise<T | undefined>;
}

export function useAction<K extends string = 'busy'>(): ActionState<K> {
  const [busy, setBusy] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(key: K, fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(key);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(errorText(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, error, setError, run };
}
