// Letter templates: the one in force for each kind (the office's edit, else the shipped one), the
// admin's edits and resets, and the preview the template editor shows live.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { sanitizeHtml } from '../../../shared/letters/html';
import { fieldDef, unknownFields } from '../../../shared/letters/fields';
import { LETTER_KIND_CODES, letterKindLabel, type LetterKind } from '../../../shared/letters/kinds';
import type { LetterTemplate, templatePreviewInput, templateUpdateInput } from '../../../shared/schemas/letter';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { DEFAULT_TEMPLATES, type TemplateText } from './texts';
import { letterMessages } from './messages';
import { letterTemplateTable, type LetterTemplateRow } from './entities';
import { insertRow } from '../storage/table';

type TemplateRow = Omit<LetterTemplateRow, 'rev' | 'updatedBy'>;

/**
 * Writes a kind's template over the one in force (the office's edit, or the ministry's from a
 * pull, sync/apply.ts): a new version of the row.
 */
export async function putTemplate(
  tx: EntityManager,
  kind: LetterKind,
  t: TemplateText,
  by: string,
  at: string,
): Promise<void> {
  await insertRow(
    tx,
    letterTemplateTable,
    {
      kind,
      recipient: t.recipient,
      subject: t.subject,
      salutation: t.salutation,
      body: t.body,
      closing: t.closing,
      attachments: t.attachments,
      copies: JSON.stringify(t.copies),
      rev: 1,
      updatedBy: by,
      updatedAt: at,
    },
    { onConflict: ['kind'], set: { rev: 'letter_template.rev + 1' } },
  );
}

async function storedTemplates(m: EntityManager): Promise<Map<string, TemplateRow>> {
  const rows: TemplateRow[] = await m.query(
    `SELECT kind, recipient, subject, salutation, body, closing, attachments, copies, updated_at AS updatedAt
       FROM letter_template`,
  );
  return new Map(rows.map((r) => [r.kind, r]));
}

function toTemplate(kind: LetterKind, row: TemplateRow | undefined): LetterTemplate {
  if (!row) return { kind, ...DEFAULT_TEMPLATES[kind], custom: false, updatedAt: null };
  const { copies, updatedAt, ...rest } = row;
  return { ...rest, kind, copies: JSON.parse(copies) as string[], custom: true, updatedAt };
}

export async function templateFor(m: EntityManager, kind: LetterKind): Promise<LetterTemplate> {
  return toTemplate(kind, (await storedTemplates(m)).get(kind));
}

export async function listTemplates(core: CoreContext): Promise<LetterTemplate[]> {
  const stored = await storedTemplates(core.db.read);
  return LETTER_KIND_CODES.map((k) => toTemplate(k, stored.get(k)));
}

type TemplateFields = Omit<z.output<typeof templateUpdateInput>, 'kind'>;

/** Refuses fields the catalog does not know, and fields of another kind (Persian, per form field). */
function checkFields(kind: LetterKind, t: TemplateFields): TemplateFields {
  const fields: Record<string, string> = {};
  const parts: [string, string][] = [
    ['recipient', t.recipient],
    ['subject', t.subject],
    ['salutation', t.salutation],
    ['body', t.body],
    ['closing', t.closing],
    ['attachments', t.attachments],
    ...t.copies.map((c, i): [string, string] => [`copies.${i}`, c]),
  ];
  for (const [key, text] of parts) {
    const unknown = unknownFields(text);
    if (unknown.length) fields[key] = letterMessages.unknownFields(unknown);
    const foreign = [...text.matchAll(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g)]
      .map((m) => fieldDef(m[1]))
      .filter((d) => d?.kinds && !d.kinds.includes(kind));
    if (foreign.length && !fields[key])
      fields[key] = letterMessages.foreignFields(
        letterKindLabel(kind),
        foreign.map((d) => d!.label),
      );
  }
  const keys = Object.keys(fields);
  if (keys.length) throw new AppError('validation', fields[keys[0]], fields);
  return { ...t, body: sanitizeHtml(t.body) };
}

export async function updateTemplate(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof templateUpdateInput>,
): Promise<LetterTemplate> {
  const { kind, ...rest } = input;
  const t = checkFields(kind, rest);
  await core.db.write(async (tx) => {
    const before = await templateFor(tx, kind);
    const at = core.clock().toISOString();
    await putTemplate(tx, kind, t, call.actor.id, at);
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'letter_template',
      entityId: kind,
      action: 'update',
      before,
      after: t,
    });
  });
  return templateFor(core.db.read, kind);
}

export async function resetTemplate(core: CoreContext, call: CallContext, kind: LetterKind): Promise<LetterTemplate> {
  await core.db.write(async (tx) => {
    const before = await templateFor(tx, kind);
    if (!before.custom) return;
    await tx.query('DELETE FROM letter_template WHERE kind = ?', [kind]);
    await recordAudit(tx, {
      actor: call.actor,
      at: core.clock().toISOString(),
      entity: 'letter_template',
      entityId: kind,
      action: 'reset',
      before,
    });
  });
  return templateFor(core.db.read, kind);
}

export type PreviewTemplateInput = z.output<typeof templatePreviewInput>;

export function checkedPreviewTemplate(input: PreviewTemplateInput): TemplateFields {
  return checkFields(input.kind, input.template);
}
