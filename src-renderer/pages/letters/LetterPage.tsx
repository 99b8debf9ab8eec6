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
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import { letterKindLabel, letterStatusLabel } from '../../../shared/letters/kinds';
import { ApiError, call } from '../../api/client';
import { errorText, isNotFound } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { useCan } from '../../app/AppInfoContext';
import { useNotify } from '../../app/Notifier';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { toFa } from '../../format/fa';
import { lettersMessages as m } from '../../messages/letters';
import { common } from '../../messages/common';
import { ConfirmDialog } from '../sessions/ConfirmDialog';
import { IssueDialog, VoidDialog } from './LetterDialogs';
import { draftFieldsOf, LetterEditor, type DraftFields } from './LetterEditor';
import { LetterDocxButton } from './LetterDocxButton';
import { LetterFacts } from './LetterFacts';
import { LetterPreview } from './LetterPreview';
import { printLetter, savePdf } from './printing';

type Dialog = 'issue' | 'void' | 'discard' | null;

export function LetterPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const can = useCan();
  const letter = useCall('letters.get', { id });
  const preview = useCall('letters.preview', { id });
  const settings = useCall('letters.settings', {});
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);

  const l = letter.data;
  useEffect(() => {
    if (l) setFields(draftFieldsOf(l));
  }, [l]);
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
  const refresh = () => {
    letter.reload();
    preview.reload();
  };
  const act = async (job: () => Promise<void>) => {
    setBusy(true);
    setDialogError(null);
    try {
      await job();
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      if (dialog) setDialogError(errorText(e));
      else notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setErrors({});
    await call('letters.updateDraft', {
      id: l.id,
      rev: l.rev,
      ...fields,
      copies: fields.copies
        .split('\n')
        .map((c) => c.trim())
        .filter(Boolean),
    });
  };

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
        actions={
          <>
            <Button onClick={() => navigate('/letters')}>{m.backToRegister}</Button>
            {isDraft && can('letters.updateDraft') && (
              <>
                <Button color="error" startIcon={<DeleteOutlined />} onClick={() => setDialog('discard')}>
                  {m.discard}
                </Button>
                <Button
                  variant="outlined"
                  startIcon={<SaveOutlined />}
                  disabled={!dirty || busy}
                  data-testid="letter-save"
                  onClick={() =>
                    act(async () => {
                      await save();
                      notify(m.saved);
                      refresh();
                    })
                  }
                >
                  {m.saveDraft}
                </Button>
                <Button
                  variant="contained"
                  startIcon={<SendOutlined />}
                  onClick={() => setDialog('issue')}
                  data-testid="letter-issue"
                >
                  {m.issue}
                </Button>
              </>
            )}
            {!isDraft && (
              <Button
                startIcon={<PictureAsPdfOutlined />}
                onClick={() => act(async () => savePdf(await call('letters.pdf', { id: l.id })))}
                data-testid="letter-save-pdf"
              >
                {m.savePdf}
              </Button>
            )}
            {l.status === 'issued' && <LetterDocxButton letterId={l.id} />}
            {l.status === 'issued' && can('letters.print') && (
              <>
                <Button
                  color="error"
                  startIcon={<BlockOutlined />}
                  onClick={() => setDialog('void')}
                  data-testid="letter-void"
                >
                  {m.void}
                </Button>
                <Button
                  variant="contained"
                  startIcon={<PrintOutlined />}
                  disabled={busy}
                  data-testid="letter-print"
                  onClick={() =>
                    act(async () => {
                      const printed = await printLetter(l.id);
                      if (printed === 'blocked') notify(m.popupBlocked, 'warning');
                      else if (printed === 'closed') notify(m.printWindowClosed, 'warning');
                      else if (printed === 'none') notify(m.printNotTaken, 'warning');
                      else notify(printed === 'copy' ? m.printedCopy : m.printed);
                      refresh();
                    })
                  }
                >
                  {l.printCount > 0 ? m.printCopy : m.print}
                </Button>
              </>
            )}
          </>
        }
      />
      {l.status === 'voided' && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {`${m.factVoid}: ${l.voidReason ?? ''}`}
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(380px, 5fr) 7fr' },
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
      {dialog === 'issue' && (
        <IssueDialog
          certificate={settings.data?.certificate ?? null}
          unsaved={dirty}
          busy={busy}
          error={dialogError}
          onClose={() => setDialog(null)}
          onIssue={(opts) =>
            act(async () => {
              if (dirty) await save();
              const out = await call('letters.issue', { id: l.id, ...opts });
              setDialog(null);
              notify(m.issued(toFa(out.letter.number ?? '')));
              if (out.lifecycleMessage) notify(out.lifecycleMessage, 'warning');
              refresh();
            })
          }
        />
      )}
      {dialog === 'void' && (
        <VoidDialog
          busy={busy}
          error={dialogError}
          onClose={() => setDialog(null)}
          onVoid={(reason) =>
            act(async () => {
              await call('letters.void', { id: l.id, reason });
              setDialog(null);
              notify(m.voided);
              refresh();
            })
          }
        />
      )}
      {dialog === 'discard' && (
        <ConfirmDialog
          title={m.discard}
          confirmLabel={m.discard}
          cancelLabel={common.cancel}
          color="error"
          busy={busy}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            act(async () => {
              await call('letters.discardDraft', { id: l.id });
              notify(m.discarded);
              navigate('/letters');
            })
          }
        >
          {m.discardConfirm}
        </ConfirmDialog>
      )}
    </Box>
  );
}
