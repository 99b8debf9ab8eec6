// The outgoing register as a grid: server-side paging, sorting, filters and search (number,
// subject, recipient, council — any spelling or digit set, through the stored search key).
import type { z } from 'zod';
import type { LetterPage, LetterSortField, letterListInput } from '../../../shared/schemas/letter';
import { likePattern } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { councilNameOf, LETTER_FROM } from './record';

type ListInput = z.output<typeof letterListInput>;

const ORDER: Record<LetterSortField, string[]> = {
  number: ['l.year', 'l.serial', 'l.created_at'],
  date: ['l.letter_date', 'l.serial', 'l.created_at'],
  createdAt: ['l.created_at'],
  subject: ['l.subject', 'l.created_at'],
};

interface Raw {
  id: string;
  kind: LetterPage['rows'][number]['kind'];
  status: LetterPage['rows'][number]['status'];
  number: string | null;
  date: string | null;
  subject: string;
  recipient: string;
  councilKind: string | null;
  councilName: string | null;
  resolutionId: string | null;
  signed: number;
  printCount: number;
  voidReason: string | null;
  createdAt: string;
  rev: number;
}

export async function listLetters(core: CoreContext, input: ListInput): Promise<LetterPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const f = input.filter;
  if (f.status?.length) {
    where.push(`l.status IN (${f.status.map(() => '?').join(',')})`);
    params.push(...f.status);
  }
  if (f.kind) {
    where.push('l.kind = ?');
    params.push(f.kind);
  }
  if (f.from) {
    where.push('l.letter_date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('l.letter_date <= ?');
    params.push(f.to);
  }
  if (f.resolutionId) {
    where.push('l.resolution_id = ?');
    params.push(f.resolutionId);
  }
  if (f.sessionId) {
    where.push('l.session_id = ?');
    params.push(f.sessionId);
  }
  if (f.q?.trim()) {
    where.push(`l.search_key LIKE ? ESCAPE '\\'`);
    params.push(likePattern(f.q));
  }
  const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const dir = input.sort.dir === 'asc' ? 'ASC' : 'DESC';
  const order = [...ORDER[input.sort.field], 'l.id'].map((c) => `${c} ${dir}`).join(', ');
  const m = core.db.read;
  const [rows, [{ n }]]: [Raw[], { n: number }[]] = await Promise.all([
    m.query(
      `SELECT l.id, l.kind, l.status, l.number, l.letter_date AS date, l.subject, l.recipient, c.kind AS councilKind,
              c.name AS councilName, l.resolution_id AS resolutionId, l.signed, l.print_count AS printCount,
              l.void_reason AS voidReason, l.created_at AS createdAt, l.rev
         FROM ${LETTER_FROM} ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, input.pageSize, input.page * input.pageSize],
    ),
    m.query(`SELECT count(*) AS n FROM letter l ${sql}`, params),
  ]);
  return {
    total: n,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      number: r.number,
      date: r.date,
      subject: r.subject,
      recipient: r.recipient,
      councilName: councilNameOf(r),
      resolutionId: r.resolutionId,
      signed: !!r.signed,
      printCount: r.printCount,
      voidReason: r.voidReason,
      createdAt: r.createdAt,
      rev: r.rev,
    })),
  };
}
