// تنظیمات نامه‌ها (admin): the letterhead and numbering, the signing certificate, and the
// templates — each with the live preview of the page letters will print on.
import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Letterhead } from '../../../shared/schemas/letter';
import { errorText } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { lettersMessages as m } from '../../messages/letters';
import { CertificatePanel } from './CertificatePanel';
import { LetterheadForm } from './LetterheadForm';
import { LetterPreview } from './LetterPreview';
import { TemplateEditor } from './TemplateEditor';

/** The objection letter's template on the letterhead being edited. */
function LetterheadPreview({ letterhead }: { letterhead: Letterhead | null }) {
  const templates = useCall('letters.templates', {});
  const objection = templates.data?.find((t) => t.kind === 'objection');
  const input = objection && letterhead ? { kind: objection.kind, template: objection, letterhead } : null;
  const preview = useCall('letters.previewTemplate', input);
  return (
    <Box>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {m.livePreview}
      </Typography>
      <LetterPreview html={preview.data?.html} title={m.livePreview} height={640} />
    </Box>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5, mb: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2, color: 'primary.dark' }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function LetterSettingsPage() {
  const settings = useCall('letters.settings', {});
  const [head, setHead] = useState<Letterhead | null>(null);
  const onDraftChange = useCallback((h: Letterhead) => setHead(h), []);
  if (settings.error) return <Alert severity="error">{errorText(settings.error)}</Alert>;
  if (!settings.data) return <PageSkeleton />;
  return (
    <Box data-testid="letter-settings-page">
      <PageHeader title={m.settingsTitle} subtitle={m.settingsSubtitle} />
      <Section title={m.letterhead}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '1fr 1fr' }, gap: 2 }}>
          <LetterheadForm
            key={settings.data.nextNumber + JSON.stringify(settings.data.letterhead)}
            settings={settings.data}
            onSaved={settings.reload}
            onDraftChange={onDraftChange}
          />
          <LetterheadPreview letterhead={head} />
        </Box>
      </Section>
      <Section title={m.certificate}>
        <CertificatePanel certificate={settings.data.certificate} onChanged={settings.reload} />
      </Section>
      <Section title={m.templates}>
        <TemplateEditor letterhead={head} />
      </Section>
    </Box>
  );
}
