// What both account tabs (the console's accounts, the council portal's) do with their list: read
// it, make an account from the new account's form (its password, made by the server, shown once)
// and give a forgotten one a new password. The tab keeps its own fields and columns.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { api } from '../api';
import { useLoad } from '../monitor/useLoad';
import { useBusy } from './FormDialog';
import { a } from './messages';
import { ShownPassword, type Shown } from './ShownPassword';

/**
 * `path` lists the accounts (GET), makes one (POST) and, under `/:username/password`, resets one;
 * `empty` is the new account's form, all its fields text.
 */
export function useAccounts<A extends { username: string }, F extends Record<string, string>>(path: string, empty: F) {
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
    resetButton: (username: string) => (
      <Button size="small" onClick={() => newPassword(username)} disabled={reset.busy}>
        {a.accounts.reset}
      </Button>
    ),
  };
}
