// The SELECT list of a row read as an object: one spec maps each field to its column, so the
// row's type and the query that fills it cannot drift apart.
import type { EntitySchema } from 'typeorm';

/** `{ officeId: 'l.office_id', id: 'l.id' }` → `l.office_id AS officeId, l.id` */
export function selectList(spec: Readonly<Record<string, string>>): string {
  return Object.entries(spec)
    .map(([field, column]) => (column.split('.').pop() === field ? column : `${column} AS ${field}`))
    .join(', ');
}

/** The SELECT list of every column an EntitySchema declares, under `alias`, read as its fields. */
export function entitySelectList<T>(entity: EntitySchema<T>, alias: string): string {
  const columns = entity.options.columns as Record<string, { name?: string } | undefined>;
  return selectList(
    Object.fromEntries(Object.entries(columns).map(([field, c]) => [field, `${alias}.${c?.name ?? field}`])),
  );
}
