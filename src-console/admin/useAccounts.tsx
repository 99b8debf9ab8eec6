// What both account tabs (the console's accounts, the council portal's) do with their list: read
// it, make an account from the new account's form (its password, made by the server, shown once),
// give a forgotten one a new password, and turn one off or on. The tab keeps its own fields and
// columns; the server checks the scope again and ends an account's sessions.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { api } from '../api';
import { useLoad } from '../monitor/useLoad';
import { useBusy } from '../useBusy';
import { a } from './messages';
import { ShownPassword, type Shown } from './ShownPassword';

export interface Account {
  username: string;
  /** 1, or 0 once turned off */
  active: number;
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

/**
 * `path` lists the accounts (GET), makes one (POST) and, under `/:username/password` and
 * `/:username/active`, resets one or turns it off or on; `empty` is the new account's form, all its
 * fields text.
 */
export function useAccounts<A extends Account, F extends Record<string, string>>(path: string, empty: F) {
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState(false);
  const [v, setV] = useState(empty);
  const set = (k: keyof F) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const { data, error } = useLoad<{ accounts: A[] }>(path, version);
  const [shown, setShown] = useState<Shown | null>(null);
  const reset = useBusy();

  /** makes the account from `body` (what the form's fields say), then closes and empties the form */
  const create = async (body: object) => {
    const r = await api<{ account: A; password: string }>('POST', path, body);
    setOpen(false);
    setV(empty);
    setShown({ username: r.account.username, password: r.password });
    setVersion((x) => x + 1);
  };
  const newPassword = (u: string) => {
    if (!window.confirm(a.accounts.resetConfirm(u))) return;
    void reset.run(async () => {
      const r = await api<{ password: string }>('POST', `${path}/${encodeURIComponent(u)}/password`);
      setShown({ username: u, password: r.password });
    });
  };
  const setActive = (u: string, active: boolean) => {
    if (!window.confirm(active ? a.accounts.activateConfirm(u) : a.accounts.deactivateConfirm(u))) return;
    void reset.run(async () => {
      await api('POST', `${path}/${encodeURIComponent(u)}/active`, { active });
      setVersion((x) => x + 1);
    });
  };

  return {
    accounts: data?.accounts,
    /** the new account's form: its values, a field's change handler, and whether its dialog is open */
    v,
    set,
    open,
    setOpen,
    create,
    /** the list's or a reset's error, and the password just made */
    notices: (
      <>
        {(error || reset.error) && <Alert severity="error">{error ?? reset.error}</Alert>}
        <ShownPassword shown={shown} onClose={() => setShown(null)} />
      </>
    ),
    /** a row's actions: a new password while active, and off or on again */
    buttons: (x: A) => (
      <Stack direction="row" spacing={1}>
        {!!x.active && (
          <Button size="small" onClick={() => newPassword(x.username)} disabled={reset.busy}>
            {a.accounts.reset}
          </Button>
        )}
        <Button
          size="small"
          color={x.active ? 'warning' : 'primary'}
          onClick={() => setActive(x.username, !x.active)}
          disabled={reset.busy}
          data-testid={`account-active-${x.username}`}
        >
          {x.active ? a.accounts.deactivate : a.accounts.activate}
        </Button>
      </Stack>
    ),
  };
}

export type Accounts<A extends Account, F extends Record<string, string>> = ReturnType<typeof useAccounts<A, F>>;
