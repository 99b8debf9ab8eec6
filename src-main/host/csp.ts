// The one content policy of both transports: nothing runs or loads but the app's own files.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // emotion (MUI) injects style elements at run time
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
