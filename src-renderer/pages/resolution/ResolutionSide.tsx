// The resolution page's side column: actions, related letters, details, attachments, and the
// citizens' complaints linked to it (shown only when there are some).
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Resolution } from '../../../shared/schemas/resolution';
import { resolutionMessages as m } from '../../messages/resolution';
import { lifecycleMessages } from '../../messages/lifecycle';
import { lettersMessages } from '../../messages/letters';
import { AttachmentList } from './AttachmentList';
import { ResolutionDetails } from './ResolutionDetails';
import { ResolutionLetters } from './ResolutionLetters';
import { ActionsPanel } from './actions/ActionsPanel';
import { ResolutionComplaints } from '../complaints/ResolutionComplaints';

export function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid={testId}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function ResolutionSide({ r }: { r: Resolution }) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Card title={lifecycleMessages.actions} testId="actions-card">
        <ActionsPanel />
      </Card>
      <ResolutionComplaints resolutionId={r.id} />
      <Card title={lettersMessages.related} testId="resolution-letters">
        <ResolutionLetters r={r} />
      </Card>
      <Card title={m.details}>
        <ResolutionDetails r={r} />
      </Card>
      <Card title={m.attachments} testId="resolution-attachments">
        <AttachmentList attachments={r.attachments} />
      </Card>
    </Box>
  );
}
