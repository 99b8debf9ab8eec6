// SQL pieces the report queries share (reader, received, objectionEvents).
import type { EntityManager } from 'typeorm';
import { councilDisplayName } from '../../../shared/domain/councils';
import type { ReportFilters } from '../../../shared/reports/schema';

/** The legal day of an instant: its day in Tehran (UTC+03:30, no daylight saving since 1401). */
export const TEHRAN_DAY = (col: string) => `date(${col}, '+210 minutes')`;

/** The ruling in force on the resolution `id`: the latest one no other ruling corrects. */
export const inForceOf = (what: string, id = 'r.id') => `SELECT ${what} FROM ruling g
  WHERE g.resolution_id = ${id} AND NOT EXISTS (SELECT 1 FROM ruling h WHERE h.corrects_id = g.id)
  ORDER BY g.recorded_at DESC LIMIT 1`;

/**
 * Joins the council only when the filter needs its kind: one lookup less per row otherwise. A
 * CROSS JOIN keeps the council after the resolution: given the choice, SQLite's statistics led it
 * to scan the councils and read every village council's resolutions row by row from the table
 * (resolution_council), several times the cost of the period's range of the covering index.
 */
export const councilJoin = (f: ReportFilters) =>
  f.councilKind === undefined ? '' : ' CROSS JOIN council c ON c.id = r.council_id';

/**
 * The filters as SQL on `r` (resolution) and `c` (council). With `first`, the parameters are
 * numbered from it (?6, ?7, …), for queries that name their other parameters by number.
 */
export function where(filters: ReportFilters, first?: number): { sql: string; params: unknown[] } {
  const clauses: [string, unknown][] = [
    ['r.council_id', filters.councilId],
    ['c.kind', filters.councilKind],
    ['r.category', filters.category],
    ['r.status', filters.status],
  ];
  const used = clauses.filter(([, v]) => v !== undefined);
  const mark = (i: number) => (first === undefined ? '?' : `?${first + i}`);
  return { sql: used.map(([c], i) => ` AND ${c} = ${mark(i)}`).join(''), params: used.map(([, v]) => v) };
}

export interface CouncilOf {
  id: string;
  name: string;
  kind: string;
}

/**
 * Each council's display name and kind by its id, made once per report: the rows carry only the
 * council's id, so the queries need no lookup of the council per resolution.
 */
export async function councilNames(m: EntityManager): Promise<Map<string, CouncilOf>> {
  const rows: { id: string; name: string; kind: string }[] = await m.query('SELECT id, name, kind FROM council');
  return new Map(rows.map((c) => [c.id, { id: c.id, name: councilDisplayName(c), kind: c.kind }]));
}
