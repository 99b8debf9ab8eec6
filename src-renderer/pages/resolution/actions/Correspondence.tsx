// What passed between the secretariat, the council, the dispute board and the court, in the
// «بررسی و رأی» card (ReviewRecords.tsx).
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { disputeBoardLevelLabel } from '../../../../shared/domain/disputeBoards';
import { dateFa, instantFa, toFa } from '../../../format/fa';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { useLifecycle } from './LifecycleContext';
import { Quote, Row, Section } from './recordParts';

export function Correspondence() {
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
          {l.portal && (
            <Row label={m.portalDelivery}>
              <span data-testid="portal-delivery">
                {l.portal.openedAt
                  ? m.portalOpened(instantFa(l.portal.postedAt), instantFa(l.portal.openedAt))
                  : m.portalUnopened(instantFa(l.portal.postedAt), instantFa(l.portal.deemedAt))}
              </span>
            </Row>
          )}
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
