// Dispute boards (هیأت حل اختلاف, DOMAIN.md "Who is who"): where a council that insists on an
// objected resolution is referred. Which board hears which council is configurable; these are
// the defaults: city and county councils → provincial board, village and district councils →
// county board, Tehran city council → central board.
export const DISPUTE_BOARD_LEVELS = [
  { code: 'county', label: 'هیأت حل اختلاف شهرستان' },
  { code: 'province', label: 'هیأت حل اختلاف استان' },
  { code: 'central', label: 'هیأت مرکزی حل اختلاف' },
] as const;

export type DisputeBoardLevel = (typeof DISPUTE_BOARD_LEVELS)[number]['code'];
export const DISPUTE_BOARD_LEVEL_CODES = DISPUTE_BOARD_LEVELS.map((b) => b.code) as [
  DisputeBoardLevel,
  ...DisputeBoardLevel[],
];

const labels = new Map<string, string>(DISPUTE_BOARD_LEVELS.map((b) => [b.code, b.label]));
export function disputeBoardLevelLabel(code: string): string {
  return labels.get(code) ?? code;
}

export function defaultBoardLevel(council: { kind: string; name: string; province: string }): DisputeBoardLevel {
  if (council.kind === 'city' && council.name.trim() === 'تهران' && council.province.trim() === 'تهران')
    return 'central';
  return council.kind === 'village' || council.kind === 'district' ? 'county' : 'province';
}

/** «هیأت حل اختلاف استان کرمان», as the referral letter names it. */
export function defaultBoardName(level: DisputeBoardLevel, council: { county: string; province: string }): string {
  if (level === 'central') return 'هیأت مرکزی حل اختلاف و رسیدگی به شکایات شوراها';
  return level === 'county' ? `هیأت حل اختلاف شهرستان ${council.county}` : `هیأت حل اختلاف استان ${council.province}`;
}
