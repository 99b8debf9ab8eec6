// Rollups of the console's figures (issue 13, scale): a unit's figures over a period are computed
// from every resolution of the period with the office reports' own functions (shared/reports), so
// they mean the same thing in both places; for the whole country that reads a year of records and
// costs tens of seconds. What costs that much is kept in PostgreSQL (or the embedded database) as
// one row per unit, period and settings, with what it was computed from (its spec), the day it
// counts to and when it was computed. A request serves the kept row whatever its age, with that
// moment in the answer; the refresher (refresher.ts) computes kept rows again off the request path
// before they grow old. Only a key never computed before is computed on request, once for every
// request that asks at the same time. What is cheap (a county, an office, the small test country)
// is never kept: always current.
import type { ServerDb } from '../db/database';

export interface RollupOptions {
  /** a computation that took less than this is not kept */
  minComputeMs: number;
  /** a kept row older than this is late: the refresher is woken to compute it again */
  maxAgeMs: number;
  /** the refresher computes a kept row again once it is this old (before it is late) */
  refreshAfterMs: number;
  /** how often the refresher looks at the kept rows */
  refreshEveryMs: number;
  /** a kept row nobody asked for in this long is dropped instead of computed again */
  keepMs: number;
}

export const DEFAULT_ROLLUP: RollupOptions = {
  minComputeMs: 200,
  maxAgeMs: 10 * 60_000,
  // a country's year takes ~45 s to compute: computed again at 7–8 minutes, it is never late, and
  // costs a core ~10% of the time while someone looks at it
  refreshAfterMs: 7 * 60_000,
  refreshEveryMs: 60_000,
  keepMs: 24 * 60 * 60_000,
};

/** What a rollup computed, and how long the computation itself took (not its wait for a thread). */
export interface Computed {
  value: object;
  ms: number;
}

/** Computes a rollup of `kind` (rollupKinds.ts) from its spec, as of a day. */
export type ComputeRollup = (kind: string, spec: unknown, asOf: string) => Promise<Computed>;

/** The server's rollups: their settings, where they are computed, and who asked for what. */
export interface Rollups {
  readonly opts: RollupOptions;
  /** in a worker thread when the server runs one; absent: computed here, by the caller */
  readonly offThread?: ComputeRollup;
  /** when each kept key was last served (the refresher drops what nobody asks for) */
  readonly asked: Map<string, number>;
  /** a late row was served: the refresher should look now */
  wake(): void;
  /** first computations in progress: several users opening one dashboard wait for one */
  readonly inFlight: Map<string, Promise<unknown>>;
}

/** Rollups computed by the caller with no refresher (a test's or a tool's direct call). */
export function inlineRollups(opts: Partial<RollupOptions> = {}): Rollups {
  return { opts: { ...DEFAULT_ROLLUP, ...opts }, asked: new Map(), wake: () => undefined, inFlight: new Map() };
}

export interface Rolled {
  /** when these figures were computed (ISO instant) */
  computedAt: string;
  /** the day they count to (today, unless the kept row is from an earlier day) */
  asOf: string;
}

/** A kept row's document: what it was computed from, and what it computed. */
export interface KeptRollup {
  spec: unknown;
  value: object;
}

export const kindOf = (key: string) => key.split('|')[0];

export function readKept(data: string): KeptRollup | null {
  const d = JSON.parse(data) as Partial<KeptRollup>;
  // a row kept before specs were stored cannot be computed again: it counts as never computed
  return d && typeof d === 'object' && 'spec' in d && d.value && typeof d.value === 'object' ? (d as KeptRollup) : null;
}

export async function keepRollup(db: ServerDb, key: string, asOf: string, at: string, ms: number, kept: KeptRollup) {
  await db.tx((tx) =>
    tx.query(
      `INSERT INTO console_rollup (key, as_of, computed_at, compute_ms, data) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE SET as_of = excluded.as_of, computed_at = excluded.computed_at,
         compute_ms = excluded.compute_ms, data = excluded.data`,
      [key, asOf, at, ms, JSON.stringify(kept)],
    ),
  );
}

/**
 * `compute()`'s answer for `key` (its spec `spec`) on the day `asOf`: the kept row if there is one,
 * however old (its moment is in the answer); else computed now, and kept if it was costly.
 */
export async function rolledUp<T extends object>(
  db: ServerDb,
  rollups: Rollups,
  key: string,
  spec: unknown,
  asOf: string,
  now: Date,
  compute: () => Promise<T>,
): Promise<T & Rolled> {
  const [row] = await db.read.query<{ as_of: string; computed_at: string; data: string }>(
    'SELECT as_of, computed_at, data FROM console_rollup WHERE key = $1',
    [key],
  );
  const kept = row ? readKept(row.data) : null;
  if (row && kept) {
    rollups.asked.set(key, now.getTime());
    if (row.as_of !== asOf || now.getTime() - Date.parse(row.computed_at) >= rollups.opts.maxAgeMs) rollups.wake();
    return { ...(kept.value as T), computedAt: row.computed_at, asOf: row.as_of };
  }
  const running = rollups.inFlight.get(key) as Promise<T & Rolled> | undefined;
  if (running) return running;
  const work = (async () => {
    const t0 = performance.now();
    const { value, ms } = rollups.offThread
      ? await rollups.offThread(kindOf(key), spec, asOf)
      : { value: await compute(), ms: Math.round(performance.now() - t0) };
    const computedAt = now.toISOString();
    if (ms >= rollups.opts.minComputeMs) {
      await keepRollup(db, key, asOf, computedAt, ms, { spec, value });
      rollups.asked.set(key, now.getTime());
    }
    return { ...(value as T), computedAt, asOf };
  })();
  rollups.inFlight.set(key, work);
  try {
    return await work;
  } finally {
    rollups.inFlight.delete(key);
  }
}
