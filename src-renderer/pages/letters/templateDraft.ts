// A template as the admin edits it: every field shown by its Persian name in brackets, and read
// back to the stored placeholders when it is previewed or saved (shared/letters/fieldNames). A
// part left untouched goes back exactly as it was stored.
import { fieldsToNames, namesToFields } from '../../../shared/letters/fieldNames';
import type { LetterKind } from '../../../shared/letters/kinds';
import type { LetterTemplate } from '../../../shared/schemas/letter';

export const TEMPLATE_LINES = ['recipient', 'subject', 'salutation', 'closing', 'attachments'] as const;
type Part = (typeof TEMPLATE_LINES)[number] | 'body' | 'copies';
export type TemplateDraft = Record<Part, string>;

export function draftOf(t: LetterTemplate): TemplateDraft {
  return {
    recipient: fieldsToNames(t.recipient),
    subject: fieldsToNames(t.subject),
    salutation: fieldsToNames(t.salutation),
    closing: fieldsToNames(t.closing),
    attachments: fieldsToNames(t.attachments),
    body: fieldsToNames(t.body),
    copies: t.copies.map(fieldsToNames).join('\n'),
  };
}

export type StoredTemplate = Pick<
  LetterTemplate,
  'kind' | 'recipient' | 'subject' | 'salutation' | 'body' | 'closing' | 'attachments' | 'copies'
>;

/** The draft in its stored form, or the Persian message for each part that does not read. */
export function storedOf(
  kind: LetterKind,
  draft: TemplateDraft,
  original: LetterTemplate,
): { ok: true; template: StoredTemplate } | { ok: false; errors: Partial<Record<Part, string>> } {
  const shown = draftOf(original);
  const errors: Partial<Record<Part, string>> = {};
  const read = (part: Exclude<Part, 'copies'>): string => {
    if (draft[part] === shown[part]) return original[part];
    const r = namesToFields(draft[part]);
    if (r.ok) return r.text;
    errors[part] = r.error;
    return '';
  };
  const copies = draft.copies
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const r = namesToFields(c);
      if (!r.ok) errors.copies = r.error;
      return r.ok ? r.text : '';
    });
  const template = {
    kind,
    recipient: read('recipient'),
    subject: read('subject'),
    salutation: read('salutation'),
    closing: read('closing'),
    attachments: read('attachments'),
    body: read('body'),
    copies,
  };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, template };
}
