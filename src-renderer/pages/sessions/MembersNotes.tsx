// What the members wrote with their findings on one item: beside the objection form, and the
// starting reasoning of an objection no one has drafted yet.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SessionDetail, SessionItem } from '../../../shared/schemas/session';
import { sessionsMessages as m } from '../../messages/sessions';
import { FindingChip } from './sessionChips';

function notes(detail: SessionDetail, item: SessionItem) {
  const name = new Map(detail.members.map((u) => [u.id, u.fullName]));
  return item.findings
    .filter((f) => f.source === 'member' && f.note.trim())
    .map((f) => ({ who: name.get(f.memberId) ?? '', finding: f.finding, note: f.note.trim() }));
}

/** The notes of the members who found a conflict, one line each, as a reasoning to start from. */
export function membersNotesText(detail: SessionDetail, item: SessionItem): string {
  return notes(detail, item)
    .filter((n) => n.finding !== 'no_conflict')
    .map((n) => `${n.who}: ${n.note}`)
    .join('\n');
}

export function MembersNotes({ detail, item }: { detail: SessionDetail; item: SessionItem }) {
  const list = notes(detail, item);
  return (
    <Box data-testid="members-notes">
      <Typography variant="overline" color="text.secondary">
        {m.membersNotes}
      </Typography>
      {list.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {m.noNotes}
        </Typography>
      ) : (
        list.map((n, i) => (
          <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', mb: 0.75 }}>
            <FindingChip finding={n.finding} />
            <Typography variant="body2">
              <b>{n.who}:</b> {n.note}
            </Typography>
          </Box>
        ))
      )}
    </Box>
  );
}
