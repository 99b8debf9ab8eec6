// One declaration per table: its columns once, as fields, from which come the row's type
// (RowOf), TypeORM's EntitySchema, the SQL name of each column and the INSERT statement. A field's
// column is its name in snake_case (officeId → office_id). The DDL stays in the migrations (they
// are history); tests/unit/tables.test.ts checks every table spec against the migrated database
// and against the wire schema its records are pushed under.
//
// The wire schemas (shared/sync/records.ts) are kept equal to the specs by that test rather than
// derived, on purpose: shared/ may not import the core (the layers' direction), a wire field says
// more than its column (a length, a code list, a date's form, a 0/1 flag where the row holds a
// boolean, a field an older office may leave out), and the ministry server validates with them
// without TypeORM. Deriving either from the other would move those rules into the wrong layer.
import { EntitySchema, type EntitySchemaOptions } from 'typeorm';

type Kind = 'text' | 'integer' | 'boolean' | 'blob';

export interface Column<T, D extends boolean = boolean> {
  readonly kind: Kind;
  readonly nullable: boolean;
  readonly primary: boolean;
  /** the database fills it when an INSERT leaves it out (a DEFAULT in the DDL) */
  readonly defaulted: D;
  /** the value's type in a row (never set: it only carries T) */
  readonly type?: T;
  /** this column has a DEFAULT, so an INSERT may leave it out */
  withDefault(): Column<T, true>;
}

function column<T, D extends boolean = false>(
  kind: Kind,
  nullable: boolean,
  primary = false,
  defaulted = false as D,
): Column<T, D> {
  return { kind, nullable, primary, defaulted, withDefault: () => column<T, true>(kind, nullable, primary, true) };
}

/** The column builders: `text<'a' | 'b'>()` narrows a text column to its codes. */
export const col = {
  text: <T extends string = string>(): Column<NoInfer<T>, false> => column('text', false),
  maybeText: <T extends string = string>(): Column<NoInfer<T> | null, false> => column('text', true),
  int: (): Column<number, false> => column('integer', false),
  maybeInt: (): Column<number | null, false> => column('integer', true),
  /** a 0/1 flag TypeORM reads as a boolean (raw SQL still returns 0 or 1) */
  bool: (): Column<boolean, false> => column('boolean', false),
  /** an integer primary key: the one row of a single-row table (id = 1) */
  intId: (): Column<number, false> => column('integer', false, true),
  /** an INTEGER PRIMARY KEY SQLite numbers itself (the rowid), so an INSERT leaves it out */
  rowId: (): Column<number, true> => column('integer', false, true, true),
  /** bytes (a certificate file) */
  blob: (): Column<Buffer, false> => column('blob', false),
  /** a text primary key (or a part of one): an id, or a code */
  id: <T extends string = string>(): Column<NoInfer<T>, false> => column('text', false, true),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any column, whatever its value
export type Columns = Record<string, Column<any>>;

/** A row of the table, each field typed by its column. */
export type RowOf<T extends { columns: Columns }> = {
  [K in keyof T['columns']]: T['columns'][K] extends Column<infer V> ? V : never;
};

/** The fields an INSERT may leave out: those that may be null, and those with a default. */
type Optional<C extends Columns> = {
  [K in keyof C]: C[K] extends Column<infer V, infer D> ? (null extends V ? K : D extends true ? K : never) : never;
}[keyof C];

/** What an INSERT must give: every column, less those that may be null or have a default. */
export type InsertOf<T extends { columns: Columns }> = Omit<RowOf<T>, Optional<T['columns']>> &
  Partial<Pick<RowOf<T>, Optional<T['columns']>>>;

export interface Table<C extends Columns> {
  readonly name: string;
  readonly columns: C;
  /** columns the table has that no field maps (the SQL names), e.g. an integer key for an index */
  readonly unmapped: readonly string[];
  /** the TypeORM mapping, for the capabilities that write or look up through the entity manager */
  readonly entity: EntitySchema<RowOf<{ columns: C }>>;
  /** the SQL name of a field's column */
  column(field: keyof C & string): string;
}

/** officeId → office_id, sha256 → sha256, pdfSha256 → pdf_sha256 */
export const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function defineTable<const C extends Columns>(
  name: string,
  columns: C,
  opts: { unmapped?: readonly string[] } = {},
): Table<C> {
  const entityColumns = Object.fromEntries(
    Object.entries(columns).map(([field, c]) => [
      field,
      {
        type: c.kind,
        name: snakeCase(field),
        ...(c.primary ? { primary: true } : {}),
        ...(c.nullable ? { nullable: true } : {}),
      },
    ]),
  );
  return {
    name,
    columns,
    unmapped: opts.unmapped ?? [],
    entity: new EntitySchema<RowOf<{ columns: C }>>({
      name,
      tableName: name,
      columns: entityColumns as EntitySchemaOptions<RowOf<{ columns: C }>>['columns'],
    }),
    column: (field) => snakeCase(field),
  };
}

/** `{ field: 'alias.column' }` for every column but `except`, for storage/columns.ts selectList. */
export function columnsOf<C extends Columns>(
  t: Table<C>,
  alias: string,
  except: readonly (keyof C & string)[] = [],
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(t.columns)
      .filter((f) => !except.includes(f))
      .map((f) => [f, `${alias}.${snakeCase(f)}`]),
  );
}

