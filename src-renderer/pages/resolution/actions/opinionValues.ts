// The opinion form's values (OpinionDialog.tsx): what the form holds, and a saved draft as values.
import type { Opinion } from '../../../../shared/schemas/review';

export interface Values {
  conclusion: string;
  reasoning: string;
  clauses: { text: string }[];
  grounds: string[];
  referenceIds: string[];
  citations: { law: string; article: string; text: string }[];
}
export const FIELDS = ['conclusion', 'reasoning', 'clauses', 'grounds', 'referenceIds', 'citations'] as const;

export function valuesOf(draft: Opinion | undefined): Values {
  return {
    conclusion: draft?.conclusion ?? '',
    reasoning: draft?.reasoning ?? '',
    clauses: (draft?.clauses.length ? draft.clauses : ['']).map((text) => ({ text })),
    grounds: draft?.grounds ?? [],
    referenceIds: draft?.referenceIds ?? [],
    citations: draft?.citations ?? [],
  };
}
