// The session pack (issue 15 item 3): one PDF of a session's agenda, texts, opinions and council
// attachments, for everyone signed in who reads sessions.
import { z } from 'zod';
import { method } from '../method';
import { sessionById } from '../../schemas/session';

export const sessionPackFile = z.object({
  fileName: z.string(),
  dataBase64: z.string(),
  pages: z.number().int(),
  /** served from the cache rather than made now */
  cached: z.boolean(),
});
export type SessionPackFile = z.infer<typeof sessionPackFile>;

export const packMethods = {
  'sessions.pack': method(sessionById, sessionPackFile, 'signedIn'),
} as const;
