// The resolution form's values and how they come from, and go to, the contract.
import type { z } from 'zod';
import type { Resolution, ResolutionRegisterInput } from '../../../shared/schemas/resolution';
import { registrationOf, resolutionRegisterInput } from '../../../shared/schemas/resolution';
import type { Resolver, ResolverResult } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { AttachmentItem } from './AttachmentsField';
import { FINANCIAL_FIELD_NAMES, financialInputOf, financialValues, type FinancialFormValues } from './financialModel';
import { resolutionFormMessages as m } from '../../messages/resolutionForm';

/** What the form holds: the register input, with each attachment's size kept for display. */
export type ResolutionFormValues = Omit<
  ResolutionRegisterInput,
  'attachments' | 'councilId' | 'category' | 'financial'
> & {
  councilId: string | null;
  category: ResolutionRegisterInput['category'] | '';
  attachments: AttachmentItem[];
  financial: FinancialFormValues;
};
/** What the schema gives after validation (normalized text, attachment refs without sizes). */
export type ResolutionFormOutput = z.output<typeof resolutionRegisterInput>;

export const FIELD_NAMES = [
  'councilId',
  'councilResolutionNumber',
  'councilSessionNumber',
  'councilSessionDate',
  'approvalDate',
  'receiptDate',
  'incomingNumber',
  'title',
  'text',
  'category',
  'attachments',
  ...FINANCIAL_FIELD_NAMES,
] as const;

export function emptyValues(today: string): ResolutionFormValues {
  return {
    councilId: null,
    councilResolutionNumber: '',
    councilSessionNumber: '',
    councilSessionDate: '',
    approvalDate: '',
    receiptDate: today,
    incomingNumber: '',
    title: '',
    text: '',
    category: '',
    attachments: [],
    financial: financialValues(null),
  };
}

export function valuesOf(r: Resolution): ResolutionFormValues {
  return {
    ...registrationOf(r),
    text: r.text,
    attachments: r.attachments.map((a) => ({ sha256: a.sha256, name: a.name, size: a.size })),
    financial: financialValues(r.financial),
  };
}

const schemaResolver = zodResolver(resolutionRegisterInput);

/**
 * The schema's own resolver, fed what the schema expects: an untouched date or an unchosen
 * council is "missing" (undefined), not an empty string, so the messages say «… را وارد کنید».
 */
export const formResolver: Resolver<ResolutionFormValues, unknown, ResolutionFormOutput> = async (
  values,
  context,
  options,
) => {
  const prepared = {
    ...values,
    councilId: values.councilId ?? undefined,
    category: values.category || undefined,
    councilSessionDate: values.councilSessionDate || undefined,
    approvalDate: values.approvalDate || undefined,
    receiptDate: values.receiptDate || undefined,
    financial: financialInputOf(values.financial),
  };
  const result = await (schemaResolver as unknown as Resolver<typeof prepared, unknown, ResolutionFormOutput>)(
    prepared,
    context,
    options as unknown as Parameters<Resolver<typeof prepared>>[2],
  );
  const errors = result.errors as Record<string, { message?: string } | undefined>;
  if (errors.councilId && !values.councilId) errors.councilId.message = m.councilRequired;
  return result as unknown as ResolverResult<ResolutionFormValues, ResolutionFormOutput>;
};
