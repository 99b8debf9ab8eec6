// The console's accounts in the admin's scope: a new account (its password made by the server and
// shown once) and a new password for a forgotten one. The server refuses anything wider than the
// admin's own scope.
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import type { ConsoleAccount, Me, Places } from '../types';
import { t } from '../messages';
import { Section } from '../monitor/Section';
import { useLoad } from '../monitor/useLoad';
import { FormDialog } from './FormDialog';
import { a } from './messages';
import { stateColumn, useAccounts } from './useAccounts';

const EMPTY = { username: '', fullName: '', role: 'viewer', scope: 'county', province: '', county: '' };

export function AccountsPanel({ me }: { me: Me }) {
  const list = useAccounts<ConsoleAccount, typeof EMPTY>('/console/api/accounts', EMPTY);
  const places = useLoad<Places>('/console/api/admin/places').data;
  const { v, set } = list;
  const scopes = (['ministry', 'province', 'county'] as const).filter(
    (s) => me.account.scope === 'ministry' || (me.account.scope === 'province' ? s !== 'ministry' : s === 'county'),
  );
  const counties = places?.provinces.find((p) => p.name === v.province)?.counties ?? [];

  const create = async () => {
    await list.create({
      username: v.username.trim(),
      fullName: v.fullName,
      role: v.role,
      scope: v.scope,
      ...(v.scope !== 'ministry' ? { province: v.province } : {}),
      ...(v.scope === 'county' ? { county: v.county } : {}),
    });
  };

  return (
    <Section
      title={a.accounts.title}
      actions={
        <Button variant="contained" onClick={() => list.setOpen(true)} data-testid="add-account">
          {a.accounts.add}
        </Button>
      }
      testId="admin-accounts"
    >
      {list.notices}
      {list.accounts && (
        <ReportTable
          rows={list.accounts}
          rowKey={(x) => x.id}
          columns={[
            { label: a.accounts.username, value: (x) => <span dir="ltr">{x.username}</span> },
            { label: a.accounts.fullName, value: (x) => x.fullName },
            { label: a.accounts.role, value: (x) => t.role[x.role] },
            {
              label: a.accounts.scope,
              value: (x) => [t.scope[x.scope], x.provinceName, x.countyName].filter(Boolean).join(' — '),
            },
            stateColumn,
            {
              label: a.offices.actions,
              value: (x) => (x.id === me.account.id ? null : list.buttons(x)),
            },
          ]}
        />
      )}
      <FormDialog
        title={a.accounts.add}
        open={list.open}
        onClose={() => list.setOpen(false)}
        onSubmit={create}
        canSubmit={!!v.username && !!v.fullName}
      >
        <TextField
          label={a.accounts.username}
          value={v.username}
          onChange={set('username')}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <TextField label={a.accounts.fullName} value={v.fullName} onChange={set('fullName')} />
        <TextField select label={a.accounts.role} value={v.role} onChange={set('role')}>
          {(['viewer', 'admin'] as const).map((r) => (
            <MenuItem key={r} value={r}>
              {t.role[r]}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={a.accounts.scope} value={v.scope} onChange={set('scope')}>
          {scopes.map((s) => (
            <MenuItem key={s} value={s}>
              {t.scope[s]}
            </MenuItem>
          ))}
        </TextField>
        {v.scope !== 'ministry' && (
          <TextField select label={a.place.province} value={v.province} onChange={set('province')}>
            {(places?.provinces ?? []).map((p) => (
              <MenuItem key={p.id} value={p.name}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {v.scope === 'county' && (
          <TextField select label={a.place.county} value={v.county} onChange={set('county')}>
            {counties.map((c) => (
              <MenuItem key={c.id} value={c.name}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </FormDialog>
    </Section>
  );
}
