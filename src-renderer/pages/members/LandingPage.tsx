// The first page after sign-in: members (the chair included) land on their workspace, everyone
// else on the desk.
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../app/AppInfoContext';
import { DeskPage } from '../desk/DeskPage';

export function LandingPage() {
  const user = useCurrentUser();
  return user.role === 'member' ? <Navigate to="/me" replace /> : <DeskPage />;
}
