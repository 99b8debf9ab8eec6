// The register's query: server-side paging, sorting, filters and full-text search, in SQL that
// the indexes of migration 0001 serve (see `npm run bench` for the figures at 200,000 rows).
import type { z } from 'zod';
import { councilDisplayName } from '../../../shared/domain/councils';
import type {
  ResolutionPage,
  ResolutionRow,
  ResolutionSortField,
  resolutionListInput,
} from '../../../shared/schemas/resolution';
import { ftsQuery } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { councilSortRows, staleCouncilKeys, writeCouncilSortKeys } from '../storage/sortKeys';

type ListInput = z.output<typeof resolutionListInput>;

// Each sort is the columns of the index that serves it (migrations 0001, 0009), then row_no: the
// database reads a page in index order and stops, whatever the table's size. Names and numbers
// sort by their keys (shared/text/sortKey): Persian alphabetical order, numbers by value.
const ORDER: Record<ResolutionSortField, string[]> = {
  receiptDate: ['r.receipt_date', 'r.status', 'r.category', 'r.council_id'],
  approvalDate: ['r.approval_date', 'r.receipt_date'],
  councilName: ['cs.name_sort', 'cs.council_id', 'r.receipt_date', 'r.status', 'r.category'],
  councilResolutionNumber: ['s.number_sort'],
  incomingNumber: ['s.incoming_sort'],
  category: ['r.category', 'r.receipt_date', 'r.status', 'r.council_id'],
  status: ['r.status', 'r.receipt_date', 'r.category', 'r.council_id'],
};

/** Above this many text hits, reading the sort index and testing membership beats sorting the hits. */
const BROAD_SEARCH = 300;

interface Where {
  sql: string;
  params: unknown[];
  /** nothing can match (only punctuation was typed) */
  empty: boolean;
  match: string | null;
  /** only the text filter is set, so the index's own count is the total */
  textOnly: boolean;
}

export function buildWhere(filter: ListInput['filter'], broad = false): Where {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.councilId) {
    where.push('r.council_id = ?');
    params.push(filter.councilId);
  }
  if (filter.category) {
    where.push('r.category = ?');
    params.push(filter.category);
  }
  if (filter.status?.length) {
    where.push(`r.status IN (${filter.status.map(() => '?').join(',')})`);
    params.push(...filter.status);
  }
  if (filter.receivedFrom) {
    where.push('r.receipt_date >= ?');
    params.push(filter.receivedFrom);
  }
  if (filter.receivedTo) {
    where.push('r.receipt_date <= ?');
    params.push(filter.receivedTo);
  }
  // read through the partial index resolution_late (issue 11: accountability for late registration)
  if (filter.late) where.push('r.registered_late = 1');
  const textOnly = where.length === 0;
  const typed = filter.q !== undefined && filter.q.trim() !== '';
  const match = typed ? ftsQuery(filter.q!) : null;
  if (match !== null) {
    // The unary + keeps SQLite from driving the query by row_no, so a broad search walks the
    // sort order and stops after one page instead of fetching and sorting every hit.
    where.push(`${broad ? '+' : ''}r.row_no IN (SELECT rowid FROM resolution_fts WHERE resolution_fts MATCH ?)`);
    params.push(match);
  }
  return {
    sql: where.length ? `WHERE ${where.join(' AND ')}` : '',
    params,
    empty: typed && match === null,
    match,
    textOnly,
  };
}

interface RawRow {
  id: string;
  councilId: string;
  councilKind: string;
  councilName: string;
  councilResolutionNumber: string;
  incomingNumber: string;
  title: string;
  category: ResolutionRow['category'];
  status: ResolutionRow['status'];
  approvalDate: string;
  receiptDate: string;
  dueDate: string | null;
}

/**
 * Sorted by a number: unfiltered (or a broad search) the page is read walking the key's index;
 * a narrower filter is left to the planner, which reads the filter's index and sorts the few.
 */
function byNumber(field: 'councilResolutionNumber' | 'incomingNumber', walk: boolean): string {
  const index = field === 'incomingNumber' ? 'resolution_sort_incoming' : 'resolution_sort_number';
  return walk
    ? `resolution_sort s INDEXED BY ${index} CROSS JOIN resolution r ON r.row_no = s.row_no JOIN council c ON c.id = r.council_id`
    : 'resolution r JOIN resolution_sort s ON s.row_no = r.row_no JOIN council c ON c.id = r.council_id';
}

/** A council added or renamed since its key was made (also by a pull or an import) gets one now. */
async function refreshCouncilKeys(core: CoreContext): Promise<void> {
  if ((await staleCouncilKeys(core.db.read)).length === 0) return;
  await core.db.write(async (tx) => writeCouncilSortKeys(tx, councilSortRows(await staleCouncilKeys(tx))));
}

async function countMatches(core: CoreContext, match: string): Promise<number> {
  const [{ n }]: { n: number }[] = await core.db.read.query(
    'SELECT count(*) AS n FROM resolution_fts WHERE resolution_fts MATCH ?',
    [match],
  );
  return n;
}

interface Plan {
  from: string;
  where: string;
  params: unknown[];
  /** the sort's columns, row_no last: a total order */
  keys: string[];
  dir: 'ASC' | 'DESC';
  hits: number | null;
  textOnly: boolean;
}

