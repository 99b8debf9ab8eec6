// The register's search box text, sent on after a pause in typing (RegisterFilters.tsx).
import { useEffect, useRef, useState } from 'react';

const SEARCH_DEBOUNCE_MS = 250;

/** The text shown and its setter; `send` gets it once typing pauses. A new `q` from outside wins. */
export function useDebouncedSearch(q: string, send: (q: string) => void): [string, (value: string) => void] {
  const [text, setText] = useState(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef(q);
  const sendRef = useRef(send);
  sendRef.current = send;

  // the URL wins when it changes from outside (Back, clear filters), not when it echoes our own search
  useEffect(() => {
    if (q !== lastSent.current) {
      clearTimeout(timer.current);
      lastSent.current = q;
      setText(q);
    }
  }, [q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      lastSent.current = value;
      sendRef.current(value);
    }, SEARCH_DEBOUNCE_MS);
  };
  return [text, onSearch];
}
