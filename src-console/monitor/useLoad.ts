// Loads from the console API whenever `path` (or `version`, bumped after a change) changes; the
// last answer wins.
import { useEffect, useState } from 'react';
import { api } from '../api';

export function useLoad<T>(
  path: string | null,
  version = 0,
): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    api<T>('GET', path).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: Error) => live && setState({ data: null, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path, version]);
  return state;
}
