// What each kind of rollup (the first part of its key) is computed with: the refresher and the
// worker thread compute a kept row again from its spec alone, without the request that made it.
import type { ServerDb } from '../db/database';
import { computeOverview, type OverviewSpec } from './monitor';
import type { Computed } from './rollup';

export const ROLLUP_KINDS: Record<string, (db: ServerDb, spec: unknown, asOf: string) => Promise<object>> = {
  overview: (db, spec, asOf) => computeOverview(db, spec as OverviewSpec, asOf),
};

export async function computeKind(db: ServerDb, kind: string, spec: unknown, asOf: string): Promise<Computed> {
  const compute = ROLLUP_KINDS[kind];
  if (!compute) throw new Error(`unknown rollup kind: ${kind}`);
  const t0 = performance.now();
  const value = await compute(db, spec, asOf);
  return { value, ms: Math.round(performance.now() - t0) };
}
