import { numFa, toFa } from '../../src-renderer/format/fa';
import type { View } from '../types';

export const pct = (v: number | null) => (v === null ? '—' : `${numFa(Math.round(v * 100))}٪`);
export { numFa, toFa };

/** The monitoring query of a view (and a unit). */
export const viewQuery = (v: View, unit = v.unit) => ({
  unit,
  year: v.year,
  season: v.season,
  month: v.month,
  staleDays: v.staleDays,
});
