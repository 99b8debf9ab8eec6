// A letter's delivery in the council's portal as the lifecycle sees it: for the objection letter,
// the day it counts as delivered (first opened, or the deemed instant once passed; its day in
// Tehran) is the council's receipt of it, and the council's answer window runs from there — the
// portal's date, not a date typed by hand. Applied when the delivery arrives and, for a deemed
// delivery still ahead, by the lifecycle's periodic check once its instant passes.
import type { EntityManager } from 'typeorm';
import { deliveredAt } from '../../../shared/councilLetters/records';
import { todayInTehran } from '../../../shared/dates/jalali';
import type { Actor, CoreContext } from '../context';
import { loadResolution } from '../lifecycle/transition';
import { letterOf } from '../rulings/checks';
import { recordCouncilReceipt } from '../rulings/letters';
import { portalMessages as msg } from './messages';

const PORTAL: Actor = { id: 'council-portal', name: msg.portalDeliveryActor, role: 'system' };

interface Held {
  letterId: string;
  deemedAt: string;
  openedAt: string | null;
  postedAt: string;
  appliedDate: string | null;
}

const HELD = `SELECT letter_id AS letterId, deemed_at AS deemedAt, opened_at AS openedAt, posted_at AS postedAt,
  applied_date AS appliedDate FROM portal_delivery`;

/** The delivery of this letter, applied to its objection's receipt if it counts as delivered now. */
export async function settleDelivery(core: CoreContext, tx: EntityManager, letterId: string): Promise<void> {
  const [d]: Held[] = await tx.query(`${HELD} WHERE letter_id = ?`, [letterId]);
  const at = d ? deliveredAt(d, core.clock()) : null;
  if (!d || !at) return;
  const date = todayInTehran(new Date(at));
  if (d.appliedDate === date) return;
  const [ref]: { resolutionId: string }[] = await tx.query(
    `SELECT resolution_id AS resolutionId FROM council_letter WHERE letter_ref = ? AND kind = 'objection'`,
    [letterId],
  );
  const letter = ref ? await letterOf(tx, ref.resolutionId, 'objection') : null;
  if (letter && letter.letterRef === letterId && letter.councilReceivedDate !== date) {
    const row = await loadResolution(tx, ref.resolutionId);
    // once the council answered (or the case moved on), its receipt is history, not changed
    if (row.status === 'with_council')
      await recordCouncilReceipt(core, tx, PORTAL, row, letter, date, {
        portal: { postedAt: d.postedAt, openedAt: d.openedAt, deliveredAt: at },
      });
  }
  await tx.query('UPDATE portal_delivery SET applied_date = ? WHERE letter_id = ?', [date, letterId]);
}

/** Deliveries whose deemed instant has passed since they arrived (the lifecycle's periodic check). */
export async function settleDueDeliveries(core: CoreContext): Promise<number> {
  const now = core.clock().toISOString();
  const due: { letterId: string }[] = await core.db.read.query(
    'SELECT letter_id AS letterId FROM portal_delivery WHERE applied_date IS NULL AND deemed_at <= ?',
    [now],
  );
  for (const { letterId } of due) await core.db.write((tx) => settleDelivery(core, tx, letterId));
  return due.length;
}
