// GET/POST /v1/sync/anchor: each office's audit-chain anchor (issue 16 item 13). The server keeps
// the last head and count it accepted; a new one must extend it (the office's chain at the held
// count must still end in the held head). One that goes backwards or forks is not taken: it is
// flagged for the admin (npm run server -- offices) and the office is told what the server holds,
// so its own audit check reports the cut.
import type { AnchorRequest, AnchorResponse } from '../../shared/sync/protocol';
import type { ServerDb } from '../db/database';
import type { AuthedOffice } from './office';

interface Row {
  head: string;
  count: number | string;
}

const held = (r: Row | undefined) => (r ? { head: r.head, count: Number(r.count) } : null);

export async function readAnchor(db: ServerDb, office: AuthedOffice): Promise<AnchorResponse> {
  const [r] = await db.read.query<Row & { flagged: string | null }>(
    'SELECT head, count, flagged FROM audit_anchor WHERE office_id = $1',
    [office.id],
  );
  return { held: held(r), flagged: r?.flagged ?? null };
}

export async function postAnchor(
  db: ServerDb,
  office: AuthedOffice,
  req: AnchorRequest,
  now: string,
): Promise<AnchorResponse> {
  return db.tx(
    async (tx) => {
      const [r] = await tx.query<Row>('SELECT head, count FROM audit_anchor WHERE office_id = $1', [office.id]);
      const before = held(r);
      if (!before) {
        await tx.query('INSERT INTO audit_anchor (office_id, head, count, at) VALUES ($1, $2, $3, $4)', [
          office.id,
          req.head,
          req.count,
          now,
        ]);
        return { held: { head: req.head, count: req.count }, flagged: null };
      }
      const extends_ = req.count >= before.count && req.base?.count === before.count && req.base.head === before.head;
      if (extends_) {
        await tx.query('UPDATE audit_anchor SET head = $1, count = $2, at = $3 WHERE office_id = $4', [
          req.head,
          req.count,
          now,
          office.id,
        ]);
        return { held: { head: req.head, count: req.count }, flagged: null };
      }
      const flagged =
        req.count < before.count
          ? `زنجیرهٔ رویدادهای این دبیرخانه کوتاه شده است: ${req.count} رویداد، در حالی که سرور ${before.count} رویداد را تأیید کرده بود.`
          : `زنجیرهٔ رویدادهای این دبیرخانه با آنچه سرور تأیید کرده بود (رویداد ${before.count}) یکی نیست؛ بازنویسی شده است.`;
      await tx.query('UPDATE audit_anchor SET flagged = $1, flagged_at = $2 WHERE office_id = $3', [
        flagged,
        now,
        office.id,
      ]);
      return { held: before, flagged };
    },
    { lock: `anchor:${office.id}` },
  );
}
