// کاربران (admin): the office's users with their roles, new/edit/reset-password dialogs, and the
// audit log's integrity check. An office has tens of users: a client-side grid is enough.
import { useMemo, useState } from 'react';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import Add from '@mui/icons-material/Add';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import StarOutlined from '@mui/icons-material/StarOutlined';
import type { User } from '../../../shared/schemas/user';
import { roleLabel } from '../../../shared/lifecycle/roles';
import { useCall } from '../../api/useCall';
import { errorText } from '../../api/errorText';
import { useCurrentUser } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { PageHeader } from '../../components/PageHeader';
import { numFa, toFa } from '../../format/fa';
import { usersMessages as m } from '../../messages/users';
import { common } from '../../messages/common';
import { UserDialog } from './UserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { AuditCheck } from './AuditCheck';

const PAGE_SIZE_OPTIONS = [25, 50, 100].map((n) => ({ value: n, label: toFa(n) }));

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
      {
        field: 'active',
        headerName: m.colActive,
        width: 110,
        renderCell: ({ row }) => (
          <Chip
            size="small"
            label={row.active ? common.active : common.inactive}
            color={row.active ? 'success' : 'default'}
            variant="outlined"
          />
        ),
      },
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
      {users.error !== null && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={users.reload}>
              {common.retry}
            </Button>
          }
        >
          {errorText(users.error)}
        </Alert>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <FormControlLabel
          control={
            <Switch
              checked={includeInactive}
              onChange={(e) => setIncludeInactive(e.target.checked)}
              size="small"
              data-testid="users-show-inactive"
            />
          }
          label={m.showInactive}
        />
      </Box>
      <Paper
        variant="outlined"
        data-testid="users-grid"
        sx={{ flex: 1, minHeight: 320, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
      >
        <DataGrid
          rows={rows}
          columns={columns}
          loading={users.loading}
          initialState={{
            pagination: { paginationModel: { pageSize: 50 } },
            sorting: { sortModel: [{ field: 'fullName', sort: 'asc' }] },
          }}
          pageSizeOptions={PAGE_SIZE_OPTIONS}
          disableColumnMenu
          disableRowSelectionOnClick
          onRowDoubleClick={(p) => setEditing(p.row)}
          slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' } }}
          sx={{ flex: 1 }}
        />
      </Paper>
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
