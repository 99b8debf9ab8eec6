// The letter templates, one per kind: the admin edits the lines and the formatted body, inserting
// the fields of that kind by their Persian names («[شمارهٔ مصوبه]»); the preview beside it is the
// core's page for the template, filled with sample values and drawn on the letterhead being edited.
import { useEffect, useMemo, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { LETTER_FIELDS } from '../../../shared/letters/fields';
import { LETTER_KINDS, type LetterKind } from '../../../shared/letters/kinds';
import type { Letterhead } from '../../../shared/schemas/letter';
import { ApiError, call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { useCall } from '../../api/useCall';
import { useNotify } from '../../app/Notifier';
import { lettersMessages as m } from '../../messages/letters';
import { BodyEditor, type BodyEditorHandle } from './BodyEditor';
import { LetterPreview } from './LetterPreview';
import { draftOf, storedOf, TEMPLATE_LINES, type TemplateDraft } from './templateDraft';

const LINES = TEMPLATE_LINES;
const LINE_LABELS: Record<(typeof LINES)[number], string> = {
  recipient: m.recipient,
  subject: m.subject,
  salutation: m.salutation,
  closing: m.closing,
  attachments: m.attachments,
};

export function TemplateEditor({ letterhead }: { letterhead: Letterhead | null }) {
  const notify = useNotify();
  const templates = useCall('letters.templates', {});
  const [kind, setKind] = useState<LetterKind>('objection');
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [previewHtml, setPreviewHtml] = useState<string | undefined>();
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const body = useRef<BodyEditorHandle>(null);

  const template = templates.data?.find((t) => t.kind === kind);
  useEffect(() => {
    if (template) setDraft(draftOf(template));
  }, [template]);
  const fields = useMemo(() => LETTER_FIELDS.filter((f) => !f.kinds || f.kinds.includes(kind)), [kind]);

  const read = draft && template ? storedOf(kind, draft, template) : null;
  const input = read?.ok ? read.template : null;
  const shownErrors = { ...errors, ...(read && !read.ok ? read.errors : {}) };
  const inputKey = JSON.stringify([input, letterhead]);
  useEffect(() => {
    if (!input) return;
    let live = true;
    const timer = setTimeout(() => {
      call('letters.previewTemplate', { kind, template: input, letterhead: letterhead ?? undefined }).then(
        (out) => {
          if (!live) return;
          setPreviewHtml(out.html);
          setPreviewError(null);
        },
        (e: unknown) => live && setPreviewError(errorText(e)),
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // inputKey holds everything the preview depends on
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inputKey]);

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setErrors({});
    try {
      await job();
      templates.reload();
    } catch (e) {
      if (e instanceof ApiError && e.fields) setErrors(e.fields);
      notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '1fr 1fr' }, gap: 2 }}
      data-testid="template-editor"
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label={m.templateKind}
            value={kind}
            onChange={(e) => setKind(e.target.value as LetterKind)}
            sx={{ minWidth: 240 }}
          >
            {LETTER_KINDS.map((k) => (
              <MenuItem key={k.code} value={k.code}>
                {k.label}
              </MenuItem>
            ))}
          </TextField>
          {template && <Chip size="small" label={template.custom ? m.templateCustom : m.templateDefault} />}
        </Stack>
        {draft &&
          LINES.map((key) => (
            <TextField
              key={key}
              size="small"
              label={LINE_LABELS[key]}
              value={draft[key]}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
              error={Boolean(shownErrors[key])}
              helperText={shownErrors[key]}
              slotProps={{ htmlInput: { 'data-testid': `template-${key}` } }}
            />
          ))}
        {draft && (
          <>
            <Box>
              <Typography variant="caption" color="text.secondary">
                {m.templateFields}
              </Typography>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
                {fields.map((f) => (
                  <Chip
                    key={f.key}
                    size="small"
                    variant="outlined"
                    label={f.label}
                    data-testid={`template-field-${f.key}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => body.current?.insert(`[${f.label}]`)}
                  />
                ))}
              </Box>
            </Box>
            <Box>
              <BodyEditor
                label={m.templateBody}
                value={draft.body}
                onChange={(html) => setDraft((d) => (d ? { ...d, body: html } : d))}
                testId="template-body-editor"
                handle={body}
              />
              <Typography
                variant="caption"
                color={shownErrors.body ? 'error' : 'text.secondary'}
                data-testid="template-body-help"
              >
                {shownErrors.body ?? m.templateBodyHint}
              </Typography>
            </Box>
            <TextField
              size="small"
              label={m.copies}
              helperText={shownErrors.copies ?? m.copiesHint}
              value={draft.copies}
              onChange={(e) => setDraft({ ...draft, copies: e.target.value })}
              error={Boolean(shownErrors.copies)}
              multiline
              minRows={2}
            />
            <Stack direction="row" spacing={1}>
              <Button
                variant="contained"
                disabled={busy || !input}
                data-testid="template-save"
                onClick={() =>
                  run(async () => {
                    await call('letters.updateTemplate', input!);
                    notify(m.templateSaved);
                  })
                }
              >
                {m.templateSave}
              </Button>
              {template?.custom && (
                <Button
                  color="inherit"
                  startIcon={<RestartAlt />}
                  disabled={busy}
                  onClick={() =>
                    run(async () => {
                      await call('letters.resetTemplate', { kind });
                      notify(m.templateResetDone);
                    })
                  }
                >
                  {m.templateReset}
                </Button>
              )}
            </Stack>
          </>
        )}
      </Stack>
      <Box>
        <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
          {m.livePreview}
        </Typography>
        {previewError && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {previewError}
          </Alert>
        )}
        <LetterPreview html={previewHtml} title={m.livePreview} height={760} />
      </Box>
    </Box>
  );
}
