// The council portal's submissions in the office (issue 14): the inbox on the desk, registering
// one, and linking one to a resolution already typed by hand.
import { z } from 'zod';
import { method, SECRETARIAT } from '../method';
import { inboxItem, inboxLinkInput, inboxRegisterInput } from '../../schemas/councilInbox';
import { resolution } from '../../schemas/resolution';

export const councilInboxMethods = {
  'councilInbox.list': method(z.object({}), z.array(inboxItem), 'signedIn'),
  'councilInbox.register': method(inboxRegisterInput, resolution, SECRETARIAT),
  'councilInbox.link': method(inboxLinkInput, resolution, SECRETARIAT),
} as const;
