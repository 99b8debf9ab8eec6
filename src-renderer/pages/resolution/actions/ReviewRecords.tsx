// «بررسی و رأی»: the submitted expert opinions, the panel's rulings (a correction shown with the
// ruling it corrects) and what passed between the secretariat, the council, the dispute board
// and the court.
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { objectionGroundLabel, opinionConclusionLabel } from '../../../../shared/domain/objectionGrounds';
import { disputeBoardLevelLabel } from '../../../../shared/domain/disputeBoards';
import type { Opinion } from '../../../../shared/schemas/review';
import type { Ruling } from '../../../../shared/schemas/ruling';
import { dateFa, instantFa, toFa } from '../../../format/fa';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Box data-testid={testId} sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="subtitle2" color="text.secondary">
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Quote({ children }: { children: ReactNode }) {
  return (
    <Typography
      component="blockquote"
      variant="body2"
      sx={{
        m: 0,
        px: 1.5,
        py: 0.75,
        borderInlineStart: 3,
        borderColor: 'divider',
        bgcolor: 'action.hover',
        whiteSpace: 'pre-wrap',
      }}
    >
      {children}
    </Typography>
  );
}

function Citations({ grounds, referenceIds }: { grounds: readonly string[]; referenceIds: readonly string[] }) {
  const { references } = useLifecycle();
  return (
    <>
      {grounds.length > 0 && (
        <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
          {grounds.map((g) => (
            <Chip key={g} size="small" label={objectionGroundLabel(g)} color="error" variant="outlined" />
          ))}
        </Box>
      )}
      {referenceIds.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.25 }}>
          {referenceIds.map((id) => (
            <Typography component="li" variant="body2" key={id}>
              {references.find((x) => x.id === id)?.text ?? id}
            </Typography>
          ))}
        </Box>
      )}
    </>
  );
}

function OpinionView({ o }: { o: Opinion }) {
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

function RulingView({ x }: { x: Ruling }) {
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

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}:{' '}
      </Box>
      {children}
    </Typography>
  );
}

function Correspondence() {
  const { records } = useLifecycle();
  if (!records) return null;
  const { letters, answers, referrals, courtRulings, amendedById } = records;
  if (!letters.length && !answers.length && !referrals.length && !courtRulings.length) return null;
  return (
    <Section title={m.correspondence} testId="correspondence">
      {letters.map((l) => (
        <Box key={l.id} data-testid={`letter-${l.kind}`}>
          <Row label={l.kind === 'objection' ? m.objectionLetter : m.complianceNotice}>
            {m.letterLine(toFa(l.outgoingNumber), dateFa(l.letterDate))}
          </Row>
          {l.councilReceivedDate && <Row label={m.receivedDate}>{dateFa(l.councilReceivedDate)}</Row>}
        </Box>
      ))}
      {records.councilAnswerDeadline && !answers.length && (
        <Row label={m.councilAnswerDeadline}>{dateFa(records.councilAnswerDeadline)}</Row>
      )}
      {answers.map((a) => (
        <Box key={a.id} data-testid="council-answer">
          <Row label={m.answer}>
            <b>{m.answers[a.answer]}</b> — {dateFa(a.answerDate)}
            {a.answerNumber && ` (${toFa(a.answerNumber)})`}
          </Row>
          {a.note && <Quote>{a.note}</Quote>}
        </Box>
      ))}
      {amendedById && (
        <Link component={RouterLink} to={`/resolutions/${encodeURIComponent(amendedById)}`} data-testid="amended-by">
          {m.amendedBy} — {m.viewAmended}
        </Link>
      )}
      {referrals.map((f) => (
        <Box key={f.id} data-testid="board-referral">
          <Row label={m.referral}>
            {f.boardName} ({disputeBoardLevelLabel(f.boardLevel)}) — {dateFa(f.referralDate)}،{' '}
            {m.referralCause[f.cause]}
          </Row>
          {f.decision && (
            <Row label={m.decision}>
              <b>{m.decisions[f.decision]}</b> — {toFa(f.decisionNumber ?? '')} {dateFa(f.decisionDate)}
            </Row>
          )}
        </Box>
      ))}
      {courtRulings.map((c) => (
        <Row key={c.id} label={m.court}>
          {toFa(c.rulingNumber)} — {dateFa(c.rulingDate)} {c.note && `· ${c.note}`}
        </Row>
      ))}
    </Section>
  );
}

/** The «بررسی و رأی» card; nothing until there is something to show. */
export function ReviewRecords() {
  const { review, records } = useLifecycle();
  const opinions = review?.opinions.filter((o) => o.status === 'submitted') ?? [];
  const rulings = records?.rulings ?? [];
  const corresponded = Boolean(
    records &&
    (records.letters.length || records.answers.length || records.referrals.length || records.courtRulings.length),
  );
  const parts: ReactNode[] = [];
  if (opinions.length)
    parts.push(
      <Section key="opinions" title={m.opinions} testId="opinions">
        {opinions.map((o) => (
          <OpinionView key={o.id} o={o} />
        ))}
      </Section>,
    );
  if (rulings.length)
    parts.push(
      <Section key="rulings" title={m.rulings} testId="rulings">
        {rulings.map((x) => (
          <RulingView key={x.id} x={x} />
        ))}
      </Section>,
    );
  if (corresponded) parts.push(<Correspondence key="correspondence" />);
  if (!parts.length) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="review-records">
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {m.reviewAndRulings}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2.5 }}>
        {parts.map((p, i) => (
          <Box key={i} sx={{ display: 'grid', gap: 2.5 }}>
            {i > 0 && <Divider />}
            {p}
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
