// The entries of «تاریخچه» (Timeline.tsx): the resolution's audit events, newest first, the events
// one action wrote together (the ruling, then the state change it caused) made one entry.
import type { HistoryEvent } from '../../../shared/schemas/audit';
import { categoryLabel } from '../../../shared/domain/categories';
import { dateFa } from '../../format/fa';
import { registrationMessages as rm } from '../../messages/registration';
import { actionLabel } from '../../messages/lifecycle';

export interface Entry {
  id: string;
  at: string;
  actorName: string;
  title: string;
  details: string[];
  /** a correction's earlier and new values, one line each */
  changes: string[];
  reason: string | null;
  system: boolean;
}

const HIDDEN = new Set(['opinion_draft']);

/** «تاریخ وصول: ۱۴۰۵/۰۸/۲۴ ← ۱۴۰۵/۰۸/۲۷» for each field a correction changed. */
function correctionLines(e: HistoryEvent): string[] {
  const before = JSON.parse(e.before ?? '{}') as Record<string, string | null>;
  const after = JSON.parse(e.after ?? '{}') as Record<string, string | null>;
  const show = (k: string, v: string | null) =>
    v === null ? '—' : /Date$|Deadline$/.test(k) ? dateFa(v) : k === 'category' ? categoryLabel(v) : v;
  return Object.keys(rm.fields)
    .filter((k) => k in after && before[k] !== after[k])
    .map((k) =>
      k === 'councilId' ? rm.changed(rm.fields[k]) : rm.change(rm.fields[k], show(k, before[k]), show(k, after[k])),
    );
}
/** the events of one action are written in one transaction, milliseconds apart */
const SAME_ACTION_MS = 5_000;

export function groupEvents(events: readonly HistoryEvent[]): Entry[] {
  const entries: Entry[] = [];
  let group: HistoryEvent[] = [];
  const flush = () => {
    if (!group.length) return;
    const main = group.find((e) => e.entity === 'resolution') ?? group[0];
    const title = actionLabel(main.action, main.entity);
    const details = [...new Set(group.filter((e) => e !== main).map((e) => actionLabel(e.action, e.entity)))].filter(
      (d) => d !== title,
    );
    entries.push({
      id: main.id,
      at: main.at,
      actorName: main.actorName,
      title,
      details,
      changes: main.action === 'correct_registration' ? correctionLines(main) : [],
      reason: group.map((e) => e.reason).find((x) => x) ?? null,
      system: main.actorId === 'system',
    });
    group = [];
  };
  for (const e of events) {
    if (HIDDEN.has(e.action)) continue;
    const prev = group[group.length - 1];
    if (prev && (prev.actorId !== e.actorId || Date.parse(e.at) - Date.parse(prev.at) > SAME_ACTION_MS)) flush();
    group.push(e);
    // an action writes its records first and the resolution's change last, which closes it
    if (e.entity === 'resolution') flush();
  }
  flush();
  return entries.reverse();
}
