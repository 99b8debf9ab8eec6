// «تاریخچه»: the resolution's audit events (audit.history) as a timeline, newest first. Events one
// action wrote together (the ruling, then the state change it caused) are one entry: the state
// change names it, the records it wrote are listed under it. Drafts of an opinion stay out.
import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { HistoryEvent } from '../../../shared/schemas/audit';
import { useCall } from '../../api/useCall';
import { errorText } from '../../api/errorText';
import { dateFa, instantFa } from '../../format/fa';
import { categoryLabel } from '../../../shared/domain/categories';
import { registrationMessages as rm } from '../../messages/registration';
import { actionLabel, lifecycleMessages as m } from '../../messages/lifecycle';

interface Entry {
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

export function Timeline({ resolutionId, rev }: { resolutionId: string; rev: number }) {
  const history = useCall('audit.history', { resolutionId }, `${resolutionId}:${rev}`);
  const entries = useMemo(() => groupEvents(history.data ?? []), [history.data]);
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="timeline">
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {m.timeline}
      </Typography>
      {history.error ? (
        <Alert severity="error">{errorText(history.error)}</Alert>
      ) : !history.data ? (
        <Skeleton variant="rounded" height={96} />
      ) : entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {m.timelineEmpty}
        </Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {entries.map((e, i) => (
            <Box
              component="li"
              key={e.id}
              data-testid="timeline-event"
              sx={{ position: 'relative', pl: 3, pb: i === entries.length - 1 ? 0 : 2 }}
            >
              {/* the rail and its dot */}
              <Box
                sx={{
                  position: 'absolute',
                  insetInlineStart: 5,
                  top: 6,
                  bottom: i === entries.length - 1 ? 'auto' : -6,
                  height: i === entries.length - 1 ? 0 : 'auto',
                  borderInlineStart: 2,
                  borderColor: 'divider',
                }}
              />
              <Box
                sx={{
                  position: 'absolute',
                  insetInlineStart: 0,
                  top: 5,
                  width: 12,
                  height: 12,
                  borderRadius: '50%',
                  bgcolor: e.system ? 'warning.main' : i === 0 ? 'primary.main' : 'grey.400',
                }}
              />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {e.title}
              </Typography>
              {e.details.length > 0 && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {e.details.join('، ')}
                </Typography>
              )}
              {e.changes.map((c) => (
                <Typography key={c} variant="caption" component="div" data-testid="timeline-change">
                  {c}
                </Typography>
              ))}
              <Typography variant="caption" color="text.secondary" component="div">
                {e.actorName} · {instantFa(e.at)}
              </Typography>
              {e.reason && (
                <Typography variant="body2" sx={{ mt: 0.5 }} color="text.secondary">
                  {m.reason}: {e.reason}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
