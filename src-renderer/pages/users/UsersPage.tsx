// کاربران (admin): the office's users with their roles, new/edit/reset-password dialogs, and the
// audit log's integrity check. An office has tens of users: a client-side grid is enough.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Add from '@mui/icons-material/Add';
import type { User } from '../../../shared/schemas/user';
import { useCall } from '../../api/useCall';
import { useCurrentUser } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { ListGrid } from '../../components/ListGrid';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { ShowInactiveSwitch } from '../../components/ShowInactiveSwitch';
import { numFa } from '../../format/fa';
import { usersMessages as m } from '../../messages/users';
import { UserDialog } from './UserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { AuditCheck } from './AuditCheck';
import { useUserColumns } from './userColumns';

export function UsersPage() {
  const me = useCurrentUser();
  const notify = useNotify();
  const [includeInactive, setIncludeInactive] = useState(false);
  const users = useCall('users.list', { includeInactive });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const columns = useUserColumns(me.id, setEditing, setResetting);
  const rows = users.data ?? [];

  return (
    <Box data-testid="users-page" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={m.title}
        subtitle={users.data ? `${m.subtitle} — ${m.count(numFa(rows.length))}` : m.subtitle}
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')} data-testid="user-new">
            {m.newUser}
          </Button>
        }
      />
      <LoadError error={users.error} onRetry={users.reload} />
      <ShowInactiveSwitch
        checked={includeInactive}
        onChange={setIncludeInactive}
        label={m.showInactive}
        testId="users-show-inactive"
      />
      <ListGrid
        testId="users-grid"
        minHeight={320}
        rows={rows}
        columns={columns}
        narrow={{ tablet: ['fullName', 'username', 'role', 'active', 'actions'], phone: ['fullName', 'actions'] }}
        loading={users.loading}
        initialState={{
          pagination: { paginationModel: { pageSize: 50 } },
          sorting: { sortModel: [{ field: 'fullName', sort: 'asc' }] },
        }}
        onRowDoubleClick={(p) => setEditing(p.row)}
      />
      <AuditCheck />
      {editing && (
        <UserDialog
          user={editing === 'new' ? null : editing}
          selfId={me.id}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            notify(created ? m.created(saved.fullName) : m.updated(saved.fullName));
            users.reload();
          }}
        />
      )}
      {resetting && (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            notify(m.resetDone(resetting.fullName));
            setResetting(null);
          }}
        />
      )}
    </Box>
  );
}
