// The signed-in member's private notes on a session page: the session's own, then one per agenda
// item, each folded until opened. Mounted only for members.
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import type { SessionDetail } from '../../../shared/schemas/session';
import { toFa } from '../../format/fa';
import { membersMessages as m } from '../../messages/members';
import { NoteField } from './NoteField';

export function MyNotesPanel({ detail }: { detail: SessionDetail }) {
  const items = detail.items.filter((i) => i.state !== 'removed');
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} data-testid="my-notes-panel">
      <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark' }}>
        {m.notesPanel}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {m.notesHint}
      </Typography>
      <NoteField sessionId={detail.session.id} itemId={null} label={m.sessionNote} />
      {items.map((item, n) => (
        <Accordion key={item.id} disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }}>
          <AccordionSummary expandIcon={<ExpandMore />} sx={{ minHeight: 48 }} data-testid={`notes-item-${item.id}`}>
            <Typography>
              {toFa(n + 1)}. {item.title}
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <NoteField sessionId={detail.session.id} itemId={item.id} label={m.myNote} />
          </AccordionDetails>
        </Accordion>
      ))}
    </Paper>
  );
}
