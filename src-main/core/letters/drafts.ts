// Drafts: a letter made from its kind's template and filled with its subject's data, edited by
// the secretary until it is issued (issue.ts) or discarded. The body is sanitized on every save.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import { fillHtml, fillText } from '../../../shared/letters/fields';
import { htmlToText, sanitizeHtml } from '../../../shared/letters/html';
import { KIND_SUBJECT, letterKindLabel, type LetterKind } from '../../../shared/letters/kinds';
import type { Letter, letterDraftInput, letterUpdateInput } from '../../../shared/schemas/letter';
import { searchKey } from '../../../shared/text/persian';
import type { CallContext, CoreContext } from '../context';
import { newId } from '../ids';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { requireLetter, toLetter, type LetterRecord } from './record';
import { letterTable } from './entities';
import { insertRow } from '../storage/table';
import { letterhead } from './settings';
import { templateFor } from './templates';
import { fieldValues, type LetterSubject } from './values';
import { letterMessages } from './messages';
import { requireRevision } from '../revision';

export const NOT_A_DRAFT = letterMessages.notADraft;

/** What the register's search matches: number, subject, recipient, council and kind. */
export function letterSearchKey(parts: {
  number: string | null;
  subject: string;
  recipient: string;
  councilName: string | null;
  kind: string;
}): string {
  return searchKey(
    [parts.number ?? '', parts.subject, parts.recipient, parts.councilName ?? '', letterKindLabel(parts.kind)].join(
      ' \n ',
    ),
  );
}

async function councilName(m: EntityManager, id: string | null): Promise<string | null> {
  if (!id) return null;
  const rows: { kind: string; name: string }[] = await m.query('SELECT kind, name FROM council WHERE id = ?', [id]);
  return rows[0] ? councilDisplayName(rows[0]) : null;
}

async function checkSubject(m: EntityManager, kind: LetterKind, s: LetterSubject): Promise<void> {
  const about = KIND_SUBJECT[kind];
  if (about === 'resolution' && !s.resolutionId) {
    throw new AppError('validation', letterMessages.chooseResolution, {
      resolutionId: letterMessages.chooseResolutionField,
    });
  }
  if (about === 'session') {
    if (!s.sessionId)
      throw new AppError('validation', letterMessages.chooseSession, {
        sessionId: letterMessages.chooseSessionField,
      });
    const rows: { id: string }[] = await m.query('SELECT id FROM panel_session WHERE id = ?', [s.sessionId]);
    if (!rows.length) throw new AppError('not_found', letterMessages.sessionNotFound);
  }
}

export async function createDraft(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof letterDraftInput>,
): Promise<Letter> {
  const subject: LetterSubject = {
    resolutionId: input.resolutionId ?? null,
    sessionId: input.sessionId ?? null,
    councilId: input.councilId ?? null,
  };
  const m = core.db.read;
  await checkSubject(m, input.kind, subject);
  // filled from committed data, then written: a draft is a proposal the secretary reads and edits
  const [{ values, councilId }, template, head] = await Promise.all([
    fieldValues(core, m, input.kind, subject),
    templateFor(m, input.kind),
    letterhead(m),
  ]);
  const id = newId();
  await core.db.write(async (tx) => {
    const office = await requireOffice(tx);
    const now = core.clock().toISOString();
    const row = {
      recipient: fillText(template.recipient, values),
      subject: fillText(template.subject, values),
      salutation: fillText(template.salutation, values),
      body: fillHtml(template.body, values),
      closing: fillText(template.closing, values),
      attachments: fillText(template.attachments, values),
      copies: template.copies.map((c) => fillText(c, values)).filter((c) => c !== ''),
    };
    const council = await councilName(tx, councilId);
    await insertRow(tx, letterTable, {
      id,
      officeId: office.id,
      kind: input.kind,
      status: 'draft',
      resolutionId: subject.resolutionId ?? null,
      sessionId: subject.sessionId ?? null,
      councilId,
      ...row,
      copies: JSON.stringify(row.copies),
      signatoryName: head.signatoryName,
      signatoryTitle: head.signatoryTitle,
      searchKey: letterSearchKey({
        number: null,
        subject: row.subject,
        recipient: row.recipient,
        councilName: council,
        kind: input.kind,
      }),
      createdBy: call.actor.id,
      createdByName: call.actor.name,
      rev: 1,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'letter',
      entityId: id,
      action: 'draft',
      after: { kind: input.kind, ...subject, subject: row.subject },
      resolutionId: subject.resolutionId,
    });
  });
  return toLetter(await requireLetter(core.db.read, id));
}

export function requireDraft(r: LetterRecord): void {
  if (r.status !== 'draft') throw new AppError('invalid_state', NOT_A_DRAFT);
}

export async function updateDraft(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof letterUpdateInput>,
): Promise<Letter> {
  const body = sanitizeHtml(input.body);
  await core.db.write(async (tx) => {
    const r = await requireLetter(tx, input.id);
    requireDraft(r);
    requireRevision('letter', r.rev, input.rev);
    const now = core.clock().toISOString();
    const council = await councilName(tx, r.councilId);
    await tx.query(
      `UPDATE letter SET recipient = ?, subject = ?, salutation = ?, body = ?, closing = ?, attachments = ?, copies = ?,
         search_key = ?, rev = rev + 1, updated_at = ? WHERE id = ?`,
      [
        input.recipient,
        input.subject,
        input.salutation,
        body,
        input.closing,
        input.attachments,
        JSON.stringify(input.copies),
        letterSearchKey({
          number: null,
          subject: input.subject,
          recipient: input.recipient,
          councilName: council,
          kind: r.kind,
        }),
        now,
        r.id,
      ],
    );
    await recordAudit(tx, {
      actor: call.actor,
      at: now,
      entity: 'letter',
      entityId: r.id,
      action: 'edit_draft',
      before: { subject: r.subject, recipient: r.recipient },
      after: { subject: input.subject, recipient: input.recipient },
      resolutionId: r.resolutionId,
    });
  });
  return toLetter(await requireLetter(core.db.read, input.id));
}

export async function discardDraft(core: CoreContext, call: CallContext, id: string): Promise<{ ok: true }> {
  await core.db.write(async (tx) => {
    const r = await requireLetter(tx, id);
    requireDraft(r);
    await tx.query(`DELETE FROM letter WHERE id = ? AND status = 'draft'`, [id]);
    await recordAudit(tx, {
      actor: call.actor,
      at: core.clock().toISOString(),
      entity: 'letter',
      entityId: id,
      action: 'discard_draft',
      before: { kind: r.kind, subject: r.subject },
      resolutionId: r.resolutionId,
    });
  });
  return { ok: true };
}

/** What issuing needs that a draft may still lack. */
export function missingParts(r: Pick<LetterRecord, 'recipient' | 'subject' | 'body'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!r.recipient.trim()) out.recipient = letterMessages.recipientMissing;
  if (!r.subject.trim()) out.subject = letterMessages.subjectMissing;
  if (!htmlToText(r.body).trim()) out.body = letterMessages.bodyEmpty;
  return out;
}
