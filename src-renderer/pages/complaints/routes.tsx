// The complaints screens' routes: the list (with one complaint open in a dialog) and registering a
// resolution from a complaint.
import { guardedRoute } from '../../app/guardedRoute';
import { ComplaintsPage } from './ComplaintsPage';
import { ComplaintRegisterPage } from './ComplaintRegisterPage';

export const complaintRoutes = [
  ...['complaints', 'complaints/:id'].map((path) => guardedRoute(path, 'complaints.list', <ComplaintsPage />)),
  guardedRoute('complaints/:id/register', 'resolutions.register', <ComplaintRegisterPage />),
];
