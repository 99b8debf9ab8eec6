// Loads one API call's result for a screen, with loading/error state and a reload. A newer
// request always wins over an older one still in flight. A call refused because the session
// ended runs again by itself once the user signs back in.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Method, Output } from '../../shared/api/contract';
import { call, isUnauthenticated } from './client';
import { onSessionResumed } from './session';

export interface CallState<M extends Method> {
  data: Output<M> | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** `key` identifies the input: the call re-runs when it changes (JSON of the input by default). */
export function useCall<M extends Method>(method: M, input: Input<M> | null, key?: string): CallState<M> {
  const inputKey = key ?? JSON.stringify(input);
  const [data, setData] = useState<Output<M> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(input !== null);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    const current = inputRef.current;
    if (current === null) return;
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    call(method, current).then(
      (result) => {
        if (seq.current !== mine) return;
        setData(result);
        setLoading(false);
      },
      (err: unknown) => {
        if (seq.current !== mine) return;
        setError(err);
        setLoading(false);
      },
    );
  }, [method, inputKey, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const errorRef = useRef(error);
  errorRef.current = error;
  useEffect(() => onSessionResumed(() => isUnauthenticated(errorRef.current) && reload()), [reload]);
  return { data, error, loading, reload };
}
