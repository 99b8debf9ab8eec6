// The findings grid: agenda items × members. A member sets their own finding in their column; the
// secretary rules an item whose result is settled, or the uncontested ones as one block. A system
// finding (silence past the member's deadline) is drawn dashed with a robot, never like a vote.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import StarOutlined from '@mui/icons-material/StarOutlined';
import { itemStateLabel, outcomeLabel, type SessionDetail, type SessionItem } from '../../../shared/schemas/session';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useNotify } from '../../app/Notifier';
import { toFa } from '../../format/fa';
import { sessionsMessages as m } from '../../messages/sessions';
import { common } from '../../messages/common';
import { CountdownChip } from '../desk/CountdownChip';
import { ConfirmDialog } from './ConfirmDialog';
import { MyFindingCell } from './MyFindingCell';
import { DecisionChip, FindingChip } from './sessionChips';

export interface FindingsGridProps {
  detail: SessionDetail;
  /** the signed-in member, who votes in their own column */
  meId: string | null;
  /** the secretary, with the session open and its day reached */
  mayRule: boolean;
  onChange: (d: SessionDetail) => void;
}

function OtherCell({ item, memberId, counts }: { item: SessionItem; memberId: string; counts: boolean }) {
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
    <Typography color="text.disabled" component="span">
      {m.noFinding}
    </Typography>
  );
}

function TallyCell({ item }: { item: SessionItem }) {
  const t = item.tally;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }} data-testid="tally">
      <Typography variant="body2" color={t.conflict + t.partial ? 'error.main' : 'text.secondary'}>
        {m.tallyAgainst(t.conflict + t.partial)}
      </Typography>
      <Typography variant="body2" color={t.noConflict + t.systemNoConflict ? 'success.main' : 'text.secondary'}>
        {m.tallyInFavour(t.noConflict + t.systemNoConflict, t.systemNoConflict)}
      </Typography>
      {t.missing > 0 && (
        <Typography variant="caption" color="text.secondary">
          {m.missing(t.missing)}
        </Typography>
      )}
    </Box>
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

export function FindingsGrid({ detail, meId, mayRule, onChange }: FindingsGridProps) {
  const notify = useNotify();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirmBlock, setConfirmBlock] = useState(false);
  const { members, items, quorum, session } = detail;
  const open = session.status === 'scheduled';
  const voters = new Set(members.filter((u) => (quorum.recorded ? u.present : true)).map((u) => u.id));
  const block = items.filter((i) => i.state === 'pending' && i.uncontested);

  const act = async (key: string, run: () => Promise<SessionDetail>, done: string) => {
    setBusy(key);
    setError(null);
    try {
      onChange(await run());
      notify(done);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="findings">
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 1.5 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark' }}>
            {m.findings}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {!open ? m.findingsClosedHint : meId ? m.myFindingsHint : m.findingsHint}
          </Typography>
        </Box>
        {mayRule && quorum.met && (
          <Tooltip title={m.ruleBlockHint}>
            <span>
              <Button
                variant="contained"
                color="success"
                startIcon={<DoneAllOutlined />}
                disabled={block.length === 0 || busy !== null}
                onClick={() => setConfirmBlock(true)}
                data-testid="rule-block"
              >
                {m.ruleBlock(block.length)}
              </Button>
            </span>
          </Tooltip>
        )}
      </Box>
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }} data-testid="findings-error" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {items.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {m.agendaEmpty}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 32 }}>#</TableCell>
                <TableCell sx={{ minWidth: 220 }}>{m.item}</TableCell>
                {members.map((u) => (
                  <TableCell
                    key={u.id}
                    align="center"
                    sx={{ minWidth: u.id === meId ? 200 : 120, bgcolor: u.id === meId ? 'action.hover' : undefined }}
                  >
                    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                      {u.isChair && <StarOutlined fontSize="inherit" color="warning" titleAccess={m.chair} />}
                      <span>{u.fullName}</span>
                    </Box>
                    {quorum.recorded && (
                      <Typography variant="caption" component="p" color={u.present ? 'success.main' : 'text.disabled'}>
                        {u.present ? m.present : m.absent}
                      </Typography>
                    )}
                  </TableCell>
                ))}
                <TableCell sx={{ minWidth: 150 }}>{m.tally}</TableCell>
                <TableCell sx={{ minWidth: 130 }}>{m.decision}</TableCell>
                {mayRule && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item, index) => {
                const settled = item.decision === 'compliant' || item.decision === 'objected';
                return (
                  <TableRow key={item.id} data-testid={`item-${item.id}`} data-state={item.state} hover>
                    <TableCell sx={{ fontWeight: 700, color: 'text.secondary' }}>{toFa(index + 1)}</TableCell>
                    <TableCell>
                      <Link
                        component={RouterLink}
                        to={`/resolutions/${encodeURIComponent(item.resolutionId)}`}
                        underline="hover"
                        variant="body2"
                        sx={{ fontWeight: 600 }}
                      >
                        {item.title}
                      </Link>
                      <Typography variant="caption" color="text.secondary" component="p">
                        {item.councilDisplayName} · {toFa(item.councilResolutionNumber)}
                      </Typography>
                      {item.state === 'pending' && (
                        <Box sx={{ mt: 0.5 }}>
                          <CountdownChip
                            daysLeft={item.daysLeft}
                            text={item.countdownFa}
                            date={item.findingDeadline}
                            label={m.findingDeadline}
                          />
                        </Box>
                      )}
                    </TableCell>
                    {members.map((u) => (
                      <TableCell key={u.id} align="center" sx={{ bgcolor: u.id === meId ? 'action.hover' : undefined }}>
                        {u.id === meId && open && item.state === 'pending' ? (
                          <MyFindingCell item={item} memberId={u.id} onChange={onChange} />
                        ) : (
                          <OtherCell item={item} memberId={u.id} counts={voters.has(u.id)} />
                        )}
                      </TableCell>
                    ))}
                    <TableCell>
                      <TallyCell item={item} />
                    </TableCell>
                    <TableCell>
                      <Outcome item={item} />
                    </TableCell>
                    {mayRule && (
                      <TableCell>
                        {item.state === 'pending' && quorum.met && (
                          <Button
                            size="small"
                            variant="outlined"
                            startIcon={<GavelOutlined />}
                            disabled={!settled || busy !== null}
                            onClick={() =>
                              void act(
                                item.id,
                                () => call('sessions.ruleItem', { id: session.id, itemId: item.id }),
                                m.ruleDone,
                              )
                            }
                            data-testid={`rule-${item.id}`}
                          >
                            {m.rule}
                          </Button>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {confirmBlock && (
        <ConfirmDialog
          title={m.ruleBlockTitle}
          confirmLabel={m.confirm}
          cancelLabel={common.cancel}
          busy={busy === 'block'}
          testId="rule-block-dialog"
          confirmTestId="rule-block-confirm"
          onClose={() => setConfirmBlock(false)}
          onConfirm={() =>
            void act('block', () => call('sessions.ruleBlock', { id: session.id }), m.ruleBlockDone(block.length)).then(
              () => setConfirmBlock(false),
            )
          }
        >
          <Typography sx={{ mb: 1 }}>{m.ruleBlockBody(block.length)}</Typography>
          <Box component="ul" sx={{ m: 0, pr: 2.5 }}>
            {block.map((i) => (
              <li key={i.id}>
                <Typography variant="body2">{i.title}</Typography>
              </li>
            ))}
          </Box>
        </ConfirmDialog>
      )}
    </Paper>
  );
}
