// The one content policy of both transports: the project's (shared/api/csp.ts), and the frames the
// office's screens open, which the server's pages do not.
import { contentPolicy } from '../../shared/api/csp';

export const CSP = contentPolicy("frame-src 'self' blob:");
