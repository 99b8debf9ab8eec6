// What both account tabs (the console's accounts, the council portal's) do with their list: read
// it, make an account (its password, made by the server, shown once) and give a forgotten one a new
// password. The tab keeps its own form and columns.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { api } from '../api';
import { useLoad } from '../monitor/useLoad';
import { useBusy } from './FormDialog';
import { a } from './messages';
import { ShownPassword, type Shown } from './ShownPassword';

/** `path` lists the accounts (GET), makes one (POST) and, under `/:username/password`, resets one. */
export function useAccounts<A extends { username: string }>(path: string) {
  const [version, setVersion] = useState(0);
  const { data, error } = useLoad<{ accounts: A[] }>(path, version);
  const [shown, setShown] = useState<Shown | null>(null);
  const reset = useBusy();

  const create = async (body: object) => {
    const r = await api<{ account: A; password: string }>('POST', path, body);
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