const bound = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

export interface InsertOptions<C extends Columns> {
  /** SQLite's conflict clause: skip the row, or replace the one it collides with */
  or?: 'IGNORE' | 'REPLACE';
  /** an upsert: on a conflict on these columns, every other field given is updated to the new value */
  onConflict?: readonly (keyof C & string)[];
  /** on such a conflict these keep their stored value (a row's creation, its parents); when
   * every field given is a key or kept, a conflict does nothing */
  keep?: readonly (keyof C & string)[];
  /** on such a conflict these take an SQL expression instead, e.g. `letter_template.rev + 1` */
  set?: Partial<Record<keyof C & string, string>>;
}

const CHUNK = 400;

/** A transaction's EntityManager, or a migration's QueryRunner (a migration writes through a spec
 * only where the helper it shares with the running app does, e.g. storage/sortKeys.ts). */
export interface Runs {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * INSERT rows, the column list made from the fields of the first row (every row gives the same
 * fields; one left out takes the column's default or null), a few hundred rows to a statement.
 */
export async function insertRows<C extends Columns>(
  m: Runs,
  t: Table<C>,
  rows: readonly InsertOf<{ columns: C }>[],
  opts: InsertOptions<C> = {},
): Promise<void> {
  if (!rows.length) return;
  const given = (r: object) => Object.keys(r).filter((f) => (r as Record<string, unknown>)[f] !== undefined);
  const fields = given(rows[0]);
  for (const f of fields) if (!(f in t.columns)) throw new Error(`${t.name} has no column for ${f}`);
  const or = opts.or ? ` OR ${opts.or}` : '';
  const head = `INSERT${or} INTO ${t.name} (${fields.map(snakeCase).join(', ')}) VALUES `;
  const keys = opts.onConflict ?? [];
  const set = fields
    .filter((f) => !keys.includes(f) && !opts.keep?.includes(f))
    .map((f) => `${snakeCase(f)} = ${opts.set?.[f] ?? `excluded.${snakeCase(f)}`}`);
  const action = set.length ? `DO UPDATE SET ${set.join(', ')}` : 'DO NOTHING';
  const tail = keys.length ? ` ON CONFLICT (${keys.map(snakeCase).join(', ')}) ${action}` : '';
  const one = `(${fields.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const params = part.flatMap((r) => {
      if (given(r).join() !== fields.join()) throw new Error(`${t.name}: rows of one INSERT give different fields`);
      return fields.map((f) => bound((r as Record<string, unknown>)[f]));
    });
    await m.query(head + part.map(() => one).join(', ') + tail, params);
  }
}

/** INSERT one row (see insertRows). */
export function insertRow<C extends Columns>(
  m: Runs,
  t: Table<C>,
  row: InsertOf<{ columns: C }>,
  opts: InsertOptions<C> = {},
): Promise<void> {
  return insertRows(m, t, [row], opts);
}
