// Chains of transitions through the lifecycle table. An office that worked offline pushes the
// state a record reached, not every step on the way (its outbox holds one entry per record), so
// the server looks for a chain from its state to the pushed one (received → compliant through the
// panel and a ruling) and refuses a change with none (enforceable → received, anything out of
// withdrawn); statusEvidence.ts then asks each step's record of the chain it takes.
import { TRANSITIONS, TRANSITION_NAMES, type TransitionName } from '../lifecycle/machine';
import { STATUS_CODES, statusLabel, type StatusCode } from '../domain/statuses';

type Edge = { name: TransitionName; to: StatusCode };

/** The lifecycle table as edges out of each state. */
export const EDGES = new Map<StatusCode, Edge[]>();
for (const name of TRANSITION_NAMES) {
  const def = TRANSITIONS[name];
  for (const from of def.from) {
    const list = EDGES.get(from) ?? [];
    list.push({ name, to: def.to });
    EDGES.set(from, list);
  }
}

/** The shortest chain of transitions from `from` to `to` (each step one `allowed`), or null when the table has none. */
export function transitionPath(
  from: StatusCode,
  to: StatusCode,
  allowed: (name: TransitionName) => boolean = () => true,
): TransitionName[] | null {
  if (from === to) return [];
  const seen = new Set<StatusCode>([from]);
  let frontier: { state: StatusCode; path: TransitionName[] }[] = [{ state: from, path: [] }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { state, path } of frontier) {
      for (const e of EDGES.get(state) ?? []) {
        if (!allowed(e.name)) continue;
        if (e.to === to) return [...path, e.name];
        if (!seen.has(e.to)) {
          seen.add(e.to);
          next.push({ state: e.to, path: [...path, e.name] });
        }
      }
    }
    frontier = next;
  }
  return null;
}

export type StatusChangeCheck = { ok: true; path: TransitionName[] } | { ok: false; reason: string };

/** May a record the server holds in `from` be pushed in `to`? Untyped input gets a refusal. */
export function checkStatusChange(from: unknown, to: unknown): StatusChangeCheck {
  const known = (s: unknown): s is StatusCode => typeof s === 'string' && (STATUS_CODES as string[]).includes(s);
  if (!known(from) || !known(to)) return { ok: false, reason: 'وضعیت مصوبه نامعتبر است.' };
  const path = transitionPath(from, to);
  if (path) return { ok: true, path };
  return {
    ok: false,
    reason: `تغییر وضعیت مصوبه از «${statusLabel(from)}» به «${statusLabel(to)}» در فرایند رسیدگی مجاز نیست.`,
  };
}
