// A closed session's minutes as an official letter: the button that drafts it (for those who draft
// letters) and the minutes letters already in the register for this session.
import { useNavigate } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { useCan } from '../../app/AppInfoContext';
import { lettersMessages as m } from '../../messages/letters';
import { RelatedLetters } from '../letters/RelatedLetters';

export function SessionLetters({ sessionId, rev }: { sessionId: string; rev: number }) {
  const navigate = useNavigate();
  const can = useCan();
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="session-letters">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h2" sx={{ color: 'primary.dark', flexGrow: 1 }}>
          {m.minutesLetters}
        </Typography>
        {can('letters.createDraft') && (
          <Button
            variant="contained"
            startIcon={<PostAddOutlined />}
            onClick={() => navigate(`/letters?${new URLSearchParams({ new: 'session_minutes', session: sessionId })}`)}
            data-testid="session-minutes-letter"
          >
            {m.minutesIssue}
          </Button>
        )}
      </Box>
      <RelatedLetters
        filter={{ sessionId, kind: 'session_minutes' }}
        reloadKey={`${sessionId}:${rev}`}
        empty={m.minutesEmpty}
        testId="session-letter-list"
      />
    </Paper>
  );
}
