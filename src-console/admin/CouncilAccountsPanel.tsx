// Council secretaries' accounts for the council portal (issue 14): one council each, chosen from
// the councils the offices of the admin's scope pushed. The server checks the scope again; the
// password is made by the server and shown once.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ReportTable } from '../../src-renderer/pages/reports/ReportTable';
import { Section } from '../monitor/Section';
import { useLoad } from '../monitor/useLoad';
import { FormDialog } from './FormDialog';
import { a } from './messages';
import { stateColumn, useAccounts } from './useAccounts';

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
    <Section
      title={a.councils.title}
      actions={
        <Button variant="contained" onClick={() => list.setOpen(true)} data-testid="add-council-account">
          {a.councils.add}
        </Button>
      }
      testId="admin-council-accounts"
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {a.councils.portal} <bdi dir="ltr">{`${window.location.origin}/council/`}</bdi>
      </Typography>
      {list.notices}
      {list.accounts && (
        <ReportTable
          rows={list.accounts}
          rowKey={(x) => x.id}
          columns={[
            { label: a.accounts.username, value: (x) => <span dir="ltr">{x.username}</span> },
            { label: a.accounts.fullName, value: (x) => x.fullName },
            { label: a.councils.council, value: (x) => x.councilName },
            { label: a.councils.office, value: (x) => x.officeName },
            stateColumn,
            { label: a.offices.actions, value: (x) => list.buttons(x) },
          ]}
        />
      )}
      <FormDialog
        title={a.councils.add}
        open={list.open}
        onClose={() => list.setOpen(false)}
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
