// The office network (issue 15 item 1): the desktop app serving the office's LAN over HTTPS with a
// certificate the office makes itself, and the signed-in sessions an admin can see and end.
import { z } from 'zod';
import { idSchema } from './fields';

export const LAN_DEFAULT_PORT = 5443;

export const lanConfigureInput = z
  .object({
    enabled: z.boolean({ error: 'روشن یا خاموش بودن شبکه را مشخص کنید.' }),
    port: z
      .number({ error: 'درگاه باید عدد باشد.' })
      .int('درگاه باید عدد صحیح باشد.')
      .min(1024, 'درگاه باید بین ۱۰۲۴ و ۶۵۵۳۵ باشد.')
      .max(65535, 'درگاه باید بین ۱۰۲۴ و ۶۵۵۳۵ باشد.'),
  })
  .strict();
export type LanConfigureInput = z.infer<typeof lanConfigureInput>;

export const lanStatus = z.object({
  /** the admin's setting: serve the LAN (off until an admin turns it on) */
  enabled: z.boolean(),
  port: z.number(),
  /** false where this way of running the app cannot serve the network (tests, a bare core) */
  supported: z.boolean(),
  /** the listener is up now */
  running: z.boolean(),
  /** https://<address>:<port>/ for each of this computer's network addresses */
  addresses: z.array(z.string()),
  /** SHA-256 of the office's own certificate authority, as a phone shows it when it is installed */
  caFingerprint: z.string().nullable(),
  /** SHA-256 of the certificate the browser is shown, as its certificate viewer shows it */
  certFingerprint: z.string().nullable(),
  /** why the listener is not up although it is enabled (the port is taken, …), in Persian */
  problem: z.string().nullable(),
});
export type LanStatus = z.infer<typeof lanStatus>;

export const connectedSession = z.object({
  id: z.string(),
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  /** the address the sign-in came from */
  remote: z.string(),
  /** on this computer, or from another device over the office network */
  via: z.enum(['local', 'lan']),
  userAgent: z.string(),
  startedAt: z.string(),
  lastSeenAt: z.string(),
  /** the admin's own session (it cannot end itself here: signing out does that) */
  current: z.boolean(),
});
export type ConnectedSession = z.infer<typeof connectedSession>;

export const endSessionInput = z.object({ id: idSchema }).strict();
