// کاربران (admin): the office's users with their roles, new/edit/reset-password dialogs, and the
// audit log's integrity check. An office has tens of users: a client-side grid is enough.
import { useMemo, useState } from 'react';
import type { GridColDef } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Add from '@mui/icons-material/Add';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import StarOutlined from '@mui/icons-material/StarOutlined';
import type { User } from '../../../shared/schemas/user';
import { roleLabel } from '../../../shared/lifecycle/roles';
import { useCall } from '../../api/useCall';
import { useCurrentUser } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { activeColumn, ListGrid } from '../../components/ListGrid';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { ShowInactiveSwitch } from '../../components/ShowInactiveSwitch';
import { numFa } from '../../format/fa';
import { usersMessages as m } from '../../messages/users';
import { UserDialog } from './UserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { AuditCheck } from './AuditCheck';

export function UsersPage() {
  const me = useCurrentUser();
  const notify = useNotify();
  const [includeInactive, setIncludeInactive] = useState(false);
  const users = useCall('users.list', { includeInactive });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const columns = useMemo<GridColDef<User>[]>(
    () => [
      {
        field: 'fullName',
        headerName: m.colName,
        flex: 1.2,
        minWidth: 200,
        renderCell: ({ row }) => (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, height: '100%' }}>
            {row.fullName}
            {row.id === me.id && <Chip size="small" label={m.you} color="primary" variant="outlined" />}
          </Box>
        ),
      },
      {
        field: 'username',
        headerName: m.colUsername,
        width: 150,
        renderCell: ({ row }) => <span dir="ltr">{row.username}</span>,
      },
      { field: 'title', headerName: m.colTitle, flex: 1, minWidth: 160 },
      {
        field: 'role',
        headerName: m.colRole,
        width: 150,
        valueGetter: (_v, row) => roleLabel(row.role, row.isChair),
      },
      {
        field: 'isChair',
        headerName: m.colChair,
        width: 110,
        align: 'center',
        headerAlign: 'center',
        renderCell: ({ row }) =>
          row.isChair ? <StarOutlined color="warning" titleAccess={m.colChair} sx={{ mt: 1.5 }} /> : null,
      },
      activeColumn(m.colActive),
      {
        field: 'actions',
        headerName: m.colActions,
        width: 110,
        sortable: false,
        renderCell: ({ row }) => (
          <>
            <Tooltip title={m.editUser}>
              <IconButton size="small" aria-label={m.editUser} onClick={() => setEditing(row)} data-testid="user-edit">
                <EditOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
            <Tooltip title={m.resetPassword}>
              <IconButton
                size="small"
                aria-label={m.resetPassword}
                onClick={() => setResetting(row)}
                data-testid="user-reset-password"
              >
                <LockResetOutlined fontSize="small" />
              </IconButton>
            </Tooltip>
          </>
        ),
      },
    ],
    [me.id],
  );
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
