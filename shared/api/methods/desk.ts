// The desk (issue 3): the signed-in user's deadlines and work, by role, and the session calendar.
import { method } from '../method';
import { desk, deskInput } from '../../schemas/desk';

export const deskMethods = {
  'desk.get': method(deskInput, desk, 'signedIn'),
} as const;
