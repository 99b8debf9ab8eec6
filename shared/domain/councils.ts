// Council kinds (DOMAIN.md "Who is who"). The display name is derived, never stored, so a rename
// of the kind's wording changes every screen and letter at once.
// `inName` is the kind as it stands before a place's name: a word ending in «ا» takes the
// ezafe «ی» («شورای اسلامی روستای اختیارآباد», never «روستا اختیارآباد»).
export const COUNCIL_KINDS = [
  { code: 'village', label: 'روستا', inName: 'روستای' },
  { code: 'district', label: 'بخش', inName: 'بخش' },
  { code: 'city', label: 'شهر', inName: 'شهر' },
  { code: 'county', label: 'شهرستان', inName: 'شهرستان' },
  { code: 'province', label: 'استان', inName: 'استان' },
] as const;

export type CouncilKind = (typeof COUNCIL_KINDS)[number]['code'];
export const COUNCIL_KIND_CODES = COUNCIL_KINDS.map((k) => k.code) as [CouncilKind, ...CouncilKind[]];

const labels = new Map<string, string>(COUNCIL_KINDS.map((k) => [k.code, k.label]));
export function councilKindLabel(kind: string): string {
  return labels.get(kind) ?? kind;
}

const inNames = new Map<string, string>(COUNCIL_KINDS.map((k) => [k.code, k.inName]));

/** «شورای اسلامی شهر کرمان», «شورای اسلامی روستای اختیارآباد» */
export function councilDisplayName(c: { kind: string; name: string }): string {
  return `شورای اسلامی ${inNames.get(c.kind) ?? c.kind} ${c.name}`;
}

/** Accepts the Persian word or the code, as an import file may have either. */
export function parseCouncilKind(s: string): CouncilKind | null {
  const t = s.trim().replace(/ي/g, 'ی').replace(/ك/g, 'ک');
  for (const k of COUNCIL_KINDS) if (k.code === t || k.label === t) return k.code;
  return null;
}
