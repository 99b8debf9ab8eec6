// The content policy of every page the project serves (the office app on both transports, the
// ministry server's console and public pages): nothing runs or loads but the page's own files.
// One list, so a directive tightened for one side is tightened for all.
const BASE = [
  "default-src 'self'",
  "script-src 'self'",
  // emotion (MUI) injects style elements at run time
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** the policy, with `extra` directives a side needs on top (e.g. the office's letter preview frame) */
export function contentPolicy(...extra: string[]): string {
  return [...BASE, ...extra].join('; ');
}
