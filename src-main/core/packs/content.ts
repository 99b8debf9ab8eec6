// What a session pack holds, read in one pass, and the key it is cached under: a hash of all of
// it (agenda order, texts, opinions, attachment hashes), so any change makes a new pack.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/api/errors';
import { councilDisplayName } from '../../../shared/domain/councils';
import { sha256Hex } from '../storage/blobs';
import { packMessages as msg } from './messages';

/** Bump when the pack's layout changes, so cached packs are made again. */
export const PACK_LAYOUT = 1;

export interface PackAttachment {
  name: string;
  sha256: string;
}

export interface PackItem {
  itemId: string;
  resolutionId: string;
  title: string;
  incomingNumber: string;
  council: string;
  text: string;
  opinion: { conclusion: string | null; reasoning: string; clauses: string[]; expertName: string } | null;
  attachments: PackAttachment[];
}

export interface PackContent {
  session: { id: string; number: number; year: number; date: string; time: string; place: string };
  items: PackItem[];
}

export async function readPackContent(m: EntityManager, sessionId: string): Promise<PackContent> {
  const [session]: PackContent['session'][] = await m.query(
    'SELECT id, number, year, date, time, place FROM panel_session WHERE id = ?',
    [sessionId],
  );
  if (!session) throw new AppError('not_found', msg.sessionNotFound);
  const rows: {
    itemId: string;
    resolutionId: string;
    title: string;
    incomingNumber: string;
    councilKind: string;
    councilName: string;
    text: string;
  }[] = await m.query(
    `SELECT i.id AS itemId, r.id AS resolutionId, r.title, r.incoming_number AS incomingNumber,
       c.kind AS councilKind, c.name AS councilName, coalesce(b.text, '') AS text
     FROM session_item i JOIN resolution r ON r.id = i.resolution_id JOIN council c ON c.id = r.council_id
       LEFT JOIN resolution_body b ON b.resolution_id = r.id
     WHERE i.session_id = ? AND i.state != 'removed' ORDER BY i.position`,
    [sessionId],
  );
  const items: PackItem[] = [];
  for (const r of rows) {
    const [o]: { conclusion: string | null; reasoning: string; clauses: string; expertName: string }[] = await m.query(
      `SELECT o.conclusion, o.reasoning, o.clauses, u.full_name AS expertName
         FROM expert_opinion o JOIN app_user u ON u.id = o.expert_id
        WHERE o.resolution_id = ? AND o.status = 'submitted' ORDER BY o.submitted_at DESC LIMIT 1`,
      [r.resolutionId],
    );
    const attachments: PackAttachment[] = await m.query(
      `SELECT name, sha256 FROM attachment WHERE resolution_id = ? AND mime_type = 'application/pdf'
        ORDER BY created_at, id`,
      [r.resolutionId],
    );
    items.push({
      itemId: r.itemId,
      resolutionId: r.resolutionId,
      title: r.title,
      incomingNumber: r.incomingNumber,
      council: councilDisplayName({ kind: r.councilKind, name: r.councilName }),
      text: r.text,
      opinion: o ? { ...o, clauses: JSON.parse(o.clauses) as string[] } : null,
      attachments,
    });
  }
  return { session, items };
}

export function packKey(c: PackContent): string {
  return sha256Hex(JSON.stringify({ layout: PACK_LAYOUT, c }));
}
