// The users grid's columns (UsersPage.tsx): name (marked when it is the signed-in user), username,
// title, role, chair, active, and the edit and reset-password buttons.
import { useMemo } from 'react';
import type { GridColDef } from '@mui/x-data-grid';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import StarOutlined from '@mui/icons-material/StarOutlined';
import type { User } from '../../../shared/schemas/user';
import { roleLabel } from '../../../shared/lifecycle/roles';
import { activeColumn } from '../../components/ListGrid';
import { usersMessages as m } from '../../messages/users';
import { TipButton } from '../../components/TipButton';

export function useUserColumns(meId: string, onEdit: (u: User) => void, onReset: (u: User) => void) {
  return useMemo<GridColDef<User>[]>(
    () => [
      {
        field: 'fullName',
        headerName: m.colName,
        flex: 1.2,
        minWidth: 200,
        renderCell: ({ row }) => (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, height: '100%' }}>
            {row.fullName}
            {row.id === meId && <Chip size="small" label={m.you} color="primary" variant="outlined" />}
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
            <TipButton title={m.editUser} size="small" onClick={() => onEdit(row)} testId="user-edit">
              <EditOutlined fontSize="small" />
            </TipButton>
            <TipButton title={m.resetPassword} size="small" onClick={() => onReset(row)} testId="user-reset-password">
              <LockResetOutlined fontSize="small" />
            </TipButton>
          </>
        ),
      },
    ],
    [meId, onEdit, onReset],
  );
}
