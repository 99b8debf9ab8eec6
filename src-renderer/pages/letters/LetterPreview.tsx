// The letter as it prints: the core's HTML in a sandboxed frame (no scripts, nothing loaded from
// anywhere), scaled to the width it is given.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';

/** The page's screen width in CSS px: 210 mm plus the grey margin around it. */
const PAGE_PX = 210 * (96 / 25.4) + 32;

export function LetterPreview({
  html,
  title,
  height = 820,
}: {
  html: string | undefined;
  title: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(PAGE_PX);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const zoom = Math.min(1, Math.max(0.35, width / PAGE_PX));
  // zoom only on screen: the page's own print rules are untouched
  const doc = useMemo(
    () => html?.replace('</head>', `<style>@media screen { html { zoom: ${zoom.toFixed(3)}; } }</style></head>`),
    [html, zoom],
  );
  return (
    <Box ref={box} sx={{ width: '100%', height, borderRadius: 1, overflow: 'hidden', bgcolor: '#e9ecef' }}>
      {doc ? (
        <iframe
          title={title}
          sandbox=""
          srcDoc={doc}
          data-testid="letter-preview"
          style={{ border: 0, width: '100%', height: '100%', display: 'block' }}
        />
      ) : (
        <Skeleton variant="rectangular" width="100%" height="100%" />
      )}
    </Box>
  );
}
