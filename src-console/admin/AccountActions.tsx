// What an admin does to an existing account, console or council alike: a new password (shown once)
// and turning the account off or on. The server checks the scope again and ends the sessions.
import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { api } from '../api';
import { useBusy } from './FormDialog';
import { a } from './messages';
import type { Shown } from './ShownPassword';

interface Account {
  username: string;
  active: number;
}

/** `base`: the accounts' collection route; `changed` reloads the list after a change. */
export function useAccountActions(base: string, changed: () => void) {
  const [shown, setShown] = useState<Shown | null>(null);
  const busy = useBusy();
  const at = (u: string) => `${base}/${encodeURIComponent(u)}`;
  const newPassword = (u: string) => {
    if (!window.confirm(a.accounts.resetConfirm(u))) return;
    void busy.run(async () => {
      const r = await api<{ password: string }>('POST', `${at(u)}/password`);
      setShown({ username: u, password: r.password });
    });
  };
  const setActive = (u: string, active: boolean) => {
    if (!window.confirm(active ? a.accounts.activateConfirm(u) : a.accounts.deactivateConfirm(u))) return;
    void busy.run(async () => {
      await api('POST', `${at(u)}/active`, { active });
      changed();
    });
  };
  return { shown, setShown, error: busy.error, busy: busy.busy, newPassword, setActive };
}

/** The state column: active, or turned off. */
export const stateColumn = {
  label: a.accounts.state,
  value: (x: Account) =>
    x.active ? (
      <Chip size="small" color="success" variant="outlined" label={a.accounts.active} />
    ) : (
      <Chip size="small" label={a.accounts.inactive} />
    ),
};

/** The actions of one account's row; none on the admin's own row. */
export function AccountButtons({
  x,
  own,
  actions,
}: {
  x: Account;
  own?: boolean;
  actions: ReturnType<typeof useAccountActions>;
}) {
  if (own) return null;
  return (
    <Stack direction="row" spacing={1}>
      {!!x.active && (
        <Button size="small" onClick={() => actions.newPassword(x.username)} disabled={actions.busy}>
          {a.accounts.reset}
        </Button>
      )}
      <Button
        size="small"
        color={x.active ? 'warning' : 'primary'}
        onClick={() => actions.setActive(x.username, !x.active)}
        disabled={actions.busy}
        data-testid={`account-active-${x.username}`}
      >
        {x.active ? a.accounts.deactivate : a.accounts.activate}
      </Button>
    </Stack>
  );
}
