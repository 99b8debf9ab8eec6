// Council secretaries' accounts for the council portal (issue 14): one council each, chosen from
// the councils the offices of the admin's scope pushed. The server checks the scope again; the
// password is made by the server and shown once.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { api } from '../api';
import { Section } from '../monitor/Section';
import { useLoad } from '../monitor/useLoad';
import { FormDialog, useBusy } from './FormDialog';
import { a } from './messages';
import { ShownPassword, type Shown } from './ShownPassword';

interface ScopeCouncil {
  officeId: string;
  officeCode: string;
  officeName: string;
  councilId: string;
  name: string;
}
interface CouncilAccount {
  id: string;
  username: string;
  fullName: string;
  officeName: string;
  councilName: string;
}

const EMPTY = { council: '', username: '', fullName: '' };

export function CouncilAccountsPanel() {
  const [version, setVersion] = useState(0);
  const { data, error } = useLoad<{ accounts: CouncilAccount[] }>('/console/api/council-accounts', version);
  const councils = useLoad<{ councils: ScopeCouncil[] }>('/console/api/councils').data?.councils ?? [];
  const [open, setOpen] = useState(false);
  const [v, setV] = useState(EMPTY);
  const [shown, setShown] = useState<Shown | null>(null);
  const reset = useBusy();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));

  const create = async () => {
    const c = councils.find((x) => `${x.officeId}/${x.councilId}` === v.council);
    const r = await api<{ account: CouncilAccount; password: string }>('POST', '/console/api/council-accounts', {
      officeId: c?.officeId ?? '',
      councilId: c?.councilId ?? '',
      username: v.username.trim(),
      fullName: v.fullName,
    });
    setOpen(false);
    setV(EMPTY);
    setShown({ username: r.account.username, password: r.password });
    setVersion((x) => x + 1);
  };
  const newPassword = (u: string) => {
    if (!window.confirm(a.accounts.resetConfirm(u))) return;
    void reset.run(async () => {
      const r = await api<{ password: string }>(
        'POST',
        `/console/api/council-accounts/${encodeURIComponent(u)}/password`,
      );
      setShown({ username: u, password: r.password });
    });
  };

  return (
    <Section
      title={a.councils.title}
      actions={
        <Button variant="contained" onClick={() => setOpen(true)} data-testid="add-council-account">
          {a.councils.add}
        </Button>
      }
      testId="admin-council-accounts"
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {a.councils.portal} <bdi dir="ltr">{`${window.location.origin}/council/`}</bdi>
      </Typography>
      {(error || reset.error) && <Alert severity="error">{error ?? reset.error}</Alert>}
      <ShownPassword shown={shown} onClose={() => setShown(null)} />
      {data && (
        <ReportTable
          rows={data.accounts}
          rowKey={(x) => x.id}
          columns={[
            { label: a.accounts.username, value: (x) => <span dir="ltr">{x.username}</span> },
            { label: a.accounts.fullName, value: (x) => x.fullName },
            { label: a.councils.council, value: (x) => x.councilName },
            { label: a.councils.office, value: (x) => x.officeName },
            {
              label: a.offices.actions,
              value: (x) => (
                <Button size="small" onClick={() => newPassword(x.username)} disabled={reset.busy}>
                  {a.accounts.reset}
                </Button>
              ),
            },
          ]}
        />
      )}
      <FormDialog
        title={a.councils.add}
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={create}
        canSubmit={!!v.council && !!v.username && !!v.fullName}
      >
        {!councils.length && <Alert severity="info">{a.councils.none}</Alert>}
        <TextField
          select
          label={a.councils.council}
          value={v.council}
          onChange={set('council')}
          data-testid="council-account-council"
        >
          {councils.map((c) => (
            <MenuItem key={`${c.officeId}/${c.councilId}`} value={`${c.officeId}/${c.councilId}`}>
              {c.name} — {c.officeName}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={a.accounts.username}
          value={v.username}
          onChange={set('username')}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'council-account-username' } }}
        />
        <TextField
          label={a.accounts.fullName}
          value={v.fullName}
          onChange={set('fullName')}
          slotProps={{ htmlInput: { 'data-testid': 'council-account-name' } }}
        />
      </FormDialog>
    </Section>
  );
}