/** How the register reads a filter in a sort: null when nothing can match. */
async function plan(core: CoreContext, input: Pick<ListInput, 'filter' | 'sort'>): Promise<Plan | null> {
  const probe = buildWhere(input.filter);
  if (probe.empty) return null;
  const hits = probe.match !== null ? await countMatches(core, probe.match) : null;
  const broad = hits !== null && hits > BROAD_SEARCH;
  const { sql: where, params } = buildWhere(input.filter, broad);
  const field = input.sort.field;
  if (field === 'councilName') await refreshCouncilKeys(core);
  // By council: walk councils in name order and each one's resolutions by date, never sorting all.
  // By a number: walk its key's index and fetch each row by row_no.
  const from =
    field === 'councilName'
      ? `council_sort cs INDEXED BY council_sort_name CROSS JOIN council c ON c.id = cs.council_id
         CROSS JOIN resolution r INDEXED BY resolution_council ON c.id = r.council_id`
      : field === 'councilResolutionNumber' || field === 'incomingNumber'
        ? byNumber(field, where === '' || broad)
        : 'resolution r JOIN council c ON c.id = r.council_id';
  return {
    from,
    where,
    params,
    keys: [...ORDER[field], 'r.row_no'],
    dir: input.sort.dir === 'asc' ? 'ASC' : 'DESC',
    hits,
    textOnly: probe.textOnly,
  };
}

const COLUMNS = `r.id, r.council_id AS councilId, c.kind AS councilKind, c.name AS councilName,
            r.council_resolution_number AS councilResolutionNumber, r.incoming_number AS incomingNumber,
            r.title, r.category, r.status, r.approval_date AS approvalDate, r.receipt_date AS receiptDate,
            r.due_date AS dueDate`;

function toRow(r: RawRow): ResolutionRow {
  return {
    id: r.id,
    councilId: r.councilId,
    councilDisplayName: councilDisplayName({ kind: r.councilKind, name: r.councilName }),
    councilResolutionNumber: r.councilResolutionNumber,
    incomingNumber: r.incomingNumber,
    title: r.title,
    category: r.category,
    status: r.status,
    approvalDate: r.approvalDate,
    receiptDate: r.receiptDate,
    dueDate: r.dueDate,
  };
}

async function countPlan(core: CoreContext, p: Plan): Promise<number> {
  if (p.hits !== null && p.textOnly) return p.hits;
  const [{ total }]: { total: number }[] = await core.db.read.query(
    `SELECT count(*) AS total FROM resolution r ${p.where}`,
    p.params,
  );
  return total;
}

export async function listResolutions(core: CoreContext, input: ListInput): Promise<ResolutionPage> {
  const p = await plan(core, input);
  if (!p) return { rows: [], total: 0 };
  const order = p.keys.map((col) => `${col} ${p.dir}`).join(', ');
  const rows: RawRow[] = await core.db.read.query(
    `SELECT ${COLUMNS}
       FROM ${p.from}
       ${p.where}
      ORDER BY ${order}
      LIMIT ? OFFSET ?`,
    [...p.params, input.pageSize, input.page * input.pageSize],
  );
  return { total: await countPlan(core, p), rows: rows.map(toRow) };
}

/** How many rows the register's current view holds (the same count the register shows). */
export async function countRegister(core: CoreContext, input: Pick<ListInput, 'filter' | 'sort'>): Promise<number> {
  const p = await plan(core, input);
  return p ? countPlan(core, p) : 0;
}

/**
 * The register's whole current view, in its order, a batch at a time: each batch starts after
 * the last row of the one before (keyset: the sort's key columns compared as a row value, which
 * the sort's index serves), so an export of 200,000 rows never holds more than one batch and
 * never re-reads what it skipped, as OFFSET would.
 */
export async function* registerBatches(
  core: CoreContext,
  input: Pick<ListInput, 'filter' | 'sort'>,
  batch = 2000,
): AsyncGenerator<ResolutionRow[]> {
  const p = await plan(core, input);
  if (!p) return;
  const order = p.keys.map((col) => `${col} ${p.dir}`).join(', ');
  const keyCols = p.keys.map((col, i) => `${col} AS k${i}`).join(', ');
  const tuple = `(${p.keys.join(', ')})`;
  const marks = `(${p.keys.map(() => '?').join(', ')})`;
  type Keyed = RawRow & Record<string, unknown>;
  const fetch = (after: unknown[] | null): Promise<Keyed[]> => {
    const cond = after ? `${tuple} ${p.dir === 'ASC' ? '>' : '<'} ${marks}` : '';
    const where = cond ? (p.where ? `${p.where} AND ${cond}` : `WHERE ${cond}`) : p.where;
    return core.db.read.query(`SELECT ${COLUMNS}, ${keyCols} FROM ${p.from} ${where} ORDER BY ${order} LIMIT ?`, [
      ...p.params,
      ...(after ?? []),
      batch,
    ]);
  };
  // the next batch is read while the caller writes this one: the database works in its own
  // thread, so reading and writing overlap
  let pending: Promise<Keyed[]> | null = fetch(null);
  while (pending) {
    const rows: Keyed[] = await pending;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1];
    pending = rows.length < batch ? null : fetch(p.keys.map((_, i) => last[`k${i}`]));
    // a caller that stops early leaves the read ahead unread: its failure is nobody's
    pending?.catch(() => undefined);
    yield rows.map(toRow);
  }
}
