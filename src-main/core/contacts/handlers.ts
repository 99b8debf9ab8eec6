// The contacts capability's contract methods, bound to its service (issue 15 item 6).
import type { contactMethods } from '../../../shared/api/methods/contacts';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { listContacts, updateContact } from './service';

export function contactHandlers(core: CoreContext): HandlersOf<typeof contactMethods> {
  return {
    'contacts.list': () => listContacts(core.db.read),
    'contacts.update': (input, call) => updateContact(core, call, input),
  };
}
