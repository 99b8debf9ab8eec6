// The complaints screens' routes: the list (with one complaint open in a dialog) and registering a
// resolution from a complaint.
import { Route } from 'react-router';
import { RequireAccess } from '../../app/RequireAccess';
import { ComplaintsPage } from './ComplaintsPage';
import { ComplaintRegisterPage } from './ComplaintRegisterPage';

export const complaintRoutes = [
  ...['complaints', 'complaints/:id'].map((path) => (
    <Route
      key={path}
      path={path}
      element={
        <RequireAccess method="complaints.list">
          <ComplaintsPage />
        </RequireAccess>
      }
    />
  )),
  <Route
    key="complaints-register"
    path="complaints/:id/register"
    element={
      <RequireAccess method="resolutions.register">
        <ComplaintRegisterPage />
      </RequireAccess>
    }
  />,
];
