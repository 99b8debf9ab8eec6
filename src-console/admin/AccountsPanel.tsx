// The console's accounts in the admin's scope: a new account (its password made by the server and
// shown once) and a new password for a forgotten one. The server refuses anything wider than the
// admin's own scope.
import TextField from '@mui/material/TextField';
import type { ConsoleAccount, Me, Places } from '../types';
import { t } from '../messages';
import { useLoad } from '../monitor/useLoad';
import { AccountsSection } from './AccountsSection';
import { a } from './messages';
import { byName, SelectField } from './SelectField';
import { useAccounts } from './useAccounts';

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
    <AccountsSection
      list={list}
      title={a.accounts.title}
      addLabel={a.accounts.add}
      testId="admin-accounts"
      addTestId="add-account"
      columns={[
        { label: a.accounts.role, value: (x) => t.role[x.role] },
        {
          label: a.accounts.scope,
          value: (x) => [t.scope[x.scope], x.provinceName, x.countyName].filter(Boolean).join(' — '),
        },
      ]}
      self={me.account.id}
      onCreate={create}
      canCreate={!!v.username && !!v.fullName}
    >
      <TextField
        label={a.accounts.username}
        value={v.username}
        onChange={set('username')}
        slotProps={{ htmlInput: { dir: 'ltr' } }}
      />
      <TextField label={a.accounts.fullName} value={v.fullName} onChange={set('fullName')} />
      <SelectField
        label={a.accounts.role}
        value={v.role}
        onChange={set('role')}
        choices={(['viewer', 'admin'] as const).map((r) => ({ value: r, label: t.role[r] }))}
      />
      <SelectField
        label={a.accounts.scope}
        value={v.scope}
        onChange={set('scope')}
        choices={scopes.map((s) => ({ value: s, label: t.scope[s] }))}
      />
      {v.scope !== 'ministry' && (
        <SelectField
          label={a.place.province}
          value={v.province}
          onChange={set('province')}
          choices={byName(places?.provinces ?? [])}
        />
      )}
      {v.scope === 'county' && (
        <SelectField label={a.place.county} value={v.county} onChange={set('county')} choices={byName(counties)} />
      )}
    </AccountsSection>
  );
}
