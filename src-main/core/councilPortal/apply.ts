// What the council portal sends back on pull (issue 14 items 4 and 5), applied in the page's
// transaction: a letter's delivery (posted; opened; a later rev replaces an earlier one, never the
// other way round), and a council's answer, kept once by its id however often a page comes again.
// Their effects on the lifecycle follow: the delivery's day becomes the objection letter's receipt
// (deliver.ts), the answer the council's answer (answers.ts).
import type { EntityManager } from 'typeorm';
import { deliveryRecord, portalAnswerRecord } from '../../../shared/councilLetters/records';
import type { CoreContext } from '../context';
import { insertRow } from '../storage/table';
import { portalAnswerTable, portalDeliveryTable } from './entities';
import { settleDelivery } from './deliver';

export async function applyDelivery(
  core: CoreContext,
  tx: EntityManager,
  rev: number,
  at: string,
  data: Record<string, unknown>,
): Promise<null> {
  const d = deliveryRecord.parse(data);
  const [held]: { rev: number }[] = await tx.query('SELECT rev FROM portal_delivery WHERE letter_id = ?', [d.letterId]);
  if (!held) {
    await insertRow(tx, portalDeliveryTable, { ...d, rev, appliedDate: null, arrivedAt: at });
  } else if (held.rev < rev) {
    await tx.query(
      'UPDATE portal_delivery SET deemed_at = ?, opened_at = ?, opened_by = ?, rev = ? WHERE letter_id = ?',
      [d.deemedAt, d.openedAt, d.openedBy, rev, d.letterId],
    );
  }
  await settleDelivery(core, tx, d.letterId);
  return null;
}

export async function applyPortalAnswer(tx: EntityManager, at: string, data: Record<string, unknown>): Promise<null> {
  const a = portalAnswerRecord.parse(data);
  await insertRow(
    tx,
    portalAnswerTable,
    {
      id: a.id,
      letterId: a.letterId,
      resolutionId: a.resolutionId,
      data: JSON.stringify(a),
      pdfSha256: a.pdfSha256,
      arrivedAt: at,
      answerId: null,
      recordedAt: null,
      problem: null,
    },
    { or: 'IGNORE' },
  );
  return null;
}
