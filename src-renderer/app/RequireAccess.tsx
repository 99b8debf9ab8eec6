// A page only some roles may use: anyone else who reaches its address (an old link, a typed URL)
// is told plainly, instead of a screen whose every call the core would refuse.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import LockOutlined from '@mui/icons-material/LockOutlined';
import type { Method } from '../../shared/api/contract';
import { roleLabel } from '../../shared/lifecycle/roles';
import { EmptyState } from '../components/EmptyState';
import { shellMessages as m } from '../messages/shell';
import { useCan, useCurrentUser } from './AppInfoContext';

export function RequireAccess({ method, children }: { method: Method; children: ReactNode }) {
  const can = useCan();
  const user = useCurrentUser();
  const navigate = useNavigate();
  if (can(method)) return children;
  return (
    <EmptyState
      testId="no-access"
      icon={<LockOutlined />}
      title={m.noAccessTitle}
      body={m.noAccessBody(roleLabel(user.role, user.isChair))}
      action={
        <Button variant="contained" onClick={() => navigate('/')}>
          {m.goDesk}
        </Button>
      }
    />
  );
}
