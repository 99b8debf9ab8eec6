// The received rows of two halves of a period read apart add up to those of the whole
// (src-main/core/reports/received.ts, mergeReceived): counts add under the same keys, the day
// histograms add per day, the named lists merge by deadline and receipt day and are cut again.
import { describe, expect, it } from 'vitest';
import { mergeReceived, type Grouped } from '../../src-main/core/reports/received';
import { LIST_LIMIT } from '../../shared/reports/compliance';

const row = (k: Grouped['k'], a: string | null, b: string | null, ...ns: (number | null)[]): Grouped => {
  const n = Array.from({ length: 8 }, (_, i) => ns[i] ?? null);
  return { k, a, b, n0: n[0], n1: n[1], n2: n[2], n3: n[3], n4: n[4], n5: n[5], n6: n[6], n7: n[7] };
};
const listed = (k: 'L' | 'P', id: string, receipt: string, deadline: string | null) =>
  row(k, id, JSON.stringify(['t', 'i', 'c1', receipt, deadline]));

describe('the received rows of two halves of a period', () => {
  it('add their counts under the same council and category, and per day in the histograms', () => {
    const first = [
      row('c', 'c1', 'fees', 3, 2, 1, 0, 1, 1, 1, 0),
      row('s', 'c1', null, 5, 2),
      row('r', null, null, 7, 1),
    ];
    const second = [
      row('c', 'c1', 'fees', 2, 1, 1, 1, 0, 0, 1, 1),
      row('s', 'c1', null, 5, 4),
      row('s', 'c1', null, 9, 1),
    ];
    const merged = mergeReceived([first, second]);
    expect(merged.find((g) => g.k === 'c')).toEqual(row('c', 'c1', 'fees', 5, 3, 2, 1, 1, 1, 2, 1));
    // five days of sending: 2 + 4 resolutions; nine days: 1; never 5 + 5 days
    expect(merged.filter((g) => g.k === 's').map((g) => [g.n0, g.n1])).toEqual([
      [5, 6],
      [9, 1],
    ]);
    expect(merged.filter((g) => g.k === 'r')).toEqual([row('r', null, null, 7, 1)]);
  });

  it('add the bands, the grounds and the sequels of objections, a missing count staying missing', () => {
    const merged = mergeReceived([
      [row('b', 'today', null, 2), row('g', 'beyond_powers', null, 1), row('o', null, null, 1, 0, null)],
      [row('b', 'today', null, 3), row('g', 'beyond_powers', null, 4), row('o', null, null, 2, 1, null)],
    ]);
    expect(merged).toEqual([
      row('b', 'today', null, 5),
      row('g', 'beyond_powers', null, 5),
      row('o', null, null, 3, 1),
    ]);
  });

  it('merge the lists nearest deadline first, then by receipt, keeping each half’s order, and cut them', () => {
    const first = [listed('L', 'a', '2026-01-01', '2026-01-20'), listed('L', 'b', '2026-01-02', '2026-01-20')];
    const second = [listed('L', 'c', '2026-02-01', '2026-01-19'), listed('L', 'd', '2026-02-01', null)];
    expect(mergeReceived([first, second]).map((g) => g.a)).toEqual(['c', 'a', 'b', 'd']);
    const many = (from: number) =>
      Array.from({ length: LIST_LIMIT }, (_, i) =>
        listed('P', `p${from + i}`, '2026-03-01', `2026-04-${String((i % 28) + 1).padStart(2, '0')}`),
      );
    const lists = mergeReceived([many(0), many(LIST_LIMIT)]).filter((g) => g.k === 'P');
    expect(lists).toHaveLength(LIST_LIMIT);
    expect(lists.slice(0, 2).map((g) => g.a)).toEqual(['p0', 'p28']);
  });
});
