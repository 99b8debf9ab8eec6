// Small aggregates the report definitions share.
import type { DaysStat } from './schema';

/** Count, mean and median of whole-day durations (one decimal; null when there are none). */
export function daysStat(values: readonly number[]): DaysStat {
  if (!values.length) return { count: 0, average: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const average = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { count: sorted.length, average: round1(average), median: round1(median) };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** part / whole, or null when whole is 0 (a rate of nothing is not 0%). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The entry of `key`, made and kept by `make` the first time it is asked for. */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** Groups by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * daysStat over a histogram (each whole-day value with how many times it occurs), as a database
 * counts them: the same count, mean and median as daysStat over the values one by one.
 */
export function daysStatOf(histogram: readonly { days: number; n: number }[]): DaysStat {
  const sorted = histogram.filter((h) => h.n > 0).sort((a, b) => a.days - b.days);
  const count = sorted.reduce((s, h) => s + h.n, 0);
  if (!count) return { count: 0, average: null, median: null };
  const nth = (k: number) => {
    for (const h of sorted) if ((k -= h.n) < 0) return h.days;
    return sorted[sorted.length - 1].days;
  };
  const mid = Math.floor(count / 2);
  const median = count % 2 ? nth(mid) : (nth(mid - 1) + nth(mid)) / 2;
  const average = sorted.reduce((s, h) => s + h.days * h.n, 0) / count;
  return { count, average: round1(average), median: round1(median) };
}
