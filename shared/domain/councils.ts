// Council kinds (DOMAIN.md "Who is who"). The display name is derived, never stored, so a rename
// of the kind's wording changes every screen and letter at once.
export const COUNCIL_KINDS = [
  { code: 'village', label: 'روستا' },
  { code: 'district', label: 'بخش' },
  { code: 'city', label: 'شهر' },
  { code: 'county', label: 'شهرستان' },
  { code: 'province', label: 'استان' },
] as const;

export type CouncilKind = (typeof COUNCIL_KINDS)[number]['code'];
export const COUNCIL_KIND_CODES = COUNCIL_KINDS.map((k) => k.code) as [CouncilKind, ...CouncilKind[]];

const labels = new Map<string, string>(COUNCIL_KINDS.map((k) => [k.code, k.label]));
export function councilKindLabel(kind: string): string {
  return labels.get(kind) ?? kind;
}

/** «شورای اسلامی شهر کرمان» */
/**
 * «شورای اسلامی شهر کرمان», «شورای اسلامی روستای اختیارآباد»: the kind is in ezafe with the
 * place's name, and a word ending in a vowel «ا» takes «ی» for it (روستا → روستای).
 */
export function councilDisplayName(c: { kind: string; name: string }): string {
  const kind = councilKindLabel(c.kind);
  return `شورای اسلامی ${kind.endsWith('ا') ? `${kind}ی` : kind} ${c.name}`;
}

/** Accepts the Persian word or the code, as an import file may have either. */
export function parseCouncilKind(s: string): CouncilKind | null {
  const t = s.trim().replace(/ي/g, 'ی').replace(/ك/g, 'ک');
  for (const k of COUNCIL_KINDS) if (k.code === t || k.label === t) return k.code;
  return null;
}
