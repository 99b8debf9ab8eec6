// Issue 14 item 4: a letter an office issued to a council is posted in the council's portal by the
// push that brings it (sync/push.ts writes council_letter_delivery). Here it is put in the office's
// feed (entity council_letter_delivery): when first posted — with the instant it counts as
// delivered if nobody opens it, from the ministry's policy at that moment — and again when the
// council first opens it. A letter posted before the council had a portal account went on paper:
// it is marked so (fed_rev -1) and never shown.
import { scopeOf } from '../../shared/sync/protocol';
import { portalDeliveryDays } from '../../shared/deadlines/policy';
import { DELIVERY_ENTITY, type DeliveryRecord } from '../../shared/councilLetters/records';
import type { ServerDb, Tx } from '../db/database';
import { publishedPolicy } from '../admin/publish';

const DAY_MS = 86_400_000;

interface DeliveryRow {
  office_id: string;
  letter_id: string;
  council_id: string;
  posted_at: string;
  deemed_at: string | null;
  opened_at: string | null;
  opened_by: string | null;
  rev: number;
  fed_rev: number;
}

export const recordOf = (r: DeliveryRow): DeliveryRecord => ({
  letterId: r.letter_id,
  councilId: r.council_id,
  postedAt: r.posted_at,
  deemedAt: r.deemed_at ?? r.posted_at,
  openedAt: r.opened_at,
  openedBy: r.opened_by,
});

const HAS_ACCOUNT = `EXISTS (SELECT 1 FROM council_account a
  WHERE a.office_id = d.office_id AND a.council_id = d.council_id AND a.created_at <= d.posted_at)`;

/** Writes the row's current state to its office's feed, as the row's next rev. Under the feed lock. */
async function feedOne(tx: Tx, r: DeliveryRow, now: string) {
  await tx.query('UPDATE council_letter_delivery SET fed_rev = rev WHERE office_id = $1 AND letter_id = $2', [
    r.office_id,
    r.letter_id,
  ]);
  await tx.query('INSERT INTO feed (scope, entity, id, rev, data, at) VALUES ($1, $2, $3, $4, $5, $6)', [
    scopeOf.office(r.office_id),
    DELIVERY_ENTITY,
    r.letter_id,
    r.rev,
    JSON.stringify(recordOf(r)),
    now,
  ]);
}

/**
 * Puts newly posted letters in their offices' feeds (all offices, or one), with their deemed
 * delivery instant; letters to councils that had no portal account are set aside. Returns how
 * many were posted. Run by the server's timer and before a council reads its letters.
 */
export async function postDeliveries(db: ServerDb, now: string, officeId?: string): Promise<number> {
  const where = officeId ? 'AND d.office_id = $1' : '';
  const [waiting] = await db.read.query<{ n: number | string }>(
    `SELECT count(*) AS n FROM council_letter_delivery d WHERE d.fed_rev = 0 ${where}`,
    officeId ? [officeId] : [],
  );
  if (!Number(waiting.n)) return 0;
  const days = portalDeliveryDays(await publishedPolicy(db));
  return db.tx(async (tx) => {
    await tx.lock('feed');
    await tx.query(
      `UPDATE council_letter_delivery SET fed_rev = -1 WHERE fed_rev = 0 ${where.replace('d.', '')}
         AND NOT EXISTS (SELECT 1 FROM council_account a WHERE a.office_id = council_letter_delivery.office_id
           AND a.council_id = council_letter_delivery.council_id AND a.created_at <= council_letter_delivery.posted_at)`,
      officeId ? [officeId] : [],
    );
    const rows = await tx.query<DeliveryRow>(
      `SELECT d.* FROM council_letter_delivery d WHERE d.fed_rev = 0 ${where} AND ${HAS_ACCOUNT}
        ORDER BY d.posted_at LIMIT 1000`,
      officeId ? [officeId] : [],
    );
    for (const r of rows) {
      const deemed = new Date(Date.parse(r.posted_at) + days * DAY_MS).toISOString();
      await tx.query('UPDATE council_letter_delivery SET deemed_at = $1 WHERE office_id = $2 AND letter_id = $3', [
        deemed,
        r.office_id,
        r.letter_id,
      ]);
      await feedOne(tx, { ...r, deemed_at: deemed }, now);
    }
    return rows.length;
  });
}

/** The council opened the letter: the first time is recorded (and fed to the office); later ones change nothing. */
export async function markOpened(db: ServerDb, officeId: string, letterId: string, by: string, now: string) {
  await db.tx(async (tx) => {
    await tx.lock('feed');
    const [r] = await tx.query<DeliveryRow>(
      'SELECT * FROM council_letter_delivery WHERE office_id = $1 AND letter_id = $2',
      [officeId, letterId],
    );
    if (!r || r.opened_at || r.fed_rev < 1) return;
    const next = { ...r, opened_at: now, opened_by: by, rev: Number(r.rev) + 1 };
    await tx.query(
      `UPDATE council_letter_delivery SET opened_at = $1, opened_by = $2, rev = $3
        WHERE office_id = $4 AND letter_id = $5`,
      [now, by, next.rev, officeId, letterId],
    );
    await feedOne(tx, next, now);
  });
}

/** Posts deliveries every `intervalMs` (errors are logged and tried again next time). */
export function startDeliveryTimer(
  db: ServerDb,
  clock: () => Date,
  onError: (err: unknown) => void,
  intervalMs = 20_000,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = postDeliveries(db, clock().toISOString()).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
