// The frame both account tabs share (the console's accounts, the council portal's): the titled
// section with its add button, the list's notices, the table (username and full name first, then
// the tab's own columns, the state and the row's actions) and the new account's dialog, whose
// fields the tab gives as children.
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import { ReportTable, type Column } from '../../src-renderer/pages/reports/ReportTable';
import { Section } from '../monitor/Section';
import { FormDialog } from './FormDialog';
import { a } from './messages';
import { stateColumn, type Accounts, type Account } from './useAccounts';

export function AccountsSection<
  A extends Account & { id: string; fullName: string },
  F extends Record<string, string>,
>({
  list,
  title,
  addLabel,
  testId,
  addTestId,
  intro,
  columns,
  self,
  onCreate,
  canCreate,
  children,
}: {
  list: Accounts<A, F>;
  title: string;
  addLabel: string;
  testId: string;
  addTestId: string;
  /** shown above the list */
  intro?: ReactNode;
  /** the tab's own columns, between the full name and the state */
  columns: Column<A>[];
  /** the signed-in admin's own account, whose row offers no actions */
  self?: string;
  onCreate: () => Promise<void>;
  canCreate: boolean;
  /** the new account's fields */
  children: ReactNode;
}) {
  return (
    <Section
      title={title}
      actions={
        <Button variant="contained" onClick={() => list.setOpen(true)} data-testid={addTestId}>
          {addLabel}
        </Button>
      }
      testId={testId}
    >
      {intro}
      {list.notices}
      {list.accounts && (
        <ReportTable
          rows={list.accounts}
          rowKey={(x) => x.id}
          columns={[
            { label: a.accounts.username, value: (x) => <span dir="ltr">{x.username}</span> },
            { label: a.accounts.fullName, value: (x) => x.fullName },
            ...columns,
            stateColumn,
            { label: a.offices.actions, value: (x) => (x.id === self ? null : list.buttons(x)) },
          ]}
        />
      )}
      <FormDialog
        title={addLabel}
        open={list.open}
        onClose={() => list.setOpen(false)}
        onSubmit={onCreate}
        canSubmit={canCreate}
      >
        {children}
      </FormDialog>
    </Section>
  );
}
