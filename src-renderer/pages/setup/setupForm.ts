// The first-run form (OfficeSetupPage.tsx): the contract's schema with the password typed twice,
// the fields a refusal may land on, and a label kept up over a suggested value.
import { z } from 'zod';
import { officeSetupInput, type OfficeSetupInput } from '../../../shared/schemas/office';
import { startupMessages as m } from '../../messages/startup';

export function withShrink<P extends { slotProps: object }>(props: P, shrink: boolean): P {
  return shrink ? { ...props, slotProps: { ...props.slotProps, inputLabel: { shrink: true } } } : props;
}

// the password is typed twice here only: the core never sees the confirmation
export const formSchema = officeSetupInput
  .extend({ adminConfirm: z.string().min(1, m.confirmRequired) })
  .refine((v) => v.adminConfirm === v.admin.password, { message: m.confirmMismatch, path: ['adminConfirm'] });
export type FormInput = OfficeSetupInput & { adminConfirm: string };

export const FIELDS = [
  'province',
  'county',
  'name',
  'organisation',
  'ministry',
  'code',
  'admin.fullName',
  'admin.username',
  'admin.password',
] as const;
