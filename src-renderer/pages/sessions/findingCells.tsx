// The cells of the findings grid: another member's finding, and the result of an item (what the
// votes decide so far, or the ruling, with the tally in one line and the buttons that act on it).
// A system finding (silence past the member's deadline) is drawn dashed with a robot, never like a vote.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import { itemStateLabel, outcomeLabel, type SessionItem } from '../../../shared/schemas/session';
import { sessionsMessages as m } from '../../messages/sessions';
import { DecisionChip, FindingChip } from './sessionChips';

export function OtherCell({ item, memberId, counts }: { item: SessionItem; memberId: string; counts: boolean }) {
  const f = item.findings.find((x) => x.memberId === memberId);
  if (f) {
    const system = f.source === 'system';
    return (
      <FindingChip
        finding={f.finding}
        system={system}
        muted={!counts && item.state === 'pending'}
        title={system ? m.systemVote : !counts ? m.absentVote : f.note || undefined}
      />
    );
  }
  if (item.state === 'pending' && item.silenceFinal && counts) {
    return <FindingChip finding="no_conflict" system title={m.systemPending} />;
  }
  return (
    <Tooltip title={item.state === 'pending' && counts ? m.notYetRecorded : ''}>
      <Typography color="text.disabled" component="span">
        {m.noFinding}
      </Typography>
    </Tooltip>
  );
}

function Outcome({ item }: { item: SessionItem }) {
  if (item.state === 'pending') return <DecisionChip decision={item.decision} />;
  if (item.state === 'ruled' && item.outcome) {
    return (
      <Chip
        size="small"
        icon={<GavelOutlined />}
        color={item.outcome === 'objected' ? 'error' : 'success'}
        label={outcomeLabel(item.outcome)}
        data-testid="outcome"
        data-outcome={item.outcome}
      />
    );
  }
  return (
    <Tooltip title={item.note}>
      <Chip
        size="small"
        variant="outlined"
        color="warning"
        label={itemStateLabel(item.state)}
        data-testid="outcome"
        data-outcome={item.state}
      />
    </Tooltip>
  );
}

export interface ResultCellProps {
  item: SessionItem;
  /** the secretary may rule it now */
  mayRule: boolean;
  /** the chair (or the secretary) may draft the objection */
  mayDraft: boolean;
  onRule: () => void;
  onDraft: () => void;
}

export function ResultCell({ item, mayRule, mayDraft, onRule, onDraft }: ResultCellProps) {
  const t = item.tally;
  const settled = item.decision === 'compliant' || item.decision === 'objected';
  const contested = t.conflict + t.partial > 0;
  return (
    <Box sx={{ display: 'grid', gap: 0.5, justifyItems: 'start' }}>
      <Outcome item={item} />
      <Typography variant="caption" color="text.secondary" data-testid="tally" sx={{ lineHeight: 1.4 }}>
        {m.tallyLine(t.conflict + t.partial, t.noConflict + t.systemNoConflict, t.systemNoConflict, t.missing)}
      </Typography>
      {item.state === 'pending' && contested && (
        <Typography
          variant="caption"
          color={item.objection ? 'success.main' : 'warning.main'}
          data-testid="objection-state"
        >
          {item.objection ? m.objectionReady(item.objection.recordedByName) : m.objectionMissing}
        </Typography>
      )}
      {item.state === 'pending' && (mayRule || (mayDraft && contested)) && (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          {mayDraft && contested && (
            <Button size="small" startIcon={<EditNoteOutlined />} onClick={onDraft} data-testid={`draft-${item.id}`}>
              {m.draftObjection}
            </Button>
          )}
          {mayRule && (
            <Button
              size="small"
              variant="outlined"
              startIcon={<GavelOutlined />}
              disabled={!settled}
              onClick={onRule}
              sx={{ whiteSpace: 'nowrap' }}
              data-testid={`rule-${item.id}`}
            >
              {m.rule}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
