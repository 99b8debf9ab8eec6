// The panel's contacts (issue 15 item 6): read by everyone signed in, kept by the secretary.
import { z } from 'zod';
import { method, SECRETARIAT } from '../method';
import { contact, contactInput } from '../../schemas/contact';

export const contactMethods = {
  'contacts.list': method(z.object({}).strict(), z.array(contact), 'signedIn'),
  'contacts.update': method(contactInput, contact, SECRETARIAT),
} as const;
