// Rollups of the console's figures (issue 13, scale): a unit's figures over a period are computed
// from every resolution of the period with the office reports' own functions (shared/reports), so
// they mean the same thing in both places; for the whole country that reads a year of records and
// costs seconds. What costs that much is kept in PostgreSQL (or the embedded database) as one row
// per unit, period and day, served for a few minutes, then computed again on the next request:
// a materialized view refreshed on a schedule, with the moment it was computed in the answer.
// What is cheap (a county, an office, the small test country) is never kept: always current.
import type { ServerDb } from '../db/database';

export interface RollupOptions {
  /** a computation that took less than this is not kept */
  minComputeMs: number;
  /** a kept computation is served for this long, then computed again */
  maxAgeMs: number;
}

export const DEFAULT_ROLLUP: RollupOptions = { minComputeMs: 200, maxAgeMs: 10 * 60_000 };

export interface Rolled {
  /** when these figures were computed (ISO instant): now, or when the rollup was made */
  computedAt: string;
}

// several users opening the same dashboard at once wait for one computation
const inFlight = new Map<string, Promise<unknown>>();

/** `compute()`'s answer for `key` on the day `asOf`, from the rollup while it is young enough. */
export async function rolledUp<T extends object>(
  db: ServerDb,
  key: string,
  asOf: string,
  now: Date,
  opts: RollupOptions,
  compute: () => Promise<T>,
): Promise<T & Rolled> {
  const [row] = await db.read.query<{ as_of: string; computed_at: string; data: string }>(
    'SELECT as_of, computed_at, data FROM console_rollup WHERE key = $1',
    [key],
  );
  if (row && row.as_of === asOf && now.getTime() - Date.parse(row.computed_at) < opts.maxAgeMs)
    return { ...(JSON.parse(row.data) as T), computedAt: row.computed_at };
  const running = inFlight.get(key) as Promise<T & Rolled> | undefined;
  if (running) return running;
  const work = (async () => {
    const t0 = performance.now();
    const value = await compute();
    const ms = Math.round(performance.now() - t0);
    const computedAt = now.toISOString();
    if (ms >= opts.minComputeMs)
      await db.tx((tx) =>
        tx.query(
          `INSERT INTO console_rollup (key, as_of, computed_at, compute_ms, data) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (key) DO UPDATE SET as_of = excluded.as_of, computed_at = excluded.computed_at,
             compute_ms = excluded.compute_ms, data = excluded.data`,
          [key, asOf, computedAt, ms, JSON.stringify(value)],
        ),
      );
    return { ...value, computedAt };
  })();
  inFlight.set(key, work);
  try {
    return await work;
  } finally {
    inFlight.delete(key);
  }
}
