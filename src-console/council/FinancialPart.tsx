// The optional financial side of a submission, as the office's register keeps it (shared/schemas/financial.ts).
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { FINANCIAL_KINDS } from '../../shared/domain/financial';
import { cm } from './messages';

export interface FinancialValues {
  kind: string;
  amountRials: string;
  budgetYear: string;
  budgetLine: string;
}

export const NO_FINANCIAL: FinancialValues = { kind: '', amountRials: '', budgetYear: '', budgetLine: '' };

/** The field as the server reads it: null when the resolution has no financial side. */
export function financialInput(f: FinancialValues) {
  if (!f.kind) return null;
  return { kind: f.kind, amountRials: f.amountRials, budgetYear: f.budgetYear, budgetLine: f.budgetLine };
}

export function FinancialPart({ value, onChange }: { value: FinancialValues; onChange: (v: FinancialValues) => void }) {
  const set = (k: keyof FinancialValues) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <>
      <TextField select label={cm.financial} value={value.kind} onChange={set('kind')}>
        <MenuItem value="">{cm.noFinancial}</MenuItem>
        {FINANCIAL_KINDS.map((k) => (
          <MenuItem key={k.code} value={k.code}>
            {k.label}
          </MenuItem>
        ))}
      </TextField>
      {value.kind && (
        <>
          <TextField label={cm.amount} value={value.amountRials} onChange={set('amountRials')} />
          <TextField label={cm.budgetYear} value={value.budgetYear} onChange={set('budgetYear')} />
          <TextField label={cm.budgetLine} value={value.budgetLine} onChange={set('budgetLine')} />
        </>
      )}
    </>
  );
}
