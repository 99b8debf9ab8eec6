// The office network and who is connected (issue 15 item 1): the admin's alone.
import { z } from 'zod';
import { method } from '../method';
import { connectedSession, endSessionInput, lanConfigureInput, lanStatus } from '../../schemas/lan';

const empty = z.object({}).strict();

export const lanMethods = {
  'lan.status': method(empty, lanStatus, ['admin']),
  'lan.configure': method(lanConfigureInput, lanStatus, ['admin']),
  'lan.sessions': method(empty, z.array(connectedSession), ['admin']),
  'lan.endSession': method(endSessionInput, z.object({ ok: z.literal(true) }), ['admin']),
} as const;
