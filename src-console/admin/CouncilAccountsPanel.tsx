// Council secretaries' accounts for the council portal (issue 14): one council each, chosen from
// the councils the offices of the admin's scope pushed. The server checks the scope again; the
// password is made by the server and shown once.
import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLoad } from '../monitor/useLoad';
import { AccountsSection } from './AccountsSection';
import { a } from './messages';
import { SelectField } from './SelectField';
import { useAccounts } from './useAccounts';

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
  active: number;
}

const EMPTY = { council: '', username: '', fullName: '' };

export function CouncilAccountsPanel() {
  const list = useAccounts<CouncilAccount, typeof EMPTY>('/console/api/council-accounts', EMPTY);
  const councils = useLoad<{ councils: ScopeCouncil[] }>('/console/api/councils').data?.councils ?? [];
  const { v, set } = list;

  const create = async () => {
    const c = councils.find((x) => `${x.officeId}/${x.councilId}` === v.council);
    await list.create({
      officeId: c?.officeId ?? '',
      councilId: c?.councilId ?? '',
      username: v.username.trim(),
      fullName: v.fullName,
    });
  };

  return (
    <AccountsSection
      list={list}
      title={a.councils.title}
      addLabel={a.councils.add}
      testId="admin-council-accounts"
      addTestId="add-council-account"
      intro={
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {a.councils.portal} <bdi dir="ltr">{`${window.location.origin}/council/`}</bdi>
        </Typography>
      }
      columns={[
        { label: a.councils.council, value: (x) => x.councilName },
        { label: a.councils.office, value: (x) => x.officeName },
      ]}
      onCreate={create}
      canCreate={!!v.council && !!v.username && !!v.fullName}
    >
      {!councils.length && <Alert severity="info">{a.councils.none}</Alert>}
      <SelectField
        label={a.councils.council}
        value={v.council}
        onChange={set('council')}
        choices={councils.map((c) => ({ value: `${c.officeId}/${c.councilId}`, label: `${c.name} — ${c.officeName}` }))}
        testId="council-account-council"
      />
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
    </AccountsSection>
  );
}
