// A submitted expert opinion and a panel ruling as the «بررسی و رأی» card shows them
// (ReviewRecords.tsx); a corrected ruling is dimmed, a correction names the ruling it corrects.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { opinionConclusionLabel } from '../../../../shared/domain/objectionGrounds';
import type { Opinion } from '../../../../shared/schemas/review';
import type { Ruling } from '../../../../shared/schemas/ruling';
import { instantFa, toFa } from '../../../format/fa';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { Citations, Quote } from './recordParts';

export function OpinionView({ o }: { o: Opinion }) {
  return (
    <Box data-testid="opinion" sx={{ display: 'grid', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>{o.expertName}</Typography>
        {o.conclusion && (
          <Chip
            size="small"
            label={opinionConclusionLabel(o.conclusion)}
            color={o.conclusion === 'no_conflict' ? 'success' : 'error'}
          />
        )}
        {o.status === 'draft' && <Chip size="small" label={m.draft} variant="outlined" />}
        <Typography variant="caption" color="text.secondary">
          {instantFa(o.submittedAt ?? o.updatedAt)}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.9 }}>
        {o.reasoning}
      </Typography>
      {o.clauses.map((c, i) => (
        <Quote key={i}>{c}</Quote>
      ))}
      <Citations grounds={o.grounds} referenceIds={o.referenceIds} />
    </Box>
  );
}

export function RulingView({ x }: { x: Ruling }) {
  const v = x.votes;
  return (
    <Box
      data-testid="ruling"
      data-outcome={x.outcome}
      sx={{ display: 'grid', gap: 1, opacity: x.correctedById ? 0.6 : 1 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Chip size="small" label={m.outcome[x.outcome]} color={x.outcome === 'compliant' ? 'success' : 'error'} />
        <Typography variant="caption" color="text.secondary">
          {instantFa(x.recordedAt)} · {m.by(x.recordedByName)}
        </Typography>
      </Box>
      {v && (
        <Typography variant="body2" color="text.secondary">
          {m.votes(toFa(v.conflict), toFa(v.partial), toFa(v.noConflict), toFa(v.systemNoConflict))}
        </Typography>
      )}
      {x.correctsId && <Typography variant="body2">{m.correctsNote(x.correctionReason ?? '')}</Typography>}
      {x.correctedById && (
        <Typography variant="body2" color="warning.main">
          {m.correctedNote}
        </Typography>
      )}
      {x.objection && (
        <>
          <Quote>{x.objection.clause}</Quote>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {x.objection.reasoning}
          </Typography>
          <Citations grounds={x.objection.grounds} referenceIds={x.objection.referenceIds} />
        </>
      )}
    </Box>
  );
}
