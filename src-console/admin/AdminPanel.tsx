// Administration (admins only; the server checks the role and the scope on every call).
import Typography from '@mui/material/Typography';
import type { Me } from '../types';

export function AdminPanel({ me }: { me: Me }) {
  return <Typography>{me.account.fullName}</Typography>;
}
