// One letter. A draft is edited beside its preview and then issued; an issued letter is shown as
// it prints, with what the register records about it, and can be printed (a reprint is marked
// المثنی), saved as PDF or as an editable Word file, or voided.
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import { letterKindLabel, letterStatusLabel } from '../../../shared/letters/kinds';
import { errorText, isNotFound } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { LetterActions, type LetterDialog } from './LetterActions';
import { LetterPageDialogs } from './LetterPageDialogs';
import { draftFieldsOf, LetterEditor, type DraftFields } from './LetterEditor';
import { LetterFacts } from './LetterFacts';
import { LetterPreview } from './LetterPreview';
import { useLetterOps } from './useLetterOps';

export function LetterPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const letter = useCall('letters.get', { id });
  const preview = useCall('letters.preview', { id });
  const settings = useCall('letters.settings', {});
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<LetterDialog>(null);

  const l = letter.data;
  useEffect(() => {
    if (l) setFields(draftFieldsOf(l));
  }, [l]);
  const { busy, dialogError, act, save, refresh } = useLetterOps({ letter, preview, dialog, setErrors });
  const dirty = Boolean(l && fields && JSON.stringify(fields) !== JSON.stringify(draftFieldsOf(l)));

  if (letter.error && isNotFound(letter.error)) {
    return (
      <EmptyState
        icon={<DescriptionOutlined />}
        title={m.notFoundTitle}
        body={m.notFoundBody}
        action={
          <Button variant="contained" onClick={() => navigate('/letters')}>
            {m.backToRegister}
          </Button>
        }
      />
    );
  }
  if (letter.error) return <Alert severity="error">{errorText(letter.error)}</Alert>;
  if (!l || !fields || l.id !== id) return <PageSkeleton testId="letter-loading" />;

  const isDraft = l.status === 'draft';
  const ops = { l, dirty, busy, setDialog, act, save: () => save(l, fields), refresh };

  const title = isDraft ? m.draftTitle(letterKindLabel(l.kind)) : m.letterTitle(toFa(l.number ?? ''));
  return (
    <Box data-testid="letter-page">
      <PageHeader
        title={title}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
            <Chip
              size="small"
              label={letterStatusLabel(l.status)}
              color={l.status === 'issued' ? 'success' : l.status === 'voided' ? 'error' : 'default'}
            />
            {l.subject}
          </Box>
        }
        actions={<LetterActions {...ops} />}
      />
      {l.status === 'voided' && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {`${m.factVoid}: ${l.voidReason ?? ''}`}
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(380px, 5fr) 7fr' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          {isDraft ? (
            <LetterEditor
              value={fields}
              onChange={setFields}
              errors={errors}
              disabled={busy || !can('letters.updateDraft')}
            />
          ) : (
            <>
              <Typography variant="subtitle1" component="h2" sx={{ mb: 1.5, color: 'primary.dark' }}>
                {m.facts}
              </Typography>
              <LetterFacts letter={l} />
            </>
          )}
        </Paper>
        <Paper variant="outlined" sx={{ p: 1.5 }}>
          <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
            {m.preview}
            {dirty && ` — ${m.unsavedLeave}`}
          </Typography>
          <LetterPreview html={preview.data?.html} title={title} />
        </Paper>
      </Box>
      <LetterPageDialogs
        dialog={dialog}
        error={dialogError}
        certificate={settings.data?.certificate ?? null}
        {...ops}
      />
    </Box>
  );
}
