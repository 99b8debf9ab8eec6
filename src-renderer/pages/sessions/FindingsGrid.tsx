// The findings grid: agenda items × members, then each item's result. A member sets their own
// finding in their column; the secretary rules an item whose result is settled (a dialog says what
// will be recorded, and takes an objection's clause, grounds and citations), or the uncontested
// ones as one block; the chair drafts the panel's objection. At 1366 px the result column stays
// in view: members' columns are narrow, and the result column is pinned to the row's end.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import StarOutlined from '@mui/icons-material/StarOutlined';
import type { SessionDetail, SessionItem } from '../../../shared/schemas/session';
import { sessionsMessages as m } from '../../messages/sessions';
import { FindingsRow, STICKY_END } from './FindingsRow';
import { BlockRuling } from './BlockRuling';
import { FindingsCards } from './FindingsCards';
import { usePhoneScreen } from '../../components/useScreen';

export interface FindingsGridProps {
  detail: SessionDetail;
  /** the signed-in member, who votes in their own column */
  meId: string | null;
  /** the secretary, with the session open and its day reached */
  mayRule: boolean;
  /** the chair or the secretary: may draft the panel's objection */
  mayDraft: boolean;
  onChange: (d: SessionDetail) => void;
  onRule: (item: SessionItem) => void;
  onDraft: (item: SessionItem) => void;
}

export function FindingsGrid({ detail, meId, mayRule, mayDraft, onChange, onRule, onDraft }: FindingsGridProps) {
  const [error, setError] = useState<string | null>(null);
  const { members, items, quorum, session } = detail;
  const open = session.status === 'scheduled';
  const voters = new Set(members.filter((u) => (quorum.recorded ? u.present : true)).map((u) => u.id));
  const absentMe = meId !== null && quorum.recorded && !voters.has(meId);
  const phone = usePhoneScreen();

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
        {mayRule && quorum.met && <BlockRuling detail={detail} onChange={onChange} onError={setError} />}
      </Box>
      {absentMe && open && (
        <Alert severity="info" sx={{ mb: 1.5 }} data-testid="absent-me">
          {m.absentMe}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }} data-testid="findings-error" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {items.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {m.agendaEmpty}
        </Typography>
      ) : phone ? (
        <FindingsCards {...{ detail, meId, voters, mayRule, mayDraft, onChange, onRule, onDraft }} />
      ) : (
        <TableContainer data-testid="findings-table">
          <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 28 }}>#</TableCell>
                <TableCell sx={{ minWidth: 170 }}>{m.item}</TableCell>
                {members.map((u) => (
                  <TableCell
                    key={u.id}
                    align="center"
                    sx={{ minWidth: 88, bgcolor: u.id === meId ? 'action.hover' : undefined }}
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
                <TableCell sx={{ ...STICKY_END, minWidth: 150 }}>{m.decision}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item, index) => (
                <FindingsRow
                  key={item.id}
                  detail={detail}
                  item={item}
                  index={index}
                  meId={meId}
                  voters={voters}
                  mayRule={mayRule}
                  mayDraft={mayDraft}
                  onChange={onChange}
                  onRule={onRule}
                  onDraft={onDraft}
                />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
