import { describe, expect, it } from 'vitest';
import { backupsToPrune, type Rotated } from '../../src-main/core/backup/rotation';

const at = (day: string, time = '06:00') => `${day}T${time}:00.000Z`;
function days(from: string, n: number): Rotated[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.parse(at(from)) + i * 86_400_000).toISOString();
    return { folder: `daily-${i}`, kind: 'daily' as const, createdAt: d };
  });
}

describe('backup rotation', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    const all = days('2026-10-01', 60); // 2026-10-01 .. 2026-11-29
    const prune = new Set(backupsToPrune(all).map((b) => b.folder));
    const kept = all.filter((b) => !prune.has(b.folder)).map((b) => b.createdAt.slice(0, 10));
    // the last seven days, then each earlier week's newest (Friday, the week ends on Friday in Iran)
    expect(kept.reverse()).toEqual([
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-20',
      '2026-11-13',
    ]);
  });

  it('counts days in Tehran: two backups on one Tehran day keep only the newer', () => {
    // 21:00Z is 00:30 the next day in Tehran; 19:00Z is still the same day
    const list: Rotated[] = [
      { folder: 'a', kind: 'daily', createdAt: '2026-11-20T19:00:00.000Z' },
      { folder: 'b', kind: 'daily', createdAt: '2026-11-20T21:00:00.000Z' },
      { folder: 'c', kind: 'daily', createdAt: '2026-11-20T05:00:00.000Z' },
    ];
    expect(backupsToPrune(list, { daily: 7, weekly: 0, others: 5 }).map((b) => b.folder)).toEqual(['c']);
  });

  it('never removes the replaced database of a restore, and keeps a few of the other kinds', () => {
    const list: Rotated[] = [
      ...Array.from({ length: 8 }, (_, i) => ({
        folder: `update-${i}`,
        kind: 'before-update' as const,
        createdAt: at(`2026-11-${String(10 + i).padStart(2, '0')}`),
      })),
      ...Array.from({ length: 8 }, (_, i) => ({
        folder: `restore-${i}`,
        kind: 'before-restore' as const,
        createdAt: at(`2026-10-${String(10 + i).padStart(2, '0')}`),
      })),
    ];
    expect(backupsToPrune(list).map((b) => b.folder)).toEqual(['update-2', 'update-1', 'update-0']);
  });
});
